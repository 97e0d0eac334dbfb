/// statusmark.yml's `notify:`: the channels `statusmark notify` sends to, and how old an update may be and
/// still be announced.
public struct NotifySettings: Sendable, Hashable {
    public var channels: [NotifyChannel]
    /// Updates dated longer than this before now are not announced, so that history imported or backfilled in
    /// one commit does not become a flood of messages. In seconds.
    public var maxAge: Int

    public init(channels: [NotifyChannel] = [], maxAge: Int = 86_400) {
        self.channels = channels
        self.maxAge = maxAge
    }
}
