import Foundation
import StatusmarkCore
import Testing
@testable import StatusmarkSite

/// The records the view models look up: by component and by the slugs pages name.
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

    func titles(_ index: RecordIndex, _ records: [IncidentRecord]) -> [String: [String]] {
        index.byComponent.mapValues { $0.map { records[$0].incident.title } }
    }

    @Test func eachComponentListsItsRecordsOnceInTheRecordsOrder() {
        // "b" lists web twice: it is under web once.
        let records = [record("a", ["api"]), record("b", ["api", "web", "web"]), record("c", ["web"])]
        let index = RecordIndex(records: records, named: ["b"])
        #expect(titles(index, records) == ["api": ["a", "b"], "web": ["b", "c"]])
        #expect(index.bySlug.keys.sorted() == ["b"])
    }
}
