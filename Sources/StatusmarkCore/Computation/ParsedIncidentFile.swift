/// One incident file as the parse stage leaves it: a pure function of the file's path and text and the site's
/// configuration. A reference, so that handing ten thousand of them from stage to stage costs a retain each,
/// not one for each of its fields.
public final class ParsedIncidentFile: Sendable {
    public let file: SourceFile
    /// The incident, or `nil` when the file has an error.
    public let incident: Incident?
    public let diagnostics: [Diagnostic]

    public var path: String { file.path }

    public init(file: SourceFile, incident: Incident?, diagnostics: [Diagnostic]) {
        self.file = file
        self.incident = incident
        self.diagnostics = diagnostics
    }
}
