/// What one channel did with its messages.
public struct ChannelReport: Sendable, Equatable {
    public var channel: String
    public var type: String
    /// The keys of the messages it took, in order.
    public var sent: [String] = []
    /// The message that failed and why, with how many after it were not tried (they would arrive out of order).
    public var failure: (key: String?, reason: String, notTried: Int)?

    public init(channel: String, type: String) {
        self.channel = channel
        self.type = type
    }

    public var failed: Bool { failure != nil }

    public static func == (lhs: ChannelReport, rhs: ChannelReport) -> Bool {
        lhs.channel == rhs.channel && lhs.type == rhs.type && lhs.sent == rhs.sent
            && lhs.failure?.key == rhs.failure?.key && lhs.failure?.reason == rhs.failure?.reason
            && lhs.failure?.notTried == rhs.failure?.notTried
    }
}
