/// Why a message did not reach a channel.
public struct DeliveryFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in words safe to print: never a secret.
    public var reason: String
    /// Whether trying again may succeed.
    public var isTransient: Bool
    /// How long the server asked to wait before trying again.
    public var retryAfter: Duration?

    public init(_ reason: String, isTransient: Bool, retryAfter: Duration? = nil) {
        self.reason = reason
        self.isTransient = isTransient
        self.retryAfter = retryAfter
    }

    public var description: String { reason }
}
