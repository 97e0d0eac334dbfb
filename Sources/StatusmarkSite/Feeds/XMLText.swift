/// Text made safe for XML content and attribute values: badges, feeds, the sitemap and the preview's overlay.
package enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML 1.0 does not allow (C0 controls other than
    /// tab, line feed and carriage return), which a feed reader would otherwise reject the whole feed for.
    package static func escape(_ text: String) -> String {
        var text = text
        // U+FFFE and U+FFFF (EF BF BE and EF BF BF in UTF-8) are not ASCII, so they are dropped here, first.
        if text.utf8.contains(0xEF) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value != 0xFFFE && $0.value != 0xFFFF }))
        }
        return ASCIIEscaper.escape(text) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&apos;"
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): nil
            case ..<0x20: ""
            default: nil
            }
        }
    }
}
