public import Foundation

/// An incident's postmortem: the `## Postmortem — …` section.
public struct Postmortem: Sendable, Hashable {
    /// When it was posted.
    public var date: Date
    public var markdown: String
    /// The whole section rendered to HTML, its timeline list included.
    public var html: String
    /// The events of its `### Timeline` list, oldest first.
    public var timeline: [TimelineEvent]
    /// The section's HTML before and after its timeline list, when the timeline is one list: a page can then show
    /// the events from ``timeline`` itself, with their times in the reader's terms.
    public var aroundTimeline: (before: String, after: String)?
    public var location: SourceLocation

    public init(
        date: Date, markdown: String, html: String, timeline: [TimelineEvent],
        aroundTimeline: (before: String, after: String)? = nil, location: SourceLocation
    ) {
        self.date = date
        self.markdown = markdown
        self.html = html
        self.timeline = timeline
        self.aroundTimeline = aroundTimeline
        self.location = location
    }

    public static func == (lhs: Postmortem, rhs: Postmortem) -> Bool {
        lhs.date == rhs.date && lhs.markdown == rhs.markdown && lhs.html == rhs.html && lhs.timeline == rhs.timeline
            && lhs.aroundTimeline?.before == rhs.aroundTimeline?.before
            && lhs.aroundTimeline?.after == rhs.aroundTimeline?.after && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(markdown)
        hasher.combine(timeline)
        hasher.combine(location)
    }
}
