import Foundation
import Testing
@testable import StatusmarkCore

@Suite struct IncidentFactsCalculatorTests {
    func facts(_ text: String, now: String = "2025-12-01T00:00:00Z") throws -> IncidentFacts {
        let incident = try #require(parseIncident(text).incident)
        return IncidentFactsCalculator(configuration: testConfiguration(), now: date(now)).facts(for: incident)
    }

    @Test func updatesPostedDaysLaterStillLastTheRealThirtyMinutes() throws {
        let facts = try facts(IncidentParserTests.justCall)
        #expect(iso(facts.start) == "2025-07-11T12:00:00Z")
        #expect(facts.end.map(iso) == "2025-07-11T12:30:00Z")
        #expect(facts.durationSeconds == 1800)
        #expect(facts.timeToDetect == 0)
        #expect(facts.timeToMitigate == 1800)
        #expect(facts.timeToResolve == 1800)
        // Identified was only posted five days after the impact ended: not a step of the response, and the
        // timeline records no Identified milestone, so there is no time to identify rather than a guess.
        #expect(facts.timeToIdentify == nil)
        #expect(facts.status == .postmortem)
        #expect(facts.isClosed)
        #expect(facts.lastUpdated == date("2025-07-16T08:23:00Z"))
    }

    @Test func startAndEndDefaultToTheFirstAndResolvedUpdates() throws {
        let facts = try facts(
            """
            ---
            title: t
            ---
            ## Investigating — 2025-07-16 10:00 UTC
            ## Identified — 10:20
            ## Update — 10:40
            ## Monitoring — 11:05
            ## Resolved — 11:30
            """)
        #expect(iso(facts.start) == "2025-07-16T10:00:00Z")
        #expect(facts.end.map(iso) == "2025-07-16T11:30:00Z")
        #expect(facts.durationSeconds == 5400)
        #expect(facts.timeToIdentify == 1200)
        #expect(facts.timeToMitigate == 3900)
        #expect(facts.timeToResolve == 5400)
        #expect(facts.timeToDetect == nil)
        #expect(facts.status == .resolved)
    }

    @Test func aReopenedIncidentIsOpenUntilTheNextResolvedAndANoteKeepsItClosed() throws {
        let reopened = """
            ---
            title: t
            ---
            ## Investigating — 2025-07-16 10:00 UTC
            ## Resolved — 10:30
            ## Update — 10:40
            ## Investigating — 11:00
            """
        let open = try facts(reopened, now: "2025-07-16T12:00:00Z")
        #expect(!open.isClosed)
        #expect(open.end == nil)
        #expect(open.status == .investigating)
        #expect(open.durationSeconds == 7200)
        let closedAgain = try facts(reopened + "\n## Resolved — 11:45\n", now: "2025-07-16T12:00:00Z")
        #expect(closedAgain.isClosed)
        #expect(closedAgain.end.map(iso) == "2025-07-16T11:45:00Z")
        #expect(closedAgain.durationSeconds == 6300)
        let noted = try facts(
            "---\ntitle: t\n---\n## Investigating — 2025-07-16 10:00 UTC\n## Resolved — 10:30\n## Update — 11:00\n")
        #expect(noted.isClosed)
        #expect(noted.status == .resolved)
        #expect(noted.end.map(iso) == "2025-07-16T10:30:00Z")
    }

    @Test func resolvedMilestoneWinsOverTheResolvedUpdateAndMitigatedOverMonitoring() throws {
        let facts = try facts(
            """
            ---
            title: t
            started: 2025-07-16 10:00 UTC
            ---
            ## Monitoring — 2025-07-16 12:00 UTC
            ## Resolved — 13:00
            ## Postmortem — 2025-07-18 09:00 UTC
            ### Timeline
            - 2025-07-16 10:05 UTC — Detected: alert
            - 10:10 UTC — Acknowledged: paged
            - 10:40 UTC — Mitigated: rolled back
            - 11:10 UTC — Resolved: all clear
            """)
        #expect(facts.end.map(iso) == "2025-07-16T11:10:00Z")
        #expect(facts.timeToDetect == 300)
        #expect(facts.timeToAcknowledge == 600)
        #expect(facts.timeToMitigate == 2400)
        #expect(facts.timeToResolve == 4200)
    }

