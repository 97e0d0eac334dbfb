/// What `notify` will announce, oldest first, and what it passed over and why.
public struct AnnouncementPlan: Sendable, Equatable {
    public var announcements: [Announcement]
    /// How many new updates were older than `notify.max_age` and are not announced.
    public var tooOld: Int
    /// Why nothing could be compared, when the live site lists nothing: a first publish.
    public var unpublished: Bool

    public init(announcements: [Announcement] = [], tooOld: Int = 0, unpublished: Bool = false) {
        self.announcements = announcements
        self.tooOld = tooOld
        self.unpublished = unpublished
    }
}
