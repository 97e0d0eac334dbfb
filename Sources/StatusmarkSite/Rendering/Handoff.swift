import Synchronization

/// A value handed to another task whole: the task takes it out, and is then its only owner. A value captured by
/// `async let` is shared with the capturing scope until that scope ends, so the task's first change to one of its
/// tables would copy the whole table (ten thousand entries, each retained).
final class Handoff<Value: Sendable>: Sendable {
    private let slot: Mutex<Value?>

    init(_ value: Value?) {
        slot = Mutex(value)
    }

    /// The value, left nowhere else; `nil` once taken.
    func take() -> Value? {
        slot.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
