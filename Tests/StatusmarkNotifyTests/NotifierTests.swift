import Synchronization
import Testing
@testable import StatusmarkNotify

/// A transport that answers from a script, one failure or success per try, and counts its tries.
final class ScriptedTransport: MessageTransport {
    let script: Mutex<[DeliveryFailure?]>
    let tries = Mutex(0)

    init(_ script: [DeliveryFailure?]) {
        self.script = Mutex(script)
    }

    func deliver(_ payload: ChannelPayload) async throws(DeliveryFailure) {
        tries.withLock { $0 += 1 }
        let next = script.withLock { script -> DeliveryFailure? in
            script.count > 1 ? script.removeFirst() : script.first ?? nil
        }
        if let next { throw next }
    }
}

@Suite struct NotifierTests {
    let unavailable = DeliveryFailure("the server answered 503 Service Unavailable", isTransient: true)
    /// Waits of milliseconds under a limit no run reaches, so that a loaded machine cannot change what is tried.
    let fast = RetryPolicy(limit: .seconds(600), firstDelay: .milliseconds(1), maxDelay: .milliseconds(4))

    func delivery(_ name: String, _ keys: [String], _ transport: Result<any MessageTransport, DeliveryFailure>) -> ChannelDelivery {
        ChannelDelivery(channel: name, type: "slack", payloads: keys.map { ($0, .json("{}")) }, transport: transport)
    }

    @Test func aTransientFailureIsRetriedUntilItPasses() async {
        let flaky = ScriptedTransport([unavailable, unavailable, nil])
        let retries = Mutex<[String]>([])
        let notifier = Notifier(policy: fast) { channel, key, failure, _ in
            retries.withLock { $0.append("\(channel) \(key) \(failure.reason)") }
        }
        let reports = await notifier.send([delivery("ops", ["a-1", "a-2"], .success(flaky))])
        #expect(reports.map(\.sent) == [["a-1", "a-2"]])
        #expect(reports[0].failure == nil)
        #expect(flaky.tries.withLock { $0 } == 4)
        #expect(retries.withLock { $0 } == Array(repeating: "ops a-1 the server answered 503 Service Unavailable", count: 2))
    }

    /// A final failure stops its channel (the rest would arrive out of order); the other channels go on.
    @Test func aFailedChannelStopsAloneAndSaysWhere() async {
        let refused = ScriptedTransport([DeliveryFailure("the server answered 400 Bad Request", isTransient: false)])
        let down = ScriptedTransport([unavailable])
        let fine = ScriptedTransport([nil])
        // No time for retries: a transient failure is then final at once, whatever the machine's load.
        let reports = await Notifier(policy: RetryPolicy(limit: .zero))
            .send([
                delivery("refused", ["a-1", "a-2", "a-3"], .success(refused)),
                delivery("down", ["a-1"], .success(down)),
                delivery("unset", ["a-1", "a-2"], .failure(DeliveryFailure("the environment variable X is not set", isTransient: false))),
                delivery("fine", ["a-1", "a-2"], .success(fine)),
            ])
        #expect(reports.map(\.channel) == ["refused", "down", "unset", "fine"])
        #expect(reports[0].failure?.key == "a-1")
        #expect(reports[0].failure?.reason == "the server answered 400 Bad Request")
        #expect(reports[0].failure?.notTried == 2)
        #expect(refused.tries.withLock { $0 } == 1)
        #expect(reports[1].failure?.reason == "the server answered 503 Service Unavailable")
        #expect(down.tries.withLock { $0 } == 1)
        #expect(reports[2].failure?.key == nil)
        #expect(reports[2].failure?.notTried == 2)
        #expect(reports[3].sent == ["a-1", "a-2"])
    }

    @Test func retryDelaysDoubleAndStopAtTheLimit() {
        let policy = RetryPolicy(limit: .seconds(10), firstDelay: .milliseconds(500), maxDelay: .seconds(4))
        #expect((1...6).map { policy.delay(after: $0, elapsed: .zero) } == [
            .milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(4), .seconds(4),
        ])
        #expect(policy.delay(after: 1, elapsed: .seconds(9)) == .milliseconds(500))
        #expect(policy.delay(after: 3, elapsed: .seconds(9)) == nil)
        #expect(policy.delay(after: 1, elapsed: .zero, requested: .seconds(3)) == .seconds(3))
        #expect(policy.delay(after: 1, elapsed: .zero, requested: .seconds(30)) == nil)
    }
}
