/// How long a channel keeps trying a message that failed for a reason that may pass (a timeout, a refused
/// connection, 429 or 5xx, an SMTP 4xx reply): waits that double from `firstDelay`, up to `maxDelay`, while the
/// time since the first try stays under `limit`.
public struct RetryPolicy: Sendable, Equatable {
    public var limit: Duration
    public var firstDelay: Duration
    public var maxDelay: Duration

    public init(limit: Duration = .seconds(60), firstDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8)) {
        self.limit = limit
        self.firstDelay = firstDelay
        self.maxDelay = maxDelay
    }

    /// The wait before try number `attempt + 1` (`attempt` from 1), or `nil` when it would end past the limit.
    /// - Parameters:
    ///   - elapsed: Time since the first try began.
    ///   - requested: What the server asked for (`Retry-After`), which replaces the doubling when it fits.
    public func delay(after attempt: Int, elapsed: Duration, requested: Duration? = nil) -> Duration? {
        var wait = firstDelay
        for _ in 1..<max(1, attempt) where wait < maxDelay { wait = min(wait * 2, maxDelay) }
        if let requested { wait = max(requested, .zero) }
        return elapsed + wait <= limit ? wait : nil
    }
}
