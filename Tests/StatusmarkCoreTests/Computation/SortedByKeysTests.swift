@testable import StatusmarkCore
import Testing

/// The two-key sort orders by the first key, then the second, each in its own direction, and keeps ties in order.
@Suite struct SortedByKeysTests {
    struct Row: Equatable {
        var day: Int
        var name: String
        var tag: Int
    }

    let rows = [
        Row(day: 2, name: "b", tag: 0), Row(day: 1, name: "z", tag: 1), Row(day: 2, name: "a", tag: 2),
        Row(day: 2, name: "b", tag: 3), Row(day: 3, name: "m", tag: 4),
    ]

    @Test func bothDescendingAsTheModelSortsIncidents() {
        let sorted = rows.sorted(by: \.day, descending: true, then: \.name, descending: true)
        #expect(sorted.map(\.tag) == [4, 0, 3, 2, 1])
        #expect(rows.sortOrder(by: \.day, descending: true, then: \.name, descending: true) == [4, 0, 3, 2, 1])
    }

    @Test func firstDescendingSecondAscendingAsTheFeedsSort() {
        let sorted = rows.sorted(by: \.day, descending: true, then: \.name)
        #expect(sorted.map(\.tag) == [4, 2, 0, 3, 1])
    }

    @Test func bothAscending() {
        #expect(rows.sorted(by: \.day, then: \.name).map(\.tag) == [1, 2, 0, 3, 4])
        #expect([Row]().sorted(by: \.day, then: \.name).isEmpty)
    }

    /// Over seeded rows with many ties of either key, in every direction, the order is the one a sort of the
    /// whole `(first, second, position)` tuple gives.
    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func agreesWithSortingWholeTuples(firstDescending: Bool, secondDescending: Bool) {
        var generator = SeededGenerator(seed: 36)
        for size in [0, 1, 2, 3, 17, 200, 1000] {
            let rows = (0..<size).map { tag in
                Row(day: Int(generator.next() % 7), name: String(UnicodeScalar(UInt8(97 + generator.next() % 4))), tag: tag)
            }
            let expected = rows.indices.sorted { lhs, rhs in
                let (a, b) = (rows[lhs], rows[rhs])
                if a.day != b.day { return (a.day < b.day) != firstDescending }
                if a.name != b.name { return (a.name < b.name) != secondDescending }
                return lhs < rhs
            }
            let order = rows.sortOrder(by: \.day, descending: firstDescending, then: \.name, descending: secondDescending)
            #expect(order == expected, "\(size) rows")
        }
    }
}
