import Foundation

/// Holds the snapshot the server answers from. It is swapped whole after every build, and each request reads it
/// once, so a request never mixes two builds (the size it announces is the size it sends).
public final class PreviewSite: @unchecked Sendable {
    private let lock = NSLock()
    private var current: PreviewSnapshot?

    public init() {}

    public var snapshot: PreviewSnapshot? {
        lock.withLock { current }
    }

    /// - Returns: The snapshot replaced, for the caller to free when nothing waits on it.
    @discardableResult
    public func replace(with snapshot: PreviewSnapshot) -> PreviewSnapshot? {
        lock.withLock {
            defer { current = snapshot }
            return current
        }
    }
}
