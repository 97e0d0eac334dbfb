import Foundation

/// The cores this process may use, for splitting work.
package let activeCoreCount = max(1, ProcessInfo.processInfo.activeProcessorCount)

extension Array where Element: Sendable {
    /// The elements transformed, in order, by one child task per core in a task group.
    ///
    /// Each task takes the next few elements whenever it is free, so one costly element (a component page that
    /// lists years of incidents) does not leave one core working while the other waits. Put costly elements first.
    /// - Parameter batch: How many elements a task takes at a time; arrays no longer than this are transformed
    ///   on the caller's task.
    package func concurrentMap<T: Sendable>(
        batch: Int = 16, _ transform: @escaping @Sendable (Element) -> T
    ) async -> [T] {
        await concurrentMap(batch: batch, state: {}) { _, element in transform(element) }
    }

    /// The elements transformed as ``concurrentMap(batch:_:)`` does, each task with its own mutable state, made on
    /// that task and kept from batch to batch, such as a writer that remembers the folders it has made.
    package func concurrentMap<State, T: Sendable>(
        batch: Int = 16, state makeState: @escaping @Sendable () -> State,
        _ transform: @escaping @Sendable (inout State, Element) -> T
    ) async -> [T] {
        let batch = Swift.max(1, batch)
        let workers = Swift.min(activeCoreCount, (count + batch - 1) / batch)
        guard workers > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        let queue = BatchQueue(count: count, batch: batch)
        return await withTaskGroup(of: [(Int, [T])].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var state = makeState()
                    var done: [(Int, [T])] = []
                    while let range = queue.next() {
                        done.append((range.lowerBound, self[range].map { transform(&state, $0) }))
                    }
                    return done
                }
            }
            var batches: [(Int, [T])] = []
            for await done in group { batches += done }
            return batches.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}

/// Hands out consecutive ranges of indices to whichever task asks next.
private final class BatchQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var start = 0
    private let count: Int
    private let batch: Int

    init(count: Int, batch: Int) {
        self.count = count
        self.batch = batch
    }

    func next() -> Range<Int>? {
        lock.withLock {
            guard start < count else { return nil }
            defer { start = Swift.min(start + batch, count) }
            return start..<Swift.min(start + batch, count)
        }
    }
}
