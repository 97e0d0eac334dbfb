public import Foundation

/// An entry of a postmortem's `### Timeline` list: `- 12:30 UTC — Mitigated: circuit breaker on`.
public struct TimelineEvent: Sendable, Hashable {
    public var date: Date
    /// The milestone its first word names, if any.
    public var milestone: Milestone?
    /// The text after the time, as plain text.
    public var text: String
    /// The text after the time, rendered to inline HTML.
    public var html: String
    public var location: SourceLocation

    public init(date: Date, milestone: Milestone?, text: String, html: String, location: SourceLocation) {
        self.date = date
        self.milestone = milestone
        self.text = text
        self.html = html
        self.location = location
    }
}