    @Test func ongoingIncidentLastsUntilTheInjectedNow() throws {
        let facts = try facts(
            "---\ntitle: t\n---\n## Investigating — 2025-09-19 11:40 UTC\n## Identified — 12:38\n",
            now: "2025-09-19T14:00:00Z")
        #expect(facts.end == nil)
        #expect(facts.durationSeconds == 8400)
        #expect(facts.isOngoing(at: date("2025-09-19T14:00:00Z")))
        #expect(facts.status == .identified)
        #expect(!facts.isClosed)
    }

    @Test func endedKeepsAnIncidentInMonitoringButEndsItsImpact() throws {
        let facts = try facts(
            "---\ntitle: t\nended: 2025-09-19 12:00 UTC\n---\n## Investigating — 2025-09-19 11:00 UTC\n## Monitoring — 12:10\n",
            now: "2025-09-19T14:00:00Z")
        #expect(facts.end.map(iso) == "2025-09-19T12:00:00Z")
        #expect(facts.status == .monitoring)
        #expect(!facts.isClosed)
        #expect(!facts.isOngoing(at: date("2025-09-19T14:00:00Z")))
    }

    static let maintenance = scheduledMaintenanceFile

    @Test(arguments: [
        ("2025-09-22T00:00:00Z", IncidentFacts.MaintenancePhase.scheduled, UpdateStatus.scheduled, nil as String?),
        ("2025-09-23T03:00:00Z", .inProgress, .inProgress, nil),
        ("2025-09-23T05:00:00Z", .completed, .completed, "2025-09-23T04:00:00Z"),
    ])
    func maintenanceFollowsItsScheduleWithoutUpdates(
        now: String, phase: IncidentFacts.MaintenancePhase, status: UpdateStatus, end: String?
    ) throws {
        let facts = try facts(Self.maintenance, now: now)
        #expect(facts.maintenancePhase == phase)
        #expect(facts.status == status)
        #expect(facts.end.map(iso) == end)
        #expect(iso(facts.start) == "2025-09-23T02:00:00Z")
        #expect(facts.severity.effective == .none)
    }

    @Test func completedUpdateEndsMaintenanceEarly() throws {
        let facts = try facts(
            Self.maintenance + "\n## In progress — 2025-09-23 02:05 UTC\n## Completed — 03:10\n",
            now: "2025-09-23T03:30:00Z")
        #expect(facts.maintenancePhase == .completed)
        #expect(iso(facts.start) == "2025-09-23T02:05:00Z")
        #expect(facts.end.map(iso) == "2025-09-23T03:10:00Z")
        #expect(facts.durationSeconds == 3900)
    }

