/// Why a template does not parse, and where: a line and column of its source, counted from 1, the column in
/// characters.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// `{{/name}}` closes another section than the one open.
        case closingTagMismatch
        /// A tag has no closing delimiter.
        case unclosedTag
        /// A section is never closed.
        case unclosedSection
        /// `{{=…=}}` is not two delimiters.
        case invalidDelimiters
        /// Something but a block definition, a comment or text inside `{{< parent}}`.
        case misplacedInParent
        /// A tag with no name (`{{}}`, `{{#}}`) or a name with spaces or empty parts (`{{a..b}}`).
        case invalidName
    }

    public var reason: Reason
    public var line: Int
    public var column: Int
    /// The name the error is about, when there is one: the section left open, the closing tag's name.
    public var name: String?

    public init(reason: Reason, line: Int, column: Int, name: String? = nil) {
        self.reason = reason
        self.line = line
        self.column = column
        self.name = name
    }
}
