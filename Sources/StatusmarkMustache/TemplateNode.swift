/// One piece of a compiled template.
struct TemplateNode: Sendable {
    enum Kind: Sendable {
        /// Literal bytes; `lineStarts` are the offsets in them where a line of the source begins, for indenting
        /// a partial's lines.
        case text([UInt8], lineStarts: [Int])
        case variable(TemplateName, escaped: Bool)
        case section(TemplateName, body: [TemplateNode])
        case invertedSection(TemplateName, body: [TemplateNode])
        /// `{{> name}}`: the template's number in its set (-1: none), and the indentation of a standalone tag
        /// (`nil` when the tag shares its line), which indents every line of the partial.
        case partial(Int, indentation: [UInt8]?)
        /// `{{< name}}…{{/name}}`: a partial whose blocks the overrides replace, by key number.
        case parent(Int, indentation: [UInt8]?, overrides: [Int: Override])
        /// `{{$ name}}default{{/name}}`, where an override's lines are indented by `indentation`; `standalone`
        /// when the tag's line is gone from the output, so that an override's first line begins a line.
        case block(Int, body: [TemplateNode], indentation: [UInt8], standalone: Bool)
    }

    /// A block's definition inside a parent: its nodes, and the indentation its lines lose where it is defined.
    struct Override: Sendable {
        var body: [TemplateNode]
        var indentation: [UInt8]
    }

    var kind: Kind
    /// Whether the node begins a line of the source, where a partial's indentation goes.
    var startsLine: Bool
}
