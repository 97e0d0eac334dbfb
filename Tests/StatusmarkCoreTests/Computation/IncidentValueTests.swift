import Foundation
import Testing
@testable import StatusmarkCore

/// `Incident` and `IncidentRecord` keep their fields in a shared box; they must still behave as values.
@Suite struct IncidentValueTests {
    static let incident = Incident(
        slug: "db-outage", path: "incidents/db-outage.md", kind: .incident, title: "Database outage",
        summaryMarkdown: "Writes failed.")

    @Test func changingACopyLeavesTheOriginalAsItWas() {
        var copy = Self.incident
        copy.title = "Database failover"
        copy.summaryMarkdown += " Reads too."
        #expect(Self.incident.title == "Database outage")
        #expect(Self.incident.summaryMarkdown == "Writes failed.")
        #expect(copy.title == "Database failover")
        #expect(copy.summaryMarkdown == "Writes failed. Reads too.")
        #expect(copy != Self.incident)
    }

    @Test func incidentsWithTheSameFieldsAreEqualWhateverTheirBox() {
        let twin = Incident(
            slug: "db-outage", path: "incidents/db-outage.md", kind: .incident, title: "Database outage",
            summaryMarkdown: "Writes failed.")
        #expect(twin == Self.incident)
        #expect(twin.hashValue == Self.incident.hashValue)
        var other = twin
        other.path = "incidents/2025/db-outage.md"
        #expect(other != Self.incident)
    }

    @Test func recordsCompareByWhatTheyHold() {
        let facts = IncidentFactsCalculator(configuration: SiteConfiguration(title: "Status"), now: Date(timeIntervalSince1970: 0))
            .facts(for: Self.incident)
        let record = IncidentRecord(incident: Self.incident, facts: facts)
        #expect(record == IncidentRecord(incident: Self.incident, facts: facts))
        var retitled = Self.incident
        retitled.title = "Database failover"
        #expect(record != IncidentRecord(incident: retitled, facts: facts))
        #expect(record.incident.title == "Database outage")
    }
}
