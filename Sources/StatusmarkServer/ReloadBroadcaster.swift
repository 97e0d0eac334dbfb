import Foundation
import Hummingbird

/// Tells every open page that the site changed, as Server-Sent Events: one stream per page, each receiving
/// `event: reload` after every build, good or failed.
public final class ReloadBroadcaster: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [Int: AsyncStream<ByteBuffer>.Continuation] = [:]
    private var nextID = 0
    private var finished = false

    public init() {}

    /// A new page's stream. It starts with a `retry` hint, so a page reconnects quickly after a restart.
    func subscribe() -> AsyncStream<ByteBuffer> {
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id: Int? = lock.withLock {
            guard !finished else { return nil }
            nextID += 1
            streams[nextID] = continuation
            return nextID
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.streams.removeValue(forKey: id) }
        }
        continuation.yield(ByteBuffer(string: "retry: 500\n: connected\n\n"))
        return stream
    }

    /// Sends `reload` with the snapshot's generation to every page.
    public func reload(generation: Int) {
        send("event: reload\ndata: \(generation)\n\n")
    }

    /// A comment line every page ignores; writing it finds the pages that went away.
    func heartbeat() {
        send(": keep-alive\n\n")
    }

    /// Ends every stream, so the server can shut down without waiting for open pages.
    public func finishAll() {
        let all = lock.withLock {
            finished = true
            defer { streams = [:] }
            return Array(streams.values)
        }
        for continuation in all { continuation.finish() }
    }

    public var subscriberCount: Int {
        lock.withLock { streams.count }
    }

    private func send(_ text: String) {
        let all = lock.withLock { Array(streams.values) }
        for continuation in all { continuation.yield(ByteBuffer(string: text)) }
    }
}
