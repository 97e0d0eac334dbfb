import Foundation
import StatusmarkCore
@testable import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// The api/v2 files carry what a Statuspage client reads: the indicator, each incident's status and impact,
/// updates newest first with Statuspage's statuses, the components an update changed, and maintenance sorted into
/// active and upcoming.
@Suite struct StatuspageAPITests {
    static let configuration = """
        title: API Test
        base_url: https://status.test
        time_zone: Europe/Berlin
        components:
          - name: API
            group: Core
          - name: Web
            group: Core
          - name: Email

        """
    static let incidents = [
        "2025-03-10-outage.md": """
            ---
            title: API down
            components:
              API: major outage
            ---
            ## Investigating — 2025-03-10 11:05 CET
            We are looking.

            ## Update — 2025-03-10 11:20 CET
            Still looking.

            """,
        "2025-03-10-window.md": """
            ---
            title: Email maintenance
            kind: maintenance
            scheduled_start: 2025-03-10 12:00 CET
            scheduled_end: 2025-03-10 14:00 CET
            components:
              - Email
            ---
            ## Scheduled — 2025-03-03 09:00 CET
            Planned.

            ## In progress — 2025-03-10 12:00 CET
            Started.

            """,
        "2025-03-20-later.md": """
            ---
            title: Web maintenance
            kind: maintenance
            scheduled_start: 2025-03-20 22:00 CET
            scheduled_end: 2025-03-20 23:00 CET
            components:
              - Web
            ---
            ## Scheduled — 2025-03-05 09:00 CET
            Planned.

            """,
    ]

    func build() async throws -> (BuildResult, (String) throws -> [String: Any]) {
        let site = try makeSite(configuration: Self.configuration, incidents: Self.incidents)
        let result = try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url)
        #expect(result.diagnostics.isEmpty)
        return (
            result,
            { name in
                let data = Data(text(of: "api/v2/\(name).json", in: result).utf8)
                return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "api/v2/\(name).json")
            }
        )
    }

    /// Each incident a file lists is converted once, however many lists hold it.
    @Test func eachListedIncidentIsConvertedOnce() async throws {
        let (result, _) = try await build()
        let model = try #require(result.model)
        let links = try #require(SiteLinks(baseURL: "https://status.test/"))
        let selection = StatuspageSelection(
            records: model.records, now: model.now, upcomingSlugs: model.summary.upcomingMaintenance)
        let renderer = StatuspageAPIRenderer(model: model, links: links, selection: selection)
        var converted: [String] = []
        let responses = renderer.responses { record in
            converted.append(record.incident.slug)
            return renderer.incident(record)
        }
        #expect(converted.count == 3)
        #expect(Set(converted).count == converted.count)
        #expect(responses.map(\.path) == [
            "api/v2/summary.json", "api/v2/status.json", "api/v2/components.json", "api/v2/incidents.json",
            "api/v2/incidents/unresolved.json", "api/v2/scheduled-maintenances.json",
            "api/v2/scheduled-maintenances/upcoming.json", "api/v2/scheduled-maintenances/active.json",
        ])
    }

    @Test func statusAndPageAreWhatStatuspageWrites() async throws {
        let (_, json) = try await build()
        let status = try json("status")
        #expect(status["status"] as? [String: String] == ["indicator": "critical", "description": "Major System Outage"])
        let page = try #require(status["page"] as? [String: String])
        #expect(page == [
            "id": "status.test", "name": "API Test", "url": "https://status.test", "time_zone": "Europe/Berlin",
            "updated_at": "2025-03-10T12:00:00.000+01:00",
        ])
    }

    @Test func componentsListEachGroupBeforeItsMembers() async throws {
        let (_, json) = try await build()
        let components = try #require(try json("components")["components"] as? [[String: Any]])
        #expect(components.map { $0["id"] as? String } == ["group-core", "api", "web", "email"])
        #expect(components.map { $0["status"] as? String } == [
            "major_outage", "major_outage", "operational", "under_maintenance",
        ])
        #expect(components.map { $0["position"] as? Int } == [1, 2, 3, 4])
        #expect(components[0]["components"] as? [String] == ["api", "web"])
        #expect(components[1]["group_id"] as? String == "group-core")
        #expect(components[3]["group_id"] is NSNull)
        #expect(components[1]["updated_at"] as? String == "2025-03-10T11:05:00.000+01:00")
    }

    @Test func anUpdateWithoutAStatusKeepsThePreviousOneAndUpdatesAreNewestFirst() async throws {
        let (_, json) = try await build()
        let unresolved = try #require(try json("incidents/unresolved")["incidents"] as? [[String: Any]])
        #expect(unresolved.count == 1)
        let incident = unresolved[0]
        #expect(incident["id"] as? String == "2025-03-10-outage")
        #expect(incident["status"] as? String == "investigating")
        #expect(incident["impact"] as? String == "critical")
        #expect(incident["resolved_at"] is NSNull)
        #expect(incident["monitoring_at"] is NSNull)
        #expect(incident["shortlink"] as? String == "https://status.test/incidents/2025-03-10-outage/")
        let updates = try #require(incident["incident_updates"] as? [[String: Any]])
        #expect(updates.map { $0["id"] as? String } == ["2025-03-10-outage-2", "2025-03-10-outage-1"])
        #expect(updates.map { $0["status"] as? String } == ["investigating", "investigating"])
        #expect(updates.map { $0["body"] as? String } == ["Still looking.", "We are looking."])
        #expect(updates[0]["affected_components"] is NSNull)
        #expect(
            updates[1]["affected_components"] as? [[String: String]] == [
                ["code": "api", "name": "API", "old_status": "operational", "new_status": "major_outage"]
            ])
        #expect(try json("summary")["incidents"] as? [[String: Any]] != nil)
    }

    @Test func maintenanceIsSortedIntoActiveAndUpcoming() async throws {
        let (_, json) = try await build()
        func ids(_ name: String) throws -> [String?] {
            try #require(try json(name)["scheduled_maintenances"] as? [[String: Any]]).map { $0["id"] as? String }
        }
        #expect(try ids("scheduled-maintenances/active") == ["2025-03-10-window"])
        #expect(try ids("scheduled-maintenances/upcoming") == ["2025-03-20-later"])
        #expect(try ids("scheduled-maintenances") == ["2025-03-20-later", "2025-03-10-window"])
        #expect(try ids("summary") == ["2025-03-10-window", "2025-03-20-later"])
        let active = try #require(try json("scheduled-maintenances/active")["scheduled_maintenances"] as? [[String: Any]])[0]
        #expect(active["status"] as? String == "in_progress")
        #expect(active["impact"] as? String == "maintenance")
        #expect(active["scheduled_for"] as? String == "2025-03-10T12:00:00.000+01:00")
        #expect(active["scheduled_until"] as? String == "2025-03-10T14:00:00.000+01:00")
        let incidents = try #require(try json("incidents")["incidents"] as? [[String: Any]])
        #expect(incidents.map { $0["id"] as? String } == ["2025-03-10-outage"])
        #expect(incidents[0]["scheduled_for"] == nil)
    }
}
