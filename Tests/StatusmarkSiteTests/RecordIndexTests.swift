import Foundation
import StatusmarkCore
import Testing
@testable import StatusmarkSite

/// The records the view models look up, patched for records replaced in place as a fresh index would have them.
@Suite struct RecordIndexTests {
    func record(_ slug: String, _ components: [String], title: String? = nil) -> IncidentRecord {
        let incident = Incident(
            slug: slug, path: "incidents/\(slug).md", kind: .incident, title: title ?? slug,
            impacts: components.map { ComponentImpact(componentID: $0, level: .partialOutage) })
        let facts = IncidentFacts(
            start: instant("2025-03-01T00:00:00Z"), end: nil, status: .investigating, isClosed: false,
            maintenancePhase: nil, lastUpdated: instant("2025-03-01T00:00:00Z"), durationSeconds: 0,
            severity: SeverityAssessment(computed: .none, declared: nil, reasons: []))
        return IncidentRecord(incident: incident, facts: facts)
    }

    func titles(_ index: RecordIndex) -> [String: [String]] {
        index.byComponent.mapValues { $0.map(\.incident.title) }
    }

    @Test func aReplacedRecordTakesTheOldOnesPlaceUnderEachComponent() throws {
        // "b" lists web twice: it is under web once.
        let records = [record("a", ["api"]), record("b", ["api", "web", "web"]), record("c", ["web"])]
        let index = RecordIndex(records: records, named: ["b"])
        #expect(titles(index) == ["api": ["a", "b"], "web": ["b", "c"]])

        var edited = records
        edited[1] = record("b", ["api", "web"], title: "B, edited")
        let patched = try #require(index.patched(records: edited, named: ["b"], changed: [1], previous: records))
        #expect(titles(patched) == ["api": ["a", "B, edited"], "web": ["B, edited", "c"]])
        #expect(patched.bySlug["b"]?.incident.title == "B, edited")
        #expect(titles(patched) == titles(RecordIndex(records: edited, named: ["b"])))
    }

    @Test func anotherComponentOrOtherNamedSlugsNeedAFreshIndex() {
        let records = [record("a", ["api"]), record("b", ["web"])]
        let index = RecordIndex(records: records, named: [])
        var moved = records
        moved[0] = record("a", ["web"])
        #expect(index.patched(records: moved, named: [], changed: [0], previous: records) == nil)
        var edited = records
        edited[0] = record("a", ["api"], title: "A, edited")
        #expect(index.patched(records: edited, named: ["a"], changed: [0], previous: records) == nil)
        #expect(index.patched(records: edited, named: [], changed: [0], previous: records) != nil)
    }
}
