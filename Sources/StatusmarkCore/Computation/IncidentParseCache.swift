/// Parsed incident files kept between builds, so a rebuild parses only the files whose text changed. Used by
/// the preview server; a one-off build has no cache. Every entry is dropped when statusmark.yml changes, since
/// parsing depends on its components and time zone.
public final class IncidentParseCache {
    private var configuration: SiteConfiguration?
    private var entries: [String: (text: String, incident: Incident?, diagnostics: [Diagnostic])] = [:]
    /// How many files the last build parsed (the others came from the cache).
    public private(set) var parsedCount = 0

    public init() {}

    /// The file as parsed before, when its text and the configuration are unchanged.
    func entry(for file: SourceFile) -> (incident: Incident?, diagnostics: [Diagnostic])? {
        guard let entry = entries[file.path], entry.text == file.text else { return nil }
        return (entry.incident, entry.diagnostics)
    }

    /// Keeps a file just parsed.
    func store(_ parsed: (incident: Incident?, diagnostics: [Diagnostic]), for file: SourceFile) {
        entries[file.path] = (file.text, parsed.incident, parsed.diagnostics)
        parsedCount += 1
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
