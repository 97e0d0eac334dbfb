/// What one channel did with its messages.
public struct ChannelReport: Sendable {
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
}