    /// A notice has no end, no duration and no severity; it is current from its first update until `until`,
    /// for ``IncidentFactsCalculator/noticeDays`` after its latest update without one, and always while pinned.
    @Test(arguments: [
        ("", "2025-07-16T09:59:00Z", false),
        ("", "2025-07-16T10:00:00Z", true),
        ("", "2025-07-31T08:59:00Z", true),
        ("", "2025-07-31T09:00:00Z", false),
        ("until: 2025-07-18 00:00 UTC\n", "2025-07-17T23:59:00Z", true),
        ("until: 2025-07-18 00:00 UTC\n", "2025-07-18T00:00:00Z", false),
        ("pinned: true\nuntil: 2025-07-18 00:00 UTC\n", "2026-07-18T00:00:00Z", true),
    ])
    func aNoticeIsCurrentUntilItsUntilOrWhilePinned(keys: String, now: String, isCurrent: Bool) throws {
        let incident = try #require(parseIncident("""
            ---
            title: Moving
            kind: notice
            \(keys)---
            ## Update — 2025-07-16 10:00 UTC
            We move.

            ## Update — 2025-07-17 09:00 UTC
            The old address redirects.
            """).incident)
        let facts = IncidentFactsCalculator(configuration: testConfiguration(), now: date(now)).facts(for: incident)
        #expect(facts.isCurrentNotice == isCurrent)
        #expect(facts.start == date("2025-07-16T10:00:00Z"))
        #expect(facts.end == nil)
        #expect(facts.durationSeconds == 0)
        #expect(facts.isClosed)
        #expect(facts.severity.effective == .none)
        #expect(facts.lastUpdated == date("2025-07-17T09:00:00Z"))
    }

    /// An `Identified:` timeline event is a milestone like Detected, Acknowledged and Mitigated; the earlier of it
    /// and an Identified update posted during the impact gives the time to identify.
    @Test func anIdentifiedTimelineEventIsAMilestone() throws {
        let text = """
            ---
            title: t
            components: [API]
            started: 2025-07-11 12:00 UTC
            ended: 2025-07-11 12:30 UTC
            ---
            ## Identified — 2025-07-11 12:25 UTC
            Found.

            ## Resolved — 2025-07-11 12:30 UTC

            ## Postmortem — 2025-07-12 09:00 UTC
            ### Timeline
            - 2025-07-11 12:00 UTC — Detected: alert
            - 12:10 UTC — Identified: a bad deploy
            - 12:30 UTC — Resolved: rolled back
            """
        let facts = try facts(text)
        #expect(facts.timeToIdentify == 600)
        #expect(facts.timeToDetect == 0)
    }
}

/// The mean and median of a component's times, and which incidents count.
@Suite struct ReliabilityFiguresTests {
    @Test func meanAndMedianOfOddAndEvenCounts() {
        #expect(DurationStatistics([]) == nil)
        let odd = DurationStatistics([600, 60, 3600])
        #expect((odd?.count, odd?.meanSeconds, odd?.medianSeconds) == (3, 1420, 600))
        let even = DurationStatistics([60, 600, 3600, 7201])
        #expect((even?.count, even?.meanSeconds, even?.medianSeconds) == (4, 2865, 2100))
    }

    /// Only incidents count (not maintenance), only resolved ones give a time to resolve, and the window keeps
    /// those that started in it.
    @Test func incidentsInTheWindowAndResolvedOnesTimes() throws {
        func record(_ text: String) throws -> IncidentRecord {
            let incident = try #require(parseIncident(text).incident)
            let facts = IncidentFactsCalculator(configuration: testConfiguration(), now: date("2025-09-01T00:00:00Z"))
                .facts(for: incident)
            return IncidentRecord(incident: incident, facts: facts)
        }
        let old = try record("---\ntitle: a\ncomponents: [API]\n---\n## Investigating — 2025-01-01 10:00 UTC\n\n## Resolved — 2025-01-01 11:00 UTC\n")
        let recent = try record("---\ntitle: b\ncomponents: [API]\n---\n## Investigating — 2025-08-01 10:00 UTC\n\n## Monitoring — 2025-08-01 10:20 UTC\n\n## Resolved — 2025-08-01 10:30 UTC\n")
        let open = try record("---\ntitle: c\ncomponents: [API]\n---\n## Investigating — 2025-08-20 10:00 UTC\n")
        let maintenance = try record(scheduledMaintenanceFile)
        let records = [open, recent, old, maintenance]
        let window = ReliabilityFigures(records, since: date("2025-06-01T00:00:00Z"))
        #expect(window.incidents == 2)
        #expect(window.timeToResolve == DurationStatistics([1800]))
        #expect(window.timeToMitigate == DurationStatistics([1200]))
        #expect(window.timeToDetect == nil)
        let allTime = ReliabilityFigures(records, since: nil)
        #expect(allTime.incidents == 3)
        #expect(allTime.timeToResolve == DurationStatistics([1800, 3600]))
    }
}
