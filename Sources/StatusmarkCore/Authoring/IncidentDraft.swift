public import Foundation

/// A new incident or planned maintenance, as `statusmark new` and the importers write it: front matter, an
/// optional summary, then its updates oldest first with full UTC timestamps.
public struct IncidentDraft: Sendable, Hashable {
    public struct Update: Sendable, Hashable {
        public var status: UpdateStatus
        public var date: Date
        public var markdown: String

        public init(status: UpdateStatus, date: Date, markdown: String) {
            self.status = status
            self.date = date
            self.markdown = markdown
        }
    }

    public var title: String
    public var kind: IncidentKind
    /// Component ids with their level (ignored for maintenance, whose components are under maintenance).
    public var impacts: [ComponentImpact]
    public var severity: Severity?
    public var started: Date?
    public var ended: Date?
    public var scheduledStart: Date?
    public var scheduledEnd: Date?
    /// A notice's `until:`.
    public var until: Date?
    /// A notice's `pinned: true`.
    public var isPinned = false
    /// `aliases:`: old addresses of the incident, which redirect to its page.
    public var aliases: [String] = []
    public var summary: String
    /// Oldest first.
    public var updates: [Update]
    public var postmortem: Update?

    public init(
        title: String, kind: IncidentKind = .incident, impacts: [ComponentImpact] = [], severity: Severity? = nil,
        started: Date? = nil, ended: Date? = nil, scheduledStart: Date? = nil, scheduledEnd: Date? = nil,
        summary: String = "", updates: [Update] = [], postmortem: Update? = nil
    ) {
        self.title = title
        self.kind = kind
        self.impacts = impacts
        self.severity = severity
        self.started = started
        self.ended = ended
        self.scheduledStart = scheduledStart
        self.scheduledEnd = scheduledEnd
        self.summary = summary
        self.updates = updates
        self.postmortem = postmortem
    }
}

extension IncidentDraft {
    /// The file's text.
    public func render() -> String {
        var lines = ["---", "title: \(YAMLScalar.quoted(title))"]
        if kind == .notice {
            lines.append("kind: notice")
            if let until { lines.append("until: \(HeadingTimestamp.format(until))") }
            if isPinned { lines.append("pinned: true") }
        }
        if kind == .maintenance {
            lines.append("kind: maintenance")
            if let scheduledStart { lines.append("scheduled_start: \(HeadingTimestamp.format(scheduledStart))") }
            if let scheduledEnd { lines.append("scheduled_end: \(HeadingTimestamp.format(scheduledEnd))") }
        }
        if !impacts.isEmpty, kind != .notice {
            lines.append("components:")
            for impact in impacts {
                lines.append(kind == .maintenance ? "  - \(impact.componentID)" : "  \(impact.componentID): \(impact.level.words)")
            }
        }
        if let severity, kind == .incident { lines.append("severity: \(severity.rawValue)") }
        if let started { lines.append("started: \(HeadingTimestamp.format(started))") }
        if let ended { lines.append("ended: \(HeadingTimestamp.format(ended))") }
        if !aliases.isEmpty {
            lines.append("aliases:")
            for alias in aliases { lines.append("  - \(YAMLScalar.quoted(alias))") }
        }
        lines.append("---")
        var text = lines.joined(separator: "\n") + "\n"
        let summary = summary.trimmingWhitespace()
        if !summary.isEmpty { text += summary + "\n\n" }
        for update in updates {
            text += Self.section(update)
        }
        if let postmortem { text += Self.section(postmortem) }
        return text
    }

    /// One update's section: its heading, then its Markdown and a blank line. Text in the Markdown that would
    /// read as another update's heading is escaped (``UpdateTextEscaper``), so the section is always one update.
    public static func section(_ update: Update, lineEnding: String = "\n") -> String {
        let body = UpdateTextEscaper.escapingSectionHeadings(
            update.markdown.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .trimmingWhitespace())
        let heading = "## \(update.status.title) — \(HeadingTimestamp.format(update.date))"
        let text = body.isEmpty ? heading + "\n\n" : heading + "\n" + body + "\n\n"
        return lineEnding == "\n" ? text : text.replacingOccurrences(of: "\n", with: lineEnding)
    }
}
