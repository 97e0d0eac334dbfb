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
