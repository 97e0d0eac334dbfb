import Foundation

/// Parsed incident files kept between builds, so a rebuild parses only the files whose text changed, and
/// computes facts and checks only for those. Used by the preview server; a one-off build has no cache. Every
/// entry is dropped when statusmark.yml changes, since parsing depends on its components and time zone.
///
/// Entries are kept sorted by path, as the files are listed, and found by walking both lists side by side
/// (``SortedLookup``): on a 10,000-file site, hashing every path into a dictionary on each rebuild cost more than
/// parsing the file that changed.
public final class IncidentParseCache {
    /// One file as parsed, and the record computed from it. A reference, so that handing ten thousand of them
    /// from the cache to a build and back costs a retain each, not a copy of every field.
    final class Entry {
        let path: String
        let text: String
        let incident: Incident?
        let diagnostics: [Diagnostic]
        /// The record computed from the incident, the checks' diagnostics, and the moment computed for.
        var computed: (now: Date, record: IncidentRecord, diagnostics: [Diagnostic])?

        init(path: String, text: String, incident: Incident?, diagnostics: [Diagnostic]) {
            self.path = path
            self.text = text
            self.incident = incident
            self.diagnostics = diagnostics
        }
    }

    private var configuration: SiteConfiguration?
    /// The last build's files, sorted by path.
    private var entries: [Entry] = []
    /// The last build's duplicate-slug diagnostics, and the paths they were found among: slugs follow from paths.
    private var slugCheck: (paths: [String], diagnostics: [Diagnostic])?
    /// The last build's records in the order their files are listed, and the order that sorts them (newest first).
    private var recordOrder: (records: [IncidentRecord], order: [Int])?
    /// How many files the last build parsed (the others came from the cache).
    public internal(set) var parsedCount = 0

    public init() {}

    /// Each file's entry from the last build, when its text and the configuration are unchanged; `nil` for the
    /// files to parse. The files are sorted by path.
    func entries(for files: [SourceFile], configuration: SiteConfiguration) -> [Entry?] {
        guard self.configuration == configuration else {
            return Array(repeating: nil, count: files.count)
        }
        var earlier = SortedLookup(entries) { $0.path }
        return files.map { file in
            guard let entry = earlier.next(file.path), entry.text == file.text else { return nil }
            return entry
        }
    }

    /// Keeps a build's entries, with their records, in place of the last build's.
    func keep(_ entries: [Entry], configuration: SiteConfiguration) {
        self.entries = entries
        self.configuration = configuration
    }

    /// These records, listed in their files' order, sorted newest first: in the last build's order when each record
    /// is the last build's or has the same sort keys as the one it replaces, which is what an edit to an incident's
    /// updates gives. Comparing boxes reaches none of the ten thousand records; sorting them again would.
    func sorted(_ records: [IncidentRecord], by sort: ([IncidentRecord]) -> [Int]) -> [IncidentRecord] {
        let order: [Int]
        if let last = recordOrder,
            records.replacements(
                of: last.records,
                where: { $0.facts.start == $1.facts.start && $0.incident.slug == $1.incident.slug }) != nil
        {
            order = last.order
        } else {
            order = sort(records)
        }
        recordOrder = (records, order)
        return order.map { records[$0] }
    }

    /// The duplicate-slug diagnostics for files at these paths: the last build's when the paths are the same,
    /// else what `find` finds.
    func duplicateSlugs(among paths: [String], find: () -> [Diagnostic]) -> [Diagnostic] {
        if let slugCheck, slugCheck.paths == paths { return slugCheck.diagnostics }
        let diagnostics = find()
        slugCheck = (paths, diagnostics)
        return diagnostics
    }
}
