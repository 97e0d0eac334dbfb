/// Escapes text for HTML as the templates do (`&`, `<`, `>`, `"` and `'`), for the pages Statusmark writes
/// without a template (redirects).
enum HTMLEscaper {
    static func escape(_ text: String) -> String {
        ASCIIEscaper.escape(text) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
        }
    }
}
