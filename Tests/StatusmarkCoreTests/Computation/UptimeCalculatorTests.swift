import Foundation
import Testing
@testable import StatusmarkCore

@Suite struct UptimeCalculatorTests {
    static let api = Component(id: "api", name: "API", position: 0)

    /// An incident record on the API from `start` to `end` (ISO, UTC) at a level.
    func record(
        _ slug: String, _ start: String, _ end: String?, _ level: ComponentStatus, kind: IncidentKind = .incident
    ) -> IncidentRecord {
        let incident = Incident(
            slug: slug, path: "incidents/\(slug).md", kind: kind, title: slug,
            impacts: [ComponentImpact(componentID: "api", level: level)])
        let facts = IncidentFacts(
            start: date(start), end: end.map(date), status: .resolved, isClosed: end != nil, maintenancePhase: nil,
            lastUpdated: date(start), durationSeconds: 0,
            severity: SeverityAssessment(computed: .none, declared: nil, reasons: []))
        return IncidentRecord(incident: incident, facts: facts)
    }

    func uptime(
        _ records: [IncidentRecord], component: Component = api, weight: Double = 0.3, days: Int = 1,
        now: String = "2025-01-01T12:00:00Z", zone: ZoneReference = .utc
    ) -> ComponentUptime {
        UptimeCalculator(zone: zone, partialOutageWeight: weight, now: date(now))
            .uptime(for: [component], records: records, days: days)[0]
    }

    @Test func majorOutageCountsFullyAndIsTruncatedNotRounded() {
        // 1 h of 12 h observed: 91.666…% → 91.66, where rounding would say 91.67.
        let result = uptime([record("a", "2025-01-01T01:00:00Z", "2025-01-01T02:00:00Z", .majorOutage)])
        #expect(result.observedSeconds == 43_200)
        #expect(result.majorOutageSeconds == 3600)
        #expect(result.uptime?.description == "91.66")
        #expect(result.days.map(\.worst) == [.majorOutage])
    }

    @Test func partialOutageCountsAtItsWeight() {
        let partial = [record("a", "2025-01-01T01:00:00Z", "2025-01-01T02:00:00Z", .partialOutage)]
        #expect(uptime(partial).uptime?.description == "97.50")
        #expect(uptime(partial, weight: 1).uptime?.description == "91.66")
        #expect(uptime(partial, weight: 0).uptime?.description == "100.00")
    }

    @Test func overlappingIncidentsCountEachSecondOnceAtTheWorstLevel() {
        let result = uptime([
            record("a", "2025-01-01T10:00:00Z", "2025-01-01T11:00:00Z", .majorOutage),
            record("b", "2025-01-01T10:30:00Z", "2025-01-01T11:30:00Z", .partialOutage),
            record("c", "2025-01-01T10:15:00Z", "2025-01-01T10:45:00Z", .majorOutage),
        ])
        #expect(result.majorOutageSeconds == 3600)
        #expect(result.partialOutageSeconds == 1800)
        // 1 − (3600 + 0.3 × 1800) / 43200 = 0.904166… → 90.41
        #expect(result.uptime?.description == "90.41")
        #expect(result.days[0].incidents == ["a", "c", "b"])
    }

    @Test func degradedPerformanceAndMaintenanceAreNotDowntime() {
        let result = uptime([
            record("a", "2025-01-01T01:00:00Z", "2025-01-01T03:00:00Z", .degradedPerformance),
            record("m", "2025-01-01T04:00:00Z", "2025-01-01T05:00:00Z", .underMaintenance, kind: .maintenance),
        ])
        #expect(result.uptime?.description == "100.00")
        #expect(result.days[0].worst == .degradedPerformance)
    }

    @Test func ongoingIncidentCountsUntilNow() {
        let result = uptime([record("a", "2025-01-01T11:00:00Z", nil, .majorOutage)])
        #expect(result.majorOutageSeconds == 3600)
    }

    @Test func windowStartsAtTheComponentStartDate() {
        var component = Self.api
        component.startDate = date("2025-01-01T06:00:00Z")
        let result = uptime(
            [record("a", "2025-01-01T01:00:00Z", "2025-01-01T07:00:00Z", .majorOutage)], component: component)
        #expect(result.observedSeconds == 21_600)
        #expect(result.majorOutageSeconds == 3600)
        #expect(result.uptime?.description == "83.33")
    }

    @Test func daysBeforeTheStartDateHaveNoData() {
        var component = Self.api
        component.startDate = date("2025-01-02T00:00:00Z")
        let result = uptime([], component: component, days: 3, now: "2025-01-03T06:00:00Z")
        #expect(result.days.map(\.hasData) == [false, true, true])
        #expect(result.days.map(\.date.description) == ["2025-01-01", "2025-01-02", "2025-01-03"])
        #expect(result.observedSeconds == 86_400 + 21_600)
    }

    @Test func daysFollowTheSiteTimeZoneIncludingShortDaylightSavingDays() throws {
        let berlin = try #require(ZoneReference(identifier: "Europe/Berlin"))
        let result = uptime([], days: 3, now: "2025-03-31T10:00:00Z", zone: berlin)
        #expect(result.days.map(\.date.description) == ["2025-03-29", "2025-03-30", "2025-03-31"])
        #expect(result.days.map(\.observedSeconds) == [86_400, 82_800, 36_000 + 7200])
    }

    @Test func ninetyDayWindowEndsToday() {
        let result = uptime(
            [record("a", "2024-12-31T23:00:00Z", "2025-01-01T01:00:00Z", .majorOutage)], days: 90)
        #expect(result.days.count == 90)
        #expect(result.days.last?.date == CivilDate(year: 2025, month: 1, day: 1))
        #expect(result.days[88].majorOutageSeconds == 3600)
        #expect(result.days[89].majorOutageSeconds == 3600)
        #expect(result.days[89].incidents == ["a"])
    }
}
