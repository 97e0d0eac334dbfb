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
        let components = ["api", "web"].enumerated().map { Component(id: $1, name: $1, position: $0) }
        let index = RecordIndex(
            records: records, rows: RecordRow.rows(records, components: components), components: components, named: ["b"])
        #expect(titles(index, records) == ["api": ["a", "b"], "web": ["b", "c"]])
        #expect(index.bySlug.keys.sorted() == ["b"])
    }

    /// Random records over 70 components (beyond a row's 64 bits) and an id no component has: the index and the
    /// API's selection, made from the rows, give what reading every record's impacts gives.
    @Test func rowsGiveWhatTheRecordsGiveBeyondSixtyFourComponents() {
        var random = SeededGenerator(seed: 5)
        let components = (0..<70).map { Component(id: "c\($0)", name: "C\($0)", position: $0) }
        let ids = components.map(\.id) + ["unconfigured"]
        let now = instant("2025-03-10T00:00:00Z")
        for _ in 0..<40 {
            let records = (0..<Int.random(in: 0...60, using: &random)).map { number in
                let kind = [IncidentKind.incident, .maintenance, .notice].randomElement(using: &random)!
                let impacts = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                    ComponentImpact(componentID: ids.randomElement(using: &random)!, level: .partialOutage)
                }
                let start = now.addingTimeInterval(Double(Int.random(in: -90...10, using: &random)) * 86_400)
                let end = Bool.random(using: &random) ? start.addingTimeInterval(3_600) : nil
                let incident = Incident(
                    slug: "r\(number)", path: "incidents/r\(number).md", kind: kind, title: "r\(number)", impacts: impacts)
                let phase: IncidentFacts.MaintenancePhase? = kind == .maintenance ? [.scheduled, .inProgress, .completed].randomElement(using: &random) : nil
                let facts = IncidentFacts(
                    start: start, end: end, status: .investigating, isClosed: end != nil, maintenancePhase: phase,
                    lastUpdated: start, durationSeconds: 0, severity: SeverityAssessment(computed: .none, declared: nil, reasons: []))
                return IncidentRecord(incident: incident, facts: facts)
            }
            let rows = RecordRow.rows(records, components: components)
            let index = RecordIndex(records: records, rows: rows, components: components, named: [])
            var expected: [String: [Int]] = [:]
            var changes: [String: Date] = [:]
            for (position, record) in records.enumerated() {
                for id in RecordIndex.componentIDs(record.incident) { expected[id, default: []].append(position) }
                guard record.incident.kind != .notice, record.facts.start <= now else { continue }
                var latest = record.facts.start
                if let end = record.facts.end, end <= now, end > latest { latest = end }
                for id in RecordIndex.componentIDs(record.incident) { changes[id] = max(changes[id] ?? latest, latest) }
            }
            #expect(index.byComponent == expected)
            let upcoming = records.filter { $0.facts.maintenancePhase == .scheduled }.map(\.incident.slug)
            let selection = StatuspageSelection(records: records, rows: rows, components: components, now: now, upcomingSlugs: upcoming)
            #expect(selection.changes == changes)
            #expect(selection.unresolved == records.indices.filter { records[$0].incident.kind == .incident && !records[$0].facts.isClosed })
            #expect(selection.active == records.indices.filter { records[$0].facts.maintenancePhase == .inProgress })
            #expect(selection.upcoming.map { records[$0].incident.slug } == upcoming)
        }
    }
}
