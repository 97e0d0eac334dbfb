internal import Mustache

/// Escapes `{{values}}` in the theme's templates exactly as Mustache's own HTML content type does (`&`, `<`, `>`,
/// `"` and `'`), but over UTF-8 bytes instead of characters with a dictionary lookup each: the library's escape
/// was a tenth of a 10,000-page build's time.
///
/// ``TemplateLibrary`` puts it in force with a `{{% CONTENT_TYPE: … }}` pragma on a line of its own before each
/// template's text, which Mustache drops from the output; a template may still switch to `TEXT` itself.
struct HTMLEscaper: MustacheContentType {
    /// The name the content type is registered under.
    static let name = "STATUSMARK_HTML"
    /// The line put before every template's text.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type with Mustache, once per process, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaper(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: Self.needsEscape) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        bytes.append(contentsOf: utf8[..<first])
        for byte in utf8[first...] {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
