import Foundation

/// Parsed incident files kept between builds, so a rebuild parses only the files whose text changed, and
/// computes facts and checks only for those. Used by the preview server; a one-off build has no cache. Every
/// entry is dropped when statusmark.yml changes, since parsing depends on its components and time zone.
public final class IncidentParseCache {
    private struct Entry {
        var text: String
        var incident: Incident?
        var diagnostics: [Diagnostic]
        /// The record computed from the incident, the checks' diagnostics, and the moment computed for.
        var computed: (now: Date, record: IncidentRecord, diagnostics: [Diagnostic])?
    }

    private var configuration: SiteConfiguration?
    private var entries: [String: Entry] = [:]
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
        entries[file.path] = Entry(text: file.text, incident: parsed.incident, diagnostics: parsed.diagnostics)
        parsedCount += 1
    }

    /// The record computed before from the file at `path`, when its text is unchanged since and it was
    /// computed for the same moment.
    func record(at path: String, now: Date) -> (record: IncidentRecord, diagnostics: [Diagnostic])? {
        guard let computed = entries[path]?.computed, computed.now == now else { return nil }
        return (computed.record, computed.diagnostics)
    }

    /// Keeps a record just computed from the file at `path`.
    func store(_ record: IncidentRecord, diagnostics: [Diagnostic], at path: String, now: Date) {
        entries[path]?.computed = (now, record, diagnostics)
    }

    /// Starts a build: resets the count, forgets every entry when the configuration changed, and forgets files
    /// that no longer exist.
    func begin(configuration: SiteConfiguration, paths: [String]) {
        parsedCount = 0
        if self.configuration != configuration {
            self.configuration = configuration
            entries = [:]
        }
        // Every file read is kept, so more entries than files means some files are gone (or were renamed).
        if entries.count > paths.count {
            let current = Set(paths)
            entries = entries.filter { current.contains($0.key) }
        }
    }
}
