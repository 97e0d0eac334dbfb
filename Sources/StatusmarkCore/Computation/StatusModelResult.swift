/// What checking a site gives: the model when there was no error, and every diagnostic, sorted.
public struct StatusModelResult: Sendable {
    /// The model, or `nil` when any file had an error: nothing is published from a site that failed to parse.
    public var model: StatusModel?
    public var diagnostics: [Diagnostic]
    /// How many incident files were read.
    public var incidentFileCount: Int
    /// The time spent parsing and computing.
    public var timings = PhaseTimings()

    public init(model: StatusModel?, diagnostics: [Diagnostic], incidentFileCount: Int) {
        self.model = model
        self.diagnostics = diagnostics
        self.incidentFileCount = incidentFileCount
    }
}
