/// A name in a tag, resolved to key numbers when the template is compiled: `.` (the current value) or a dotted
/// path of keys (`site.title`).
enum TemplateName: Sendable, Equatable {
    case current
    case path(first: Int, rest: [Int])

    init(_ text: Substring) {
        if text == "." {
            self = .current
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { TemplateKeys.number(of: String($0)) }
        self = .path(first: parts[0], rest: Array(parts.dropFirst()))
    }
}
