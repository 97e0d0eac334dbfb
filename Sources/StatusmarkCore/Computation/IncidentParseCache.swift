/// Parsed incident files kept between builds, so a rebuild parses only the files whose text changed. Used by
/// the preview server; a one-off build has no cache. Every entry is dropped when statusmark.yml changes, since
/// parsing depends on its components and time zone.
public final class IncidentParseCache {
    private var configuration: SiteConfiguration?
    private var entries: [String: (text: String, incident: Incident?, diagnostics: [Diagnostic])] = [:]
    /// How many files the last build parsed (the others came from the cache).
    public private(set) var parsedCount = 0

    public init() {}

    /// The file parsed, from the cache when its text and the configuration are unchanged.
    func parse(_ file: SourceFile, with parser: IncidentParser) -> (Incident?, [Diagnostic]) {
        if let entry = entries[file.path], entry.text == file.text { return (entry.incident, entry.diagnostics) }
        let (incident, diagnostics) = parser.parse(file)
        entries[file.path] = (file.text, incident, diagnostics)
        parsedCount += 1
        return (incident, diagnostics)
    }

    /// Starts a build: resets the count, forgets every entry when the configuration changed, and forgets files
    /// that no longer exist.
    func begin(configuration: SiteConfiguration, paths: Set<String>) {
        parsedCount = 0
        if self.configuration != configuration {
            self.configuration = configuration
            entries = [:]
        }
        entries = entries.filter { paths.contains($0.key) }
    }
}
