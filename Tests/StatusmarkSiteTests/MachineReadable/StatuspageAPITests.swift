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

    /// Each incident a file lists is encoded once, however many lists hold it.
    @Test func eachListedIncidentIsEncodedOnce() async throws {
        let (result, _) = try await build()
        let model = try #require(result.model)
        let renderer = try Self.renderer(model)
        var encoded: [String] = []
        let files = renderer.files { record in
            encoded.append(record.incident.slug)
            return JSONOutput.fragment(renderer.incident(record))
        }
        #expect(encoded.count == 3)
        #expect(Set(encoded).count == encoded.count)
        #expect(files.map(\.path) == [
            "api/v2/summary.json", "api/v2/status.json", "api/v2/components.json", "api/v2/incidents.json",
            "api/v2/incidents/unresolved.json", "api/v2/scheduled-maintenances.json",
            "api/v2/scheduled-maintenances/upcoming.json", "api/v2/scheduled-maintenances/active.json",
        ])
    }

    /// Every API file, put together from fragments, is byte for byte what the JSON encoder writes for the whole
    /// response: on this site, and on generated sites of 300 incidents in three time zones (lists at their limit of
    /// fifty, ongoing incidents, maintenance, empty lists).
    @Test(arguments: [(1, "UTC"), (5, "Europe/Berlin"), (9, "America/St_Johns")])
    func filesAreTheEncodersBytesForTheWholeResponse(seed: UInt64, zone: String) async throws {
        let (small, _) = try await build()
        let folder = try TemporaryDirectory()
        let now = instant("2025-09-19T14:00:00Z")
        for (path, text) in SampleSiteGenerator(incidents: 300, components: 7, seed: seed, now: now).files() {
            try folder.write(path, path == "statusmark.yml" ? text.replacingOccurrences(of: "time_zone: UTC", with: "time_zone: \(zone)") : text)
        }
        let generated = try await SiteBuilder(now: now).build(root: folder.url)
        for result in [small, generated] {
            let model = try #require(result.model)
            let renderer = try Self.renderer(model)
            let files = renderer.files { JSONOutput.fragment(renderer.incident($0)) }
            let expected = Self.wholeResponses(renderer, model)
            #expect(files.map(\.path) == expected.map(\.path))
            for (file, (path, response)) in zip(files, expected) {
                #expect(String(decoding: file.bytes, as: UTF8.self) == JSONOutput.encode(response), "\(path)")
            }
        }
        #expect(generated.model.map { Self.selection($0).latestIncidents.count } == StatuspageAPIRenderer.listLimit)
    }

    static func selection(_ model: StatusModel) -> StatuspageSelection {
        StatuspageSelection(model: model)
    }

    static func renderer(_ model: StatusModel) throws -> StatuspageAPIRenderer {
        let baseURL = try #require(model.configuration.baseURL)
        let links = try #require(SiteLinks(baseURL: baseURL))
        return StatuspageAPIRenderer(model: model, links: links, selection: selection(model))
    }

    /// Each file's response as docs/machine-readable.md describes it, made whole.
    static func wholeResponses(_ api: StatuspageAPIRenderer, _ model: StatusModel) -> [(path: String, response: StatuspageResponse)] {
        let selection = selection(model)
        func incidents(_ indices: [Int]) -> [StatuspageIncident] { indices.map { api.incident(model.records[$0]) } }
        let page = api.page
        let status = api.status()
        let unresolved = incidents(selection.unresolved)
        let active = incidents(selection.active)
        let upcoming = incidents(selection.upcoming)
        return [
            ("api/v2/summary.json", StatuspageResponse(
                page: page, status: status, components: api.components, incidents: unresolved,
                scheduledMaintenances: active + upcoming)),
            ("api/v2/status.json", StatuspageResponse(page: page, status: status)),
            ("api/v2/components.json", StatuspageResponse(page: page, components: api.components)),
            ("api/v2/incidents.json", StatuspageResponse(page: page, incidents: incidents(selection.latestIncidents))),
            ("api/v2/incidents/unresolved.json", StatuspageResponse(page: page, incidents: unresolved)),
            ("api/v2/scheduled-maintenances.json",
             StatuspageResponse(page: page, scheduledMaintenances: incidents(selection.latestMaintenance))),
            ("api/v2/scheduled-maintenances/upcoming.json", StatuspageResponse(page: page, scheduledMaintenances: upcoming)),
            ("api/v2/scheduled-maintenances/active.json", StatuspageResponse(page: page, scheduledMaintenances: active)),
        ]
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
