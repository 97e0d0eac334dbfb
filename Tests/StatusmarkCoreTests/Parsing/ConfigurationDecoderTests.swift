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

    /// A key that is a list, a mapping or an alias is refused before Yams composes the YAML, whose duplicate
    /// check over such keys is exponential; flow collections as values are fine.
    @Test(arguments: [
        ("title: t\n? [a, b]\n: c\n", 2, 3),
        ("title: t\n{a: b}: c\n", 2, 1),
        ("title: t\nx: &k k\ncomponents:\n  - name: API\n    *k : v\n", 5, 5),
        ("title: t\ncomponents:\n  - ? - a\n    : b\n", 3, 7),
    ])
    func aKeyThatIsNotTextIsASyntaxErrorAtItsPlace(text: String, line: Int, column: Int) {
        let (configuration, diagnostics) = decode(text)
        #expect(configuration == nil)
        #expect(diagnostics.map(\.code) == [.configYAMLSyntax])
        #expect(diagnostics.first?.message == "this key is a list, a mapping or an alias; keys must be plain words")
        #expect(diagnostics.first?.location?.line == line)
        #expect(diagnostics.first?.location?.column == column)
        #expect(YAMLKeyScanner.firstNonScalarKey(in: "title: \"a? b\"\ncomponents: [API, {name: Web}]\n") == nil)
    }

    /// YAML counts NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line breaks, the file's lines do not: the
    /// diagnostics must name the file's line.
    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func yamlOnlyLineBreaksDoNotMoveTheLineADiagnosticNames(separator: String) {
        let (_, diagnostics) = decode("title: a\(separator)b\nbase_urll: x\n")
        #expect(diagnostics.map(\.code) == [.configUnknownKey])
        #expect(diagnostics.first?.location?.line == 2)
        #expect(diagnostics.first?.location?.column == 1)
        let (configuration, _) = decode("title: a\(separator)b\n")
        #expect(configuration?.title == "a b")
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

    /// `groups:` describes the groups components name, and a component's `link` is an http(s) address, which may
    /// have a query; a group no component names, one described twice, and a link that is not a URL are errors at
    /// their lines.
    @Test func readsGroupsAndLinksAndReportsTheirMistakes() throws {
        let good = decode("""
            title: t
            components:
              - name: API
                group: Core
                link: https://developer.example.com/api?tab=status
              - name: Web
                group: Edge
            groups:
              - name: Core
                description: What customers use.
                collapsed: true
            """)
        #expect(good.diagnostics == [])
        let configuration = try #require(good.configuration)
        #expect(configuration.groups == [ComponentGroup(name: "Core", description: "What customers use.", isCollapsed: true)])
        #expect(configuration.component(id: "api")?.link == "https://developer.example.com/api?tab=status")
        #expect(configuration.group(named: "Edge") == nil)

        let bad = decode("""
            title: t
            components:
              - name: API
                group: Core
                link: developer.example.com
            groups:
              - name: Cor
              - name: Core
                collapsed: sometimes
              - name: Core
              - Core
            """)
        #expect(bad.configuration == nil)
        #expect(bad.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" } == [
            "5:11 the link of component 'API' cannot be used: it is not an absolute http or https URL",
            "7:11 no component is in group 'Cor'",
            "9:16 'collapsed' must be true or false; found 'sometimes'",
            "10:5 group 'Core' is described twice",
            "11:5 a group must be a mapping with 'name'",
        ])
        #expect(bad.diagnostics[1].notes.map(\.message) == ["did you mean 'Core'?", "groups the components name: Core"])
    }
}
