import Foundation
import StatusmarkCore
import StatusmarkTestSupport
import Testing
@testable import StatusmarkNotify

/// Every channel's whole payload for one update, against the files in Tests/Fixtures/notify/ (record with
/// STATUSMARK_RECORD=1), in English and in German.
@Suite struct PayloadGoldenTests {
    static let channels = """
        notify:
          channels:
            - type: slack
              url_env: S
            - type: mattermost
              url_env: M
            - type: teams
              url_env: T
            - type: discord
              url_env: D
            - type: webhook
              url_env: W
            - name: subscribers
              type: email
              smtp: smtp.acme.example
              from: Acme Status <status@acme.example>
              list: status@lists.acme.example
              unsubscribe: mailto:status-leave@lists.acme.example

        """

    static let incident = apiIncident("""

        ## Identified — 2025-09-19 12:30 UTC
        A bad deploy removed a route. We are rolling back:

        - the API first, *then* the Dashboard;
        - see [the runbook](https://acme.example/runbook) & <https://acme.example/status>.

        Nobody needs to do anything <!channel> @everyone.
        """)

    @Test(arguments: ["en", "de"])
    func everyChannelsPayload(language: String) async throws {
        var configuration = NotifyTestSite.configuration + Self.channels
        if language != "en" { configuration += "language: \(language)\n" }
        let site = try await NotifyTestSite.build(
            ["incidents/2025-09-19-api.md": Self.incident], configuration: configuration)
        let live = LiveSnapshot(
            incidents: [LiveSnapshot.Record(id: "2025-09-19-api", start: instant("2025-09-19T11:52:00Z"), updateTimes: [instant("2025-09-19T11:52:00Z")], hasPostmortem: false)],
            maintenance: [])
        let plan = AnnouncementPlanner(now: site.model.now, maxAge: 86_400).plan(site.model.records, live: live)
        let builder = DeliveryBuilder(
            model: site.model, links: site.links, environment: [:], root: site.folder.url, userAgent: "Statusmark/test")
        let (deliveries, _) = builder.deliveries(for: plan, channels: site.model.configuration.notify.channels)
        #expect(deliveries.map { $0.payloads.map(\.key) } == Array(repeating: ["2025-09-19-api-2"], count: 6))
        var text = ""
        for delivery in deliveries {
            text += "== \(delivery.type)\n" + (delivery.payloads.first?.payload.text ?? "") + "\n"
        }
        Golden.assert(text, matches: RepositoryPaths.fixtures.appendingPathComponent("notify/payloads-\(language).txt"))
    }

    @Test func filtersByKindAndComponent() async throws {
        let configuration = NotifyTestSite.configuration + """
            notify:
              channels:
                - name: api-incidents
                  type: slack
                  url_env: S
                  components: [api]
                  kinds: [incidents]
                - name: dashboard
                  type: slack
                  url_env: S
                  components: [dashboard]
                - name: maintenance
                  type: slack
                  url_env: S
                  kinds: [maintenance]

            """
        let site = try await NotifyTestSite.build(
            ["incidents/2025-09-19-api.md": apiIncident("\n## Resolved — 2025-09-19 13:00 UTC\nFixed.\n\n## Postmortem — 2025-09-19 13:40 UTC\nWhy.\n")],
            configuration: configuration)
        let plan = AnnouncementPlanner(now: site.model.now, maxAge: 86_400)
            .plan(site.model.records, live: LiveSnapshot(incidents: [], maintenance: []))
        let (deliveries, _) = DeliveryBuilder(
            model: site.model, links: site.links, environment: ["S": "https://hooks.example/x"], root: site.folder.url,
            userAgent: "t"
        ).deliveries(for: plan, channels: site.model.configuration.notify.channels)
        #expect(deliveries.map { $0.payloads.map(\.key) } == [["2025-09-19-api-1", "2025-09-19-api-2"], [], []])
    }

    /// A channel whose variable is unset or not a URL cannot be reached, and says which variable, never its value.
    @Test func transportsComeFromTheEnvironment() async throws {
        let site = try await NotifyTestSite.build(
            ["incidents/2025-09-19-api.md": apiIncident()], configuration: NotifyTestSite.configuration + Self.channels)
        let builder = DeliveryBuilder(
            model: site.model, links: site.links, environment: ["S": "https://hooks.slack.com/services/x", "M": "ftp://x", "T": ""],
            root: site.folder.url, userAgent: "t")
        let (deliveries, secrets) = builder.deliveries(for: AnnouncementPlan(), channels: site.model.configuration.notify.channels)
        let outcomes = deliveries.map { delivery -> String in
            switch delivery.transport {
            case .success(let transport): "\(type(of: transport))"
            case .failure(let failure): failure.reason
            }
        }
        #expect(outcomes == [
            "WebhookTransport", "M does not hold an http or https address", "the environment variable T is not set",
            "the environment variable D is not set", "the environment variable W is not set", "SMTPTransport",
        ])
        #expect(secrets == ["https://hooks.slack.com/services/x", "ftp://x"])
    }
}
