import Foundation
import StatusmarkCore
import Testing
@testable import StatusmarkNotify

@Suite struct AnnouncementPlannerTests {
    let planner = AnnouncementPlanner(now: instant("2025-09-19T14:00:00Z"), maxAge: 86_400)

    func record(_ id: String, start: String, updates: [String], postmortem: Bool = false) -> LiveSnapshot.Record {
        LiveSnapshot.Record(id: id, start: instant(start), updateTimes: updates.map(instant), hasPostmortem: postmortem)
    }

    func summary(_ plan: AnnouncementPlan) -> [String] {
        plan.announcements.map { "\($0.key) \($0.event.rawValue)" }
    }

    @Test func anUpdateTheLiveRecordLacksIsNewsAndAnEditedOneIsNot() async throws {
        let site = try await NotifyTestSite.build([
            "incidents/2025-09-19-api.md": apiIncident("\n## Identified — 2025-09-19 12:30 UTC\nA bad deploy.\n", title: "Renamed"),
        ])
        let live = LiveSnapshot(
            incidents: [record("2025-09-19-api", start: "2025-09-19T11:52:00Z", updates: ["2025-09-19T11:52:00.000Z"])],
            maintenance: [])
        #expect(summary(planner.plan(site.model.records, live: live)) == ["2025-09-19-api-2 incident_updated"])
        let both = LiveSnapshot(
            incidents: [record("2025-09-19-api", start: "2025-09-19T11:52:00Z", updates: ["2025-09-19T12:30:00Z", "2025-09-19T11:52:00Z"])],
            maintenance: [])
        #expect(planner.plan(site.model.records, live: both) == AnnouncementPlan())
    }

    /// Updates are matched by their instants, not their positions: one written between two older ones is itself
    /// the news, and two at the same minute count twice.
    @Test func anUpdateWrittenBetweenOlderOnesIsFoundAsItself() async throws {
        let site = try await NotifyTestSite.build([
            "incidents/2025-09-19-api.md": apiIncident("""

                ## Update — 2025-09-19 12:00 UTC
                Backfilled.

                ## Update — 2025-09-19 12:00 UTC
                Also at noon.

                ## Resolved — 2025-09-19 13:00 UTC
                Fixed.
                """),
        ])
        let live = LiveSnapshot(
            incidents: [
                record("2025-09-19-api", start: "2025-09-19T11:52:00Z", updates: ["2025-09-19T11:52:00Z", "2025-09-19T12:00:00Z", "2025-09-19T13:00:00Z"])
            ],
            maintenance: [])
        #expect(summary(planner.plan(site.model.records, live: live)) == ["2025-09-19-api-3 incident_updated"])
    }

    @Test func aNewRecordIsNewsWhenTheLiveListsReachBackFarEnough() async throws {
        let site = try await NotifyTestSite.build([
            "incidents/2025-09-19-api.md": apiIncident("\n## Resolved — 2025-09-19 13:00 UTC\nFixed.\n"),
        ])
        let complete = LiveSnapshot(incidents: [], maintenance: [])
        #expect(summary(planner.plan(site.model.records, live: complete)) == [
            "2025-09-19-api-1 incident_opened", "2025-09-19-api-2 incident_resolved",
        ])
        // A list cut at its limit that starts after the record: the record fell off it, it is not new.
        let cut = AnnouncementPlanner(now: planner.now, maxAge: planner.maxAge, listLimit: 1)
        let later = LiveSnapshot(incidents: [record("other", start: "2025-09-19T12:00:00Z", updates: [])], maintenance: [])
        #expect(cut.plan(site.model.records, live: later) == AnnouncementPlan())
        let earlier = LiveSnapshot(incidents: [record("other", start: "2025-09-19T11:00:00Z", updates: [])], maintenance: [])
        #expect(cut.plan(site.model.records, live: earlier).announcements.count == 2)
    }

    @Test func nothingIsComparedWithASiteThatWasNeverPublished() async throws {
        let site = try await NotifyTestSite.build(["incidents/2025-09-19-api.md": apiIncident()])
        #expect(planner.plan(site.model.records, live: .unpublished) == AnnouncementPlan(unpublished: true))
        // A live site without the maintenance file: its maintenance cannot be compared, its incidents can.
        let noMaintenance = LiveSnapshot(incidents: [], maintenance: nil)
        #expect(summary(planner.plan(site.model.records, live: noMaintenance)) == ["2025-09-19-api-1 incident_opened"])
    }

    @Test func maintenancePostmortemsAgeAndNotices() async throws {
        let site = try await NotifyTestSite.build([
            "incidents/2025-09-19-api.md": apiIncident("\n## Resolved — 2025-09-19 13:00 UTC\nFixed.\n\n## Postmortem — 2025-09-19 13:40 UTC\nA route was removed.\n"),
            "incidents/2025-09-20-upgrade.md": """
                ---
                title: Upgrade
                kind: maintenance
                scheduled_start: 2025-09-20 02:00 UTC
                scheduled_end: 2025-09-20 04:00 UTC
                components: [Dashboard]
                ---
                The database moves.
                """,
            "incidents/2025-09-10-old.md": """
                ---
                title: Old
                kind: maintenance
                scheduled_start: 2025-09-10 02:00 UTC
                scheduled_end: 2025-09-10 04:00 UTC
                ---
                ## Scheduled — 2025-09-01 09:00 UTC
                Long ago.

                ## Completed — 2025-09-10 04:00 UTC
                Done.
                """,
            "incidents/2025-09-18-hours.md": """
                ---
                title: Holiday hours
                kind: notice
                ---
                ## Update — 2025-09-19 09:00 UTC
                Phones close early.
                """,
        ])
        let live = LiveSnapshot(
            incidents: [record("2025-09-19-api", start: "2025-09-19T11:52:00Z", updates: ["2025-09-19T11:52:00Z", "2025-09-19T13:00:00Z"])],
            maintenance: [])
        let plan = planner.plan(site.model.records, live: live)
        #expect(summary(plan) == ["2025-09-19-api-postmortem postmortem_published", "2025-09-20-upgrade-scheduled maintenance_scheduled"])
        #expect(plan.tooOld == 2)
        let withPostmortem = LiveSnapshot(
            incidents: [record("2025-09-19-api", start: "2025-09-19T11:52:00Z", updates: ["2025-09-19T11:52:00Z", "2025-09-19T13:00:00Z"], postmortem: true)],
            maintenance: [record("2025-09-20-upgrade", start: "2025-09-20T02:00:00Z", updates: []), record("2025-09-10-old", start: "2025-09-10T02:00:00Z", updates: [])])
        #expect(planner.plan(site.model.records, live: withPostmortem) == AnnouncementPlan(tooOld: 2))
    }
}
