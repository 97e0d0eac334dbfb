/// One channel's messages and how they reach it: what the notifier sends, in order.
public struct ChannelDelivery: Sendable {
    public var channel: String
    public var type: String
    /// Each message's key and payload, oldest first.
    public var payloads: [(key: String, payload: ChannelPayload)]
    /// How to reach the channel, or why it cannot be reached (an unset variable): then nothing is tried.
    public var transport: Result<any MessageTransport, DeliveryFailure>

    public init(
        channel: String, type: String, payloads: [(key: String, payload: ChannelPayload)],
        transport: Result<any MessageTransport, DeliveryFailure>
    ) {
        self.channel = channel
        self.type = type
        self.payloads = payloads
        self.transport = transport
    }
}
