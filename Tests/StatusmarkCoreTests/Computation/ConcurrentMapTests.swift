@testable import StatusmarkCore
import Testing

/// The parallel map gives the same array as `map`, whatever the batch size and however the tasks share the work.
@Suite struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 7, 16, 17, 1_000])
    func resultsKeepTheirOrder(count: Int) async {
        let numbers = Array(0..<count)
        for batch in [1, 3, 16, 2_000] {
            let squares = await numbers.concurrentMap(batch: batch) { $0 * $0 }
            #expect(squares == numbers.map { $0 * $0 }, "batch \(batch)")
        }
    }

    /// Each task makes its own state once and keeps it: a task's counter counts only the elements it took.
    @Test func eachTaskHasItsOwnState() async {
        let seen = await Array(0..<100).concurrentMap(batch: 5, state: { 0 }) { taken, element -> (Int, Int) in
            taken += 1
            return (element, taken)
        }
        #expect(seen.map(\.0) == Array(0..<100))
        // However the batches were shared out, the counts are those of tasks that each counted 1, 2, 3…: at most
        // one task per core, and never more elements counted n than n - 1.
        let counts = seen.map(\.1)
        let starts = counts.count { $0 == 1 }
        #expect((1...activeCoreCount).contains(starts))
        for value in 2..<101 {
            #expect(counts.count { $0 == value } <= counts.count { $0 == value - 1 })
        }
    }
}
