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
        case parent(Int, indentation: [UInt8]?, overrides: [Int: [TemplateNode]])
        /// `{{$ name}}default{{/name}}`.
        case block(Int, body: [TemplateNode])
    }

    var kind: Kind
    /// Whether the node begins a line of the source, where a partial's indentation goes.
    var startsLine: Bool
}
