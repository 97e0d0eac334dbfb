public import Foundation

/// One piece of news the new site has and the live one did not: an update, a postmortem, or a maintenance
/// scheduled without an update yet.
public struct Announcement: Sendable, Hashable {
    public var event: AnnouncementEvent
    /// The record's slug: its API id and page.
    public var slug: String
    /// The update's position among the record's updates, oldest first from 0; `nil` for a postmortem and for a
    /// maintenance announced by its schedule alone.
    public var updateIndex: Int?
    /// When it happened: the update's time, the postmortem's date, or the maintenance's scheduled start.
    public var date: Date

    public init(event: AnnouncementEvent, slug: String, updateIndex: Int?, date: Date) {
        self.event = event
        self.slug = slug
        self.updateIndex = updateIndex
        self.date = date
    }

    /// A stable name for the message, the same on every run: `<slug>-<n>` as the API numbers updates (from 1),
    /// `<slug>-postmortem`, or `<slug>-scheduled`. Email's Message-ID is made from it.
    public var key: String {
        if let updateIndex { return "\(slug)-\(updateIndex + 1)" }
        return event == .postmortemPublished ? "\(slug)-postmortem" : "\(slug)-scheduled"
    }
}
