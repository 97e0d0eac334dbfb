/// Delivers one payload to one channel, once: the notifier retries.
public protocol MessageTransport: Sendable {
    /// - Throws: ``DeliveryFailure`` when the channel did not take the message.
    func deliver(_ payload: ChannelPayload) async throws(DeliveryFailure)
}
