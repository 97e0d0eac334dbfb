import Foundation
import StatusmarkTestSupport
import Testing

/// `statusmark import statuspage`: the sample site's own API output, imported into an empty folder and built
/// again, carries the same incidents, statuses, times and update texts.
@Suite struct ImportCommandTests {
    static let now = "2025-09-19T14:00:00Z"

    /// The fields a Statuspage client reads from each incident and maintenance, keyed by name.
    func incidents(_ site: URL) throws -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for file in ["incidents", "scheduled-maintenances"] {
            let data = try Data(contentsOf: site.appendingPathComponent("public/api/v2/\(file).json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let list = try #require((json["incidents"] ?? json["scheduled_maintenances"]) as? [[String: Any]])
            for incident in list {
                var fields: [String: String] = [:]
                for key in ["status", "impact", "created_at", "started_at", "resolved_at", "monitoring_at", "scheduled_for", "scheduled_until"] {
                    fields[key] = incident[key].map { "\($0)" }
                }
                let updates = try #require(incident["incident_updates"] as? [[String: Any]])
                fields["updates"] = updates.map { "\($0["status"] ?? "") \($0["created_at"] ?? "") \($0["body"] ?? "")" }
                    .joined(separator: "\n---\n")
                fields["postmortem_body"] = (incident["postmortem_body"] as? String) ?? "none"
                result[try #require(incident["name"] as? String)] = fields
            }
        }
        return result
    }

    /// summary.json's page indicator and each component's status, by name.
    func summary(_ site: URL) throws -> Summary {
        let data = try Data(contentsOf: site.appendingPathComponent("public/api/v2/summary.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let status = try #require(json["status"] as? [String: Any])
        let components = try #require(json["components"] as? [[String: Any]])
        var statuses: [String: String] = [:]
        for component in components { statuses["\(component["name"] ?? "")"] = "\(component["status"] ?? "")" }
        return Summary(indicator: "\(status["indicator"] ?? "")", description: "\(status["description"] ?? "")", components: statuses)
    }

    struct Summary: Equatable {
        var indicator: String
        var description: String
        var components: [String: String]
    }

    @Test func theSampleSitesAPIRoundTrips() async throws {
        let original = try TemporaryDirectory()
        for name in ["statusmark.yml", "incidents"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(name), to: original.url.appendingPathComponent(name))
        }
        #expect(try await CommandRunner().run(["build", "--site", original.url.path, "--now", Self.now]).exitCode == 0)
        let imported = try TemporaryDirectory()
        let outcome = try await CommandRunner().run([
            "import", "statuspage", original.url.appendingPathComponent("public/api/v2").path, "--site", imported.url.path,
            "--now", Self.now,
        ])
        #expect(outcome.exitCode == 0, "\(outcome.error)")
        #expect(outcome.out == "import: statusmark.yml written with 10 components\nimport: 7 files written, 0 skipped\ncheck: 7 incident files, no errors\n")
        #expect(try await CommandRunner().run(["build", "--site", imported.url.path, "--now", Self.now]).exitCode == 0)
        // The page as a Statuspage client reads it: the same indicator and the same status for each component.
        #expect(try summary(imported.url) == (try summary(original.url)))
        #expect(try summary(original.url).indicator != "none")
        let before = try incidents(original.url)
        let after = try incidents(imported.url)
        #expect(before.count == 7)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (name, fields) in before {
            #expect(after[name] == fields, "\(name)")
        }
        let again = try await CommandRunner().run([
            "import", "statuspage", original.url.appendingPathComponent("public/api/v2").path, "--site", imported.url.path,
            "--now", Self.now,
        ])
        #expect(again.out == "import: 0 files written, 7 skipped\ncheck: 7 incident files, no errors\n")
        #expect(again.error.hasPrefix("import: skipped incidents/2023-11-26-valid-payments-declined-by-the-payments-api.md: exists (pass --force to replace it)\n"))
    }

    /// An older Statuspage payload (`Tests/Fixtures/import/statuspage-older/incidents.json`): no incident-level
    /// `components`, only the updates' `affected_components`; a postmortem posted as an update; `<br>`s; a page in
    /// New York whose incident began at 23:10 local time, the next day in UTC.
    @Test func anOlderPayloadKeepsItsComponentsLevelsPostmortemAndLocalDay() async throws {
        let fixture = RepositoryPaths.fixtures.appendingPathComponent("import/statuspage-older")
        let site = try TemporaryDirectory()
        let outcome = try await CommandRunner().run([
            "import", "statuspage", fixture.appendingPathComponent("incidents.json").path, "--site", site.url.path,
            "--now", "2025-03-06T12:00:00Z",
        ])
        #expect(outcome.error == "")
        #expect(outcome.out == "import: statusmark.yml written with 2 components\nimport: 1 file written, 0 skipped\ncheck: 1 incident file, no errors\n")
        let configuration = try String(contentsOf: site.url.appendingPathComponent("statusmark.yml"), encoding: .utf8)
        #expect(configuration.hasSuffix("""
            time_zone: "America/New_York"
            components:
              - name: "Dashboard"
                id: dashboard
              - name: "Public API"
                id: public-api

            """))
        let file = try String(contentsOf: site.url.appendingPathComponent("incidents/2025-03-03-dashboard-slow-to-load.md"), encoding: .utf8)
        #expect(file == """
            ---
            title: "Dashboard slow to load"
            components:
              dashboard: partial outage
              public-api: degraded performance
            severity: major
            started: 2025-03-04 04:05 UTC
            aliases:
              - "/incidents/inc2dashboard"
            ---
            ## Investigating — 2025-03-04 04:10 UTC
            Some dashboard pages take a minute to load.

            ## Identified — 2025-03-04 04:40 UTC
            A cache node serves an expired certificate.\\
            We are replacing it.

            ## Resolved — 2025-03-04 05:20 UTC
            Pages load normally again.

            ## Postmortem — 2025-03-05 15:00 UTC
            The root cause was an expired certificate on a cache node.\\
            We now renew certificates two weeks ahead.


            """)
        #expect(try await CommandRunner().run(["build", "--site", site.url.path, "--now", "2025-03-06T12:00:00Z"]).exitCode == 0)
        let incidents = try Data(contentsOf: site.url.appendingPathComponent("public/api/v2/incidents.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: incidents) as? [String: Any])
        let first = try #require((json["incidents"] as? [[String: Any]])?.first)
        #expect(first["status"] as? String == "postmortem")
    }

    /// An ongoing incident on mixed levels: each component keeps the level its latest update gave, one back to
    /// operational is left out, the impact stays the severity, and the warning that leaves is shown.
    @Test func anOngoingIncidentKeepsEachComponentsLatestLevelAndShowsTheWarningLeft() async throws {
        let folder = try TemporaryDirectory()
        let export = try folder.write("summary.json", """
            {"page": {"name": "Mixed", "url": "https://status.mixed.test", "time_zone": "Etc/UTC"},
             "status": {"indicator": "minor", "description": "Minor Service Outage"},
             "components": [{"id": "c1", "name": "Search", "group": false}, {"id": "c2", "name": "Uploads", "group": false}],
             "incidents": [{"id": "a", "name": "Slow search", "status": "monitoring", "impact": "minor",
               "components": [{"id": "c1", "name": "Search"}, {"id": "c2", "name": "Uploads"}],
               "incident_updates": [
                 {"status": "monitoring", "body": "Uploads recovered.", "created_at": "2025-01-02T11:00:00Z",
                  "affected_components": [{"code": "c2", "name": "Uploads", "old_status": "partial_outage", "new_status": "operational"}]},
                 {"status": "investigating", "body": "Looking.", "created_at": "2025-01-02T10:00:00Z",
                  "affected_components": [{"code": "c1", "name": "Search", "old_status": "operational", "new_status": "partial_outage"},
                                          {"code": "c2", "name": "Uploads", "old_status": "operational", "new_status": "partial_outage"}]}]}]}
            """)
        let site = try TemporaryDirectory()
        let outcome = try await CommandRunner().run(["import", "statuspage", export.path, "--site", site.url.path, "--now", "2025-01-02T12:00:00Z"])
        #expect(outcome.exitCode == 0)
        let file = try String(contentsOf: site.url.appendingPathComponent("incidents/2025-01-02-slow-search.md"), encoding: .utf8)
        #expect(file.hasPrefix("---\ntitle: \"Slow search\"\ncomponents:\n  search: partial outage\nseverity: minor\naliases:\n  - \"/incidents/a\"\n---\n"))
        #expect(outcome.error.contains("warning: 'severity: minor' is below the computed severity, major [incident.severity-below-computed]"))
        #expect(outcome.error.hasSuffix(
            "import: note: 1 incident keeps the source's impact as 'severity', below what the rules compute from its "
                + "components and duration, so it shows what the source showed; remove 'severity' from a file to show the "
                + "computed one instead\n"))
        #expect(outcome.out.hasSuffix(
            "check: 1 incident file, no errors, 1 warning (shown above; 'check --strict' fails on them)\n"))
        // Rebuilt, each component has the status Statuspage gave it: Search in partial outage, Uploads fine.
        let build = try await CommandRunner().run(["build", "--site", site.url.path, "--now", "2025-01-02T12:00:00Z"])
        #expect(build.exitCode == 0)
        // The page indicator is the source's too: the ongoing incident's impact, minor, though Search is in partial
        // outage (which alone would be major). The description is the banner's: what the components show.
        #expect(
            try summary(site.url)
                == Summary(
                    indicator: "minor", description: "Partial System Outage",
                    components: ["Search": "partial_outage", "Uploads": "operational"]))
    }

    /// With components.json, each component keeps its description, group and start date.
    @Test func aComponentListingKeepsDescriptionsGroupsAndStartDates() async throws {
        let fixture = RepositoryPaths.fixtures.appendingPathComponent("import/statuspage-older")
        let site = try TemporaryDirectory()
        let outcome = try await CommandRunner().run([
            "import", "statuspage", fixture.path, "--site", site.url.path, "--now", "2025-03-06T12:00:00Z",
        ])
        #expect(outcome.exitCode == 0, "\(outcome.error)")
        let configuration = try String(contentsOf: site.url.appendingPathComponent("statusmark.yml"), encoding: .utf8)
        #expect(configuration.hasSuffix("""
            components:
              - name: "Dashboard"
                id: dashboard
                description: "The web dashboard"
                group: "Web"
                start_date: 2021-06-01
              - name: "Public API"
                id: public-api
                description: "REST API"
                start_date: 2022-01-15

            """))
    }

    /// An export with no component anywhere says so, instead of a clean report over an empty Components section.
    @Test func anExportThatNamesNoComponentSaysSo() async throws {
        let folder = try TemporaryDirectory()
        let export = try folder.write("incidents.json", """
            {"page": {"name": "Bare", "url": "https://status.bare.test", "time_zone": "Etc/UTC"},
             "incidents": [{"id": "a", "name": "Outage", "status": "resolved", "impact": "minor",
               "incident_updates": [{"status": "resolved", "body": "Fixed.", "created_at": "2025-01-02T10:00:00Z"}]}]}
            """)
        let site = try TemporaryDirectory()
        let outcome = try await CommandRunner().run(["import", "statuspage", export.path, "--site", site.url.path, "--now", "2025-03-06T12:00:00Z"])
        #expect(outcome.error.contains(
            "import: note: the export names no component, neither on its incidents nor on their updates: the incidents affect no component, and statusmark.yml lists none; add components.json or summary.json to the import\n"))
    }

    /// The cState fixture (`Tests/Fixtures/import/cstate-site`): newest-first and oldest-first bodies, a label that
    /// is not a status, a setext heading, an informational notice, a system missing from the config, a draft and an
    /// unreadable time.
    @Test func aCStateSiteImportsAndBuildsWithItsIncidentsStatusesTimesAndTexts() async throws {
        let imported = try TemporaryDirectory()
        let fixture = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/import/cstate-site")
        let outcome = try await CommandRunner().run(["import", "cstate", fixture.path, "--site", imported.url.path, "--now", Self.now])
        #expect(outcome.exitCode == 0, "\(outcome.error)")
        #expect(
            outcome.out == """
                import: statusmark.yml written with 5 components
                import: 8 files written, 2 skipped; 2 changed, 4 items not carried over (listed above)
                check: 8 incident files, no errors

                """)
        #expect(
            outcome.error == """
                import: changed incidents/2025-09-02-queue-stall.md (from content/issues/2025-09-02-queue-stall.md): its track stamps run from 2025-04-01 09:58 UTC to 2025-09-02 10:03 UTC, but date and resolvedWhen give the impact window 2025-09-02 10:00 UTC to 2025-09-02 10:03 UTC; the window is kept (started, ended), and 1 update stamped before date is dated at its start
                import: changed incidents/2025-09-10-late-notes.md (from content/issues/2025-09-10-late-notes.md): its track stamps run from 2025-09-11 09:00 UTC to 2025-09-11 09:30 UTC, but date and resolvedWhen give the impact window 2025-09-10 07:00 UTC to 2025-09-10 07:20 UTC; the window is kept (started, ended)
                import: not carried over: content/pages/: Statusmark's site has no free-form pages; copy what should stay into site-template/static/
                import: not carried over: config.yml: 'histogram: false' of system 'API': Statusmark shows every component's uptime bar
                import: not carried over: content/issues/2025-06-01-maintenance-announcement.md: 'affected' of an informational issue: a notice changes no component
                import: not carried over: content/issues/2025-08-12-login-failures.md: 'pin': only notices are pinned in Statusmark; an incident is on the home page while it is ongoing
                import: skipped content/issues/2024-11-11-draft-notice.md: it is a draft (draft: true), which cState does not publish
                import: skipped content/issues/2024-12-01-bad-track.md: line 8: the track time 'yesterday-ish' cannot be read: \
                expected a time such as 2025-07-16 07:58 UTC, found 'yesterday-ish'

                """)
        let configuration = try String(contentsOf: imported.url.appendingPathComponent("statusmark.yml"), encoding: .utf8)
        #expect(
            configuration == """
                # Imported by statusmark import. Every key is described in docs/incident-format.md.
                title: "Acme Status"
                description: "Live status of Acme's services."
                base_url: https://status.acme.example
                time_zone: "UTC"
                components:
                  - name: "Gateway"
                    id: gateway
                    group: "Edge"
                  - name: "CDN"
                    id: cdn
                    description: "Static files and images."
                    group: "Edge"
                    link: "https://cdn.acme.example/"
                  - name: "Public API"
                    id: public-api
                  - name: "Dashboard"
                    id: dashboard
                  - name: "Billing"
                    id: billing
                groups:
                  - name: "Edge"
                    description: "Traffic entry points."
                    collapsed: true

                """)
        let gateway = try String(
            contentsOf: imported.url.appendingPathComponent("incidents/2025-03-04-gateway-timeouts.md"), encoding: .utf8)
        #expect(
            gateway == """
                ---
                title: "Gateway timeouts in the US East region"
                components:
                  gateway: partial outage
                  public-api: partial outage
                ended: 2025-03-04 10:05 UTC
                aliases:
                  - "/issues/2025-03-04-gateway-timeouts/"
                ---
                ## Investigating — 2025-03-04 09:12 UTC
                Some requests through the gateway time out after 30 seconds. We are looking into it.

                ## Monitoring — 2025-03-04 09:40 UTC
                We moved traffic to the standby load balancers and are watching error rates.

                ## Resolved — 2025-03-04 10:20 UTC
                Latency is back to normal.


                """)

        #expect(try await CommandRunner().run(["build", "--site", imported.url.path, "--now", Self.now]).exitCode == 0)
        let api = try incidents(imported.url)
        // The informational issue is a notice, which Statuspage's API does not list.
        #expect(api.keys.sorted() == [
            "Background jobs stalled", "CDN: images fail to load", "Database maintenance",
            "Elevated API error rates", "Gateway timeouts in the US East region", "Logins fail for some accounts",
            "Slow dashboard",
        ])
        // The impact window is cState's `date` to `resolvedWhen`, not the stamps': three minutes, not five months,
        // and twenty minutes though the updates came the next day.
        let stalled = try String(
            contentsOf: imported.url.appendingPathComponent("incidents/2025-09-02-queue-stall.md"), encoding: .utf8)
        #expect(stalled.hasSuffix("""
              public-api: major outage
            aliases:
              - "/issues/2025-09-02-queue-stall/"
            ---
            ## Investigating — 2025-09-02 10:00 UTC
            Jobs stall in the queue.

            ## Resolved — 2025-09-02 10:03 UTC
            The queue drains normally again.


            """))
        #expect(api["Background jobs stalled"]?["started_at"] == "2025-09-02T10:00:00.000Z")
        #expect(api["Background jobs stalled"]?["resolved_at"] == "2025-09-02T10:03:00.000Z")
        let late = try String(
            contentsOf: imported.url.appendingPathComponent("incidents/2025-09-10-late-notes.md"), encoding: .utf8)
        #expect(late.contains("started: 2025-09-10 07:00 UTC\nended: 2025-09-10 07:20 UTC\naliases:\n  - \"/issues/2025-09-10-late-notes/\"\n---\n## Investigating — 2025-09-11 09:00 UTC\n"))
        let dashboard = try String(
            contentsOf: imported.url.appendingPathComponent("public/incidents/2025-09-10-late-notes/index.html"), encoding: .utf8)
        #expect(dashboard.contains("20 min"))
        // The postmortem paragraph at the top is the postmortem; the `---` lines between updates are gone, and
        // the label without a stamp of its own is read as an update.
        let logins = try String(
            contentsOf: imported.url.appendingPathComponent("incidents/2025-08-12-login-failures.md"), encoding: .utf8)
        #expect(logins.hasSuffix("""
            ## Investigating — 2025-08-12 08:05 UTC
            Some accounts cannot log in.

            ## Monitoring — 2025-08-12 08:05 UTC
            Retries now succeed for most accounts.

            ## Update — 2025-08-12 09:00 UTC
            About a third of logins still fail.

            ## Resolved — 2025-08-12 09:30 UTC
            Logins work again for every account.

            ## Postmortem — 2025-08-12 09:30 UTC
            A schema migration locked the sessions table for 80 minutes. We now run migrations in
            smaller batches, outside business hours.


            """))
        #expect(api["Logins fail for some accounts"]?["status"] == "postmortem")
        let cdn = try #require(api["CDN: images fail to load"])
        // The `## Update` is listed with the status before it, as Statuspage has no "update" status.
        #expect(cdn["status"] == "resolved")
        #expect(cdn["impact"] == "critical")
        #expect(cdn["started_at"] == "2025-05-20T14:00:00.000Z")
        #expect(cdn["resolved_at"] == "2025-05-20T14:45:00.000Z")
        #expect(
            cdn["updates"] == """
                resolved 2025-05-20T14:45:00.000Z 
                ---
                identified 2025-05-20T14:45:00.000Z A configuration push at the provider.

                ### Root cause
                A certificate rotation went to every region at once.
                ---
                investigating 2025-05-20T14:30:00.000Z *Just began* - Our provider confirmed the outage:

                - Europe: down
                - Asia: degraded

                Details on [their page](https://provider.example/status).
                ---
                investigating 2025-05-20T14:03:00.000Z Images and style sheets return **503**.
                """)
        let gatewayAPI = try #require(api["Gateway timeouts in the US East region"])
        #expect(gatewayAPI["resolved_at"] == "2025-03-04T10:20:00.000Z")
        #expect(gatewayAPI["monitoring_at"] == "2025-03-04T09:40:00.000Z")
        let ongoing = try #require(api["Elevated API error rates"])
        #expect(ongoing["status"] == "identified")
        #expect(ongoing["resolved_at"] == "<null>")
        // `informational: true` is a notice, pinned as the issue was; `severity: notice` is a maintenance.
        #expect(
            try String(
                contentsOf: imported.url.appendingPathComponent("incidents/2025-06-01-maintenance-announcement.md"),
                encoding: .utf8) == """
                ---
                title: "Dashboard upgrade on June 2"
                kind: notice
                pinned: true
                aliases:
                  - "/issues/2025-06-01-maintenance-announcement/"
                ---
                ## Update — 2025-06-01 08:00 UTC
                We will upgrade the dashboard on June 2 between 06:00 and 07:00 UTC. Nothing changes for the API.


                """)
        let home = try String(contentsOf: imported.url.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(home.contains("""
            <h2 id="notices">Notices</h2>
            <article class="card s-notice">
            <h3><a href="/incidents/2025-06-01-maintenance-announcement/">Dashboard upgrade on June 2</a></h3>
            """))
        #expect(
            try String(
                contentsOf: imported.url.appendingPathComponent("incidents/2025-09-15-database-maintenance.md"),
                encoding: .utf8) == """
                ---
                title: "Database maintenance"
                kind: maintenance
                scheduled_start: 2025-09-15 22:00 UTC
                scheduled_end: 2025-09-15 23:00 UTC
                components:
                  - public-api
                aliases:
                  - "/issues/2025-09-15-database-maintenance/"
                ---
                ## Scheduled — 2025-09-10 09:00 UTC
                *Planned* - We will upgrade the database on September 15 from 22:00 to 23:00 UTC.

                ## Completed — 2025-09-15 23:00 UTC
                The upgrade is done.


                """)
        // cState's addresses lead to the imported pages.
        let redirects = try String(contentsOf: imported.url.appendingPathComponent("public/_redirects"), encoding: .utf8)
        #expect(redirects.contains("/issues/2025-03-04-gateway-timeouts/ /incidents/2025-03-04-gateway-timeouts/ 301\n"))
        #expect(redirects.components(separatedBy: "\n").count == 9)
        #expect(FileManager.default.fileExists(
            atPath: imported.url.appendingPathComponent("public/issues/2025-05-20-cdn-outage/index.html").path))
        let calendar = try String(contentsOf: imported.url.appendingPathComponent("public/maintenance.ics"), encoding: .utf8)
        #expect(calendar.contains("SUMMARY:Database maintenance\r\n"))
        #expect(calendar.contains("DTSTART:20250915T220000Z\r\n"))
    }

    @Test func aCStateImportNeedsTheIssuesFolderAndSaysWhenTheConfigIsTOML() async throws {
        let source = try TemporaryDirectory()
        let site = try TemporaryDirectory()
        let missing = try await CommandRunner().run(["import", "cstate", source.url.path, "--site", site.url.path])
        #expect(missing.exitCode == 64)
        #expect(missing.error.contains("has no content/issues/ folder; give the folder of the cState site"))
        try FileManager.default.createDirectory(
            at: source.url.appendingPathComponent("content/issues"), withIntermediateDirectories: true)
        try "baseURL = 'https://x.example'\n".write(to: source.url.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try "---\ntitle: Slow\ndate: 2025-01-02 03:04\nresolved: true\naffected: [Web]\n---\nSlow pages.\n".write(
            to: source.url.appendingPathComponent("content/issues/slow.md"), atomically: true, encoding: .utf8)
        let outcome = try await CommandRunner().run(["import", "cstate", source.url.path, "--site", site.url.path, "--now", Self.now])
        #expect(outcome.exitCode == 0, "\(outcome.error)")
        #expect(
            outcome.error == "import: note: config.toml: TOML is not read, so components come from the issues' 'affected' lists "
                + "and title, base_url and time_zone take their defaults\n")
        #expect(
            try String(contentsOf: site.url.appendingPathComponent("incidents/2025-01-02-slow.md"), encoding: .utf8) == """
                ---
                title: "Slow"
                components:
                  web: partial outage
                aliases:
                  - "/issues/slow/"
                ---
                ## Investigating — 2025-01-02 03:04 UTC
                Slow pages.

                ## Resolved — 2025-01-02 03:04 UTC


                """)
    }
}
