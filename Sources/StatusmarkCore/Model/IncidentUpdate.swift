public import Foundation

/// One update of an incident's stream: `## Identified — 2025-07-16 07:58 UTC` and the Markdown under it.
public struct IncidentUpdate: Sendable, Hashable {
    public var status: UpdateStatus
    /// When the update was posted.
    public var date: Date
    /// The update's Markdown, as written.
    public var markdown: String
    /// The update's Markdown rendered to HTML.
    public var html: String
    /// Where its heading is.
    public var location: SourceLocation

    public init(status: UpdateStatus, date: Date, markdown: String, html: String, location: SourceLocation) {
        self.status = status
        self.date = date
        self.markdown = markdown
        self.html = html
        self.location = location
    }
}
