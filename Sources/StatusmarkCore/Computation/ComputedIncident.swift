/// One incident as the compute stage leaves it: its record (the incident with its facts) and what checking it
/// found. A pure function of the incident, the site's configuration and the moment computed for. A reference,
/// as ``ParsedIncidentFile`` is.
public final class ComputedIncident: Sendable {
    public let record: IncidentRecord
    public let diagnostics: [Diagnostic]

    public init(record: IncidentRecord, diagnostics: [Diagnostic]) {
        self.record = record
        self.diagnostics = diagnostics
    }
}
