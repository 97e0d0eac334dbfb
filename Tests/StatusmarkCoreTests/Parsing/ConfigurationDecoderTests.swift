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

    /// `subscribe:` names where readers can follow the page: each an http(s) address, or `mailto:` for the
    /// mailing list; the keys are fixed, and nothing is set when it is left out.
    @Test func readsSubscribeLinks() throws {
        let text = """
            title: Acme
            subscribe:
              mailing_list: mailto:status-subscribe@example.com
              slack: https://example.slack.com/archives/C0123456
              teams: https://teams.microsoft.com/l/channel/19%3Aabc?groupId=1
              chat_bot: https://t.me/acme_status_bot
            """
        let (configuration, diagnostics) = decode(text)
        #expect(diagnostics == [])
        #expect(try #require(configuration).subscribe == SubscribeLinks(
            mailingList: "mailto:status-subscribe@example.com", slack: "https://example.slack.com/archives/C0123456",
            teams: "https://teams.microsoft.com/l/channel/19%3Aabc?groupId=1", chatBot: "https://t.me/acme_status_bot"))
        #expect(try #require(decode("title: Acme\n").configuration).subscribe == SubscribeLinks())
    }

    @Test func reportsSubscribeMistakesAtTheirValues() {
        let text = """
            title: Acme
            subscribe:
              mailing_list: mailto:nobody
              slack: example.slack.com/archives/C0123456
              telegram: https://t.me/acme
              chat_bot: https://t.me/a bot
            """
        let diagnostics = decode(text).diagnostics.sorted()
        #expect(
            diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code) \($0.message)" } == [
                "3:17 config.invalid-value the 'subscribe' link 'mailing_list' cannot be used: 'nobody' is not an email address",
                "4:10 config.invalid-value the 'subscribe' link 'slack' cannot be used: it is not an absolute http or https URL",
                "5:3 config.unknown-key unknown key 'telegram' in 'subscribe'",
                "6:13 config.invalid-value the 'subscribe' link 'chat_bot' cannot be used: it has a space at character 15; write it as %20",
            ])
        #expect(diagnostics[1].notes.map(\.message) == ["write its full address, such as https://example.slack.com/archives/C0123456"])
        let (configuration, notMapping) = decode("title: Acme\nsubscribe: https://lists.example.com\n")
        #expect(configuration == nil)
        #expect(notMapping.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" } == [
            "2:12 'subscribe' must be a mapping of links such as 'slack: https://…'"
        ])
    }
}
