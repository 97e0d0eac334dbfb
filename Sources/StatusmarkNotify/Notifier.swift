/// Sends each channel its messages, the channels side by side. A channel sends its messages in order, each
/// retried under the policy while its failure may pass; after one fails, the rest of that channel's are not
/// tried, and the other channels go on.
public struct Notifier: Sendable {
    public let policy: RetryPolicy
    /// Called when a message is retried: the channel, the message's key, the failure and the wait.
    public let onRetry: @Sendable (String, String, DeliveryFailure, Duration) -> Void

    public init(policy: RetryPolicy, onRetry: @escaping @Sendable (String, String, DeliveryFailure, Duration) -> Void = { _, _, _, _ in }) {
        self.policy = policy
        self.onRetry = onRetry
    }

    /// The reports in the deliveries' order.
    public func send(_ deliveries: [ChannelDelivery]) async -> [ChannelReport] {
        await withTaskGroup(of: (Int, ChannelReport).self) { group in
            for (index, delivery) in deliveries.enumerated() {
                group.addTask { (index, await self.send(delivery)) }
            }
            var reports: [ChannelReport?] = Array(repeating: nil, count: deliveries.count)
            for await (index, report) in group { reports[index] = report }
            return reports.compactMap { $0 }
        }
    }

    func send(_ delivery: ChannelDelivery) async -> ChannelReport {
        var report = ChannelReport(channel: delivery.channel, type: delivery.type)
        guard !delivery.payloads.isEmpty else { return report }
        let transport: any MessageTransport
        switch delivery.transport {
        case .success(let found): transport = found
        case .failure(let failure):
            report.failure = (nil, failure.reason, delivery.payloads.count)
            return report
        }
        for (position, item) in delivery.payloads.enumerated() {
            let clock = ContinuousClock()
            let started = clock.now
            var attempt = 1
            while true {
                do {
                    try await transport.deliver(item.payload)
                    report.sent.append(item.key)
                    break
                } catch {
                    if error.isTransient,
                        let wait = policy.delay(after: attempt, elapsed: started.duration(to: clock.now), requested: error.retryAfter)
                    {
                        onRetry(delivery.channel, item.key, error, wait)
                        try? await Task.sleep(for: wait)
                        attempt += 1
                        continue
                    }
                    let reason = attempt > 1 ? "\(error.reason), after \(attempt) tries" : error.reason
                    report.failure = (item.key, reason, delivery.payloads.count - position - 1)
                    return report
                }
            }
        }
        return report
    }
}
