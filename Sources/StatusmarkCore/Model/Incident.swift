public import Foundation

/// An incident or planned maintenance as its file describes it: front matter, summary, updates, postmortem.
///
/// This is what was written, checked for form. What follows from it (start, end, severity, status) is computed
/// by ``IncidentFactsCalculator``.
public struct Incident: Sendable, Hashable, Identifiable {
    /// The URL name: the file name without `.md`, as a slug.
    public var slug: String
    /// The file's path relative to the site folder.
    public var path: String
    public var kind: IncidentKind
    public var title: String
    public var impacts: [ComponentImpact]
    /// The share of users affected, in percent.
    public var affectedPercent: Double?
    /// The severity the file declares, which wins over the computed one.
    public var declaredSeverity: Severity?
    /// `started:` from the front matter.
    public var started: Date?
    /// `ended:` from the front matter.
    public var ended: Date?
    public var scheduledStart: Date?
    public var scheduledEnd: Date?
    /// The Markdown before the first update.
    public var summaryMarkdown: String
    public var summaryHTML: String
    /// The updates, oldest first, whatever order the file uses.
    public var updates: [IncidentUpdate]
    public var postmortem: Postmortem?
    /// Whether the file lists its updates newest first (commands that append keep the file's order).
    public var isNewestFirst: Bool
    /// Where each front-matter key's value is, by key.
    public var fieldLocations: [String: SourceLocation]

    public var id: String { slug }

    public init(
        slug: String, path: String, kind: IncidentKind, title: String, impacts: [ComponentImpact] = [],
        affectedPercent: Double? = nil, declaredSeverity: Severity? = nil, started: Date? = nil, ended: Date? = nil,
        scheduledStart: Date? = nil, scheduledEnd: Date? = nil, summaryMarkdown: String = "", summaryHTML: String = "",
        updates: [IncidentUpdate] = [], postmortem: Postmortem? = nil, isNewestFirst: Bool = false,
        fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.slug = slug
        self.path = path
        self.kind = kind
        self.title = title
        self.impacts = impacts
        self.affectedPercent = affectedPercent
        self.declaredSeverity = declaredSeverity
        self.started = started
        self.ended = ended
        self.scheduledStart = scheduledStart
        self.scheduledEnd = scheduledEnd
        self.summaryMarkdown = summaryMarkdown
        self.summaryHTML = summaryHTML
        self.updates = updates
        self.postmortem = postmortem
        self.isNewestFirst = isNewestFirst
        self.fieldLocations = fieldLocations
    }
}

extension Incident {
    /// The slug for a file path: its name without `.md` (and without folders), as a slug.
    public static func slug(forPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        return Slug.make(from: stem)
    }
}
