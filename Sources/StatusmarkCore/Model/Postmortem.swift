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
    public var location: SourceLocation

    public init(date: Date, markdown: String, html: String, timeline: [TimelineEvent], location: SourceLocation) {
        self.date = date
        self.markdown = markdown
        self.html = html
        self.timeline = timeline
        self.location = location
    }
}
