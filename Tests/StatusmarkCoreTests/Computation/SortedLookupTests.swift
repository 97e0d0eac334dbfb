@testable import StatusmarkCore
import Testing

/// Walking a sorted list side by side with sorted questions finds exactly the elements asked for.
@Suite struct SortedLookupTests {
    struct File: Equatable {
        var path: String
        var size: Int
    }

    let files = [
        File(path: "incidents/a.md", size: 1), File(path: "incidents/b.md", size: 2),
        File(path: "incidents/d.md", size: 4), File(path: "incidents/sub/e.md", size: 5),
    ]

    @Test func findsEachKeyAskedInOrderAndNothingForMissingKeys() {
        var lookup = SortedLookup(files) { $0.path }
        let asked = ["incidents/a.md", "incidents/c.md", "incidents/d.md", "incidents/sub/e.md", "incidents/z.md"]
        #expect(asked.map { lookup.next($0)?.size } == [1, nil, 4, 5, nil])
    }

    @Test func keysNotAskedArePassedOver() {
        var lookup = SortedLookup(files) { $0.path }
        #expect(lookup.next("incidents/d.md")?.size == 4)
        // Passed over on the way to d.md: asking out of order finds nothing, which callers treat as not kept.
        #expect(lookup.next("incidents/b.md") == nil)
        #expect(lookup.next("incidents/sub/e.md")?.size == 5)
    }

    @Test func stringsFindThemselves() {
        var changed = SortedLookup(["incidents/b.md", "statusmark.yml"])
        #expect(["incidents/a.md", "incidents/b.md", "incidents/c.md", "statusmark.yml"].map { changed.next($0) } == [
            nil, "incidents/b.md", nil, "statusmark.yml",
        ])
        var empty = SortedLookup([String]())
        #expect(empty.next("incidents/a.md") == nil)
    }
}
