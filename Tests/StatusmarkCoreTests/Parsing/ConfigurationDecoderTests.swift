import Foundation
import Testing
@testable import StatusmarkCore

@Suite struct ConfigurationDecoderTests {
    func decode(_ text: String) -> (configuration: SiteConfiguration?, diagnostics: [Diagnostic]) {
        ConfigurationDecoder().decode(SourceFile(path: "statusmark.yml", text: text))
    }

    @Test func minimalConfigurationGetsTheDefaults() throws {
        let (configuration, diagnostics) = decode("title: Acme Status\n")
        #expect(diagnostics == [])
        let decoded = try #require(configuration)
        #expect(decoded.title == "Acme Status")
        #expect(decoded.timeZone == .utc)
        #expect(decoded.uptimeDays == 90)
        #expect(decoded.partialOutageWeight == 0.3)
        #expect(decoded.severityRules == SeverityRules(majorAffectedPercent: 10, criticalAffectedPercent: 50, escalateAfter: 14_400))
        #expect(!decoded.unsafeHTML)
    }

    @Test func readsComponentsInBothForms() throws {
        let text = """
            title: Acme
            time_zone: Europe/Berlin
            base_url: https://status.example.com/
            components:
              - Website
              - name: Payment API (EU)
                group: Platform
                description: Cards
                start_date: 2025-01-01
              - name: Calling
                id: voice
            severity:
              affected: {major: 5%, critical: 25%}
              escalate_after: never
            uptime_days: 30
            partial_outage_weight: 1
            unsafe_html: true
            """
        let (configuration, diagnostics) = decode(text)
        #expect(diagnostics == [])
        let decoded = try #require(configuration)
        #expect(decoded.components.map(\.id) == ["website", "payment-api-eu", "voice"])
        #expect(decoded.components.map(\.group) == [nil, "Platform", nil])
        #expect(decoded.components[1].startDate.map(iso) == "2024-12-31T23:00:00Z")
        #expect(decoded.baseURL == "https://status.example.com")
        #expect(decoded.severityRules == SeverityRules(majorAffectedPercent: 5, criticalAffectedPercent: 25, escalateAfter: nil))
        #expect(decoded.uptimeDays == 30)
        #expect(decoded.partialOutageWeight == 1)
        #expect(decoded.unsafeHTML)
        #expect(decoded.component(named: "PAYMENT api (eu)")?.id == "payment-api-eu")
        #expect(decoded.component(named: "voice")?.name == "Calling")
    }

    @Test func reportsEveryBadValueAtItsLine() {
        let text = """
            base_url: status.example.com
            time_zone: Mars/Olympus
            components:
              - name: API
              - name: api
              - name: Bad
                id: Bad_Id
            uptime_days: 0
            """
        let diagnostics = decode(text).diagnostics.sorted()
        #expect(
            diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)" } == [
                "1:1 config.missing-key",
                "1:11 config.invalid-value",
                "2:12 config.invalid-value",
                "5:5 config.duplicate-component",
                "7:9 config.invalid-value",
                "8:14 config.invalid-value",
            ])
        #expect(diagnostics[2].message == "'time_zone': unknown time zone 'Mars/Olympus'")
    }
}
