import Foundation
import Testing
@testable import StatusmarkCore

/// The parse cache sorts a rebuild's records in the last build's order when no record's sort keys changed, and
/// sorts them again when one did.
@Suite struct RecordOrderTests {
    func record(_ slug: String, _ start: String, title: String? = nil) -> IncidentRecord {
        let incident = Incident(slug: slug, path: "incidents/\(slug).md", kind: .incident, title: title ?? slug)
        let facts = IncidentFacts(
            start: date(start), end: nil, status: .investigating, isClosed: false, maintenancePhase: nil,
            lastUpdated: date(start), durationSeconds: 0,
            severity: SeverityAssessment(computed: .none, declared: nil, reasons: []))
        return IncidentRecord(incident: incident, facts: facts)
    }

    /// Sorts as the model does, and counts the sorts.
    final class CountingSort {
        var count = 0
        func callAsFunction(_ records: [IncidentRecord]) -> [Int] {
            count += 1
            return records.sortOrder(by: \.facts.start, descending: true, then: \.incident.slug, descending: true)
        }
    }

    @Test func anEditThatKeepsTheSortKeysTakesTheLastOrder() {
        let cache = IncidentParseCache()
        let sort = CountingSort()
        let a = record("a", "2025-01-01T00:00:00Z")
        let b = record("b", "2025-03-01T00:00:00Z")
        let c = record("c", "2025-02-01T00:00:00Z")
        #expect(cache.sorted([a, b, c], by: sort.callAsFunction).map(\.id) == ["b", "c", "a"])
        #expect(cache.sorted([a, b, c], by: sort.callAsFunction).map(\.id) == ["b", "c", "a"])
        #expect(sort.count == 1)

        // A new box for "c" with another title but the same start and slug: the order is taken, the new record
        // put where the old one was.
        let retitled = record("c", "2025-02-01T00:00:00Z", title: "C, retitled")
        let edited = cache.sorted([a, b, retitled], by: sort.callAsFunction)
        #expect(sort.count == 1)
        #expect(edited.map(\.incident.title) == ["b", "C, retitled", "a"])
    }

    @Test func aNewStartOrAnotherSetOfRecordsIsSortedAgain() {
        let cache = IncidentParseCache()
        let sort = CountingSort()
        let a = record("a", "2025-01-01T00:00:00Z")
        let b = record("b", "2025-03-01T00:00:00Z")
        _ = cache.sorted([a, b], by: sort.callAsFunction)

        let moved = record("a", "2025-04-01T00:00:00Z")
        #expect(cache.sorted([moved, b], by: sort.callAsFunction).map(\.id) == ["a", "b"])
        #expect(sort.count == 2)

        // Same start, another slug: the slug breaks ties, so it is sorted again.
        let renamed = record("z", "2025-03-01T00:00:00Z")
        #expect(cache.sorted([moved, renamed], by: sort.callAsFunction).map(\.id) == ["a", "z"])
        #expect(sort.count == 3)

        let added = record("c", "2025-02-01T00:00:00Z")
        #expect(cache.sorted([moved, renamed, added], by: sort.callAsFunction).map(\.id) == ["a", "z", "c"])
        #expect(sort.count == 4)
    }

    @Test func replacementsAreTheIndicesOfNewBoxesThatStayInPlace() {
        let a = record("a", "2025-01-01T00:00:00Z")
        let b = record("b", "2025-03-01T00:00:00Z")
        let retitled = record("b", "2025-03-01T00:00:00Z", title: "B, retitled")
        let sameSlug = { (old: IncidentRecord, new: IncidentRecord) in old.incident.slug == new.incident.slug }
        #expect([a, b].replacements(of: [a, b], where: sameSlug) == [])
        #expect([a, retitled].replacements(of: [a, b], where: sameSlug) == [1])
        #expect([retitled, a].replacements(of: [a, b], where: sameSlug) == nil)
        #expect([a].replacements(of: [a, b], where: sameSlug) == nil)
    }
}
