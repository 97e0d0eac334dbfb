import Foundation
import StatusmarkCore
@testable import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// The shipped translations, and the small fixture site written in German, Japanese and Hebrew: its home page
/// and an incident's page against goldens, which a reader of the language reviews.
/// `STATUSMARK_RECORD=1 swift test --filter LanguageTests` records them.
@Suite struct LanguageTests {
    static let shipped = ["de", "en", "es", "fr", "he", "it", "ja", "nl", "pl", "pt-BR", "zh-Hans"]
    static let expected = RepositoryPaths.fixtures.appendingPathComponent("site/languages")

    @Test func theBuiltInThemeShipsElevenLanguages() {
        #expect(Theme.builtIn.translationSources.tags == Self.shipped)
    }

    /// Every shipped file gives every English key, with no unknown key, no placeholder English does not fill and
    /// every plural form of its language where English has forms.
    @Test(arguments: shipped)
    func aShippedTranslationIsCompleteAndClean(tag: String) throws {
        let sources = Theme.builtIn.translationSources
        let english = try #require(Theme.builtInEnglish.messages.isEmpty ? nil : Theme.builtInEnglish)
        let file = try #require(sources.builtIn[tag])
        let decoded = TranslationDecoder(reference: english).decode(tag: tag, files: [file], reportsMissing: true)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.message))")
        let translation = try #require(decoded.translation)
        #expect(Set(translation.messages.keys) == Set(english.messages.keys))
        for (key, message) in translation.messages {
            guard case .plural(let forms) = message else { continue }
            for category in translation.pluralRule.categories where category != .other {
                #expect(forms[category] != nil || forms[.other] != nil, "\(tag) \(key) \(category)")
            }
        }
    }

    @Test(arguments: [("de", "incidents/2025-03-03-api-errors"), ("ja", "incidents/2025-03-03-api-errors"), ("he", "incidents/2025-02-20-web-maintenance")])
    func theSmallSiteInALanguageMatchesItsGoldens(tag: String, incident: String) async throws {
        let site = try TemporaryDirectory()
        try site.copyContents(of: RepositoryPaths.fixtures.appendingPathComponent("site/small-site"))
        let configuration = site.url.appendingPathComponent("statusmark.yml")
        try (String(contentsOf: configuration, encoding: .utf8) + "language: \(tag)\n").write(
            to: configuration, atomically: true, encoding: .utf8)
        let result = try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url)
        #expect(result.diagnostics.isEmpty)
        for path in ["index.html", "\(incident)/index.html"] {
            let file = try #require(result.files.first { $0.path == path })
            Golden.assert(
                String(decoding: file.bytes, as: UTF8.self),
                matches: Self.expected.appendingPathComponent(tag).appendingPathComponent(path))
        }
        if tag == "de" {
            // The feeds', the calendar's and the API's human texts are German too; the API's keys stay Statuspage's.
            func text(_ path: String) throws -> String {
                String(decoding: try #require(result.files.first { $0.path == path }).bytes, as: UTF8.self)
            }
            #expect(try text("history.atom").contains("Schweregrad: Schwer."))
            #expect(try text("maintenance.ics").contains("X-WR-CALNAME:Acme Status: Wartung"))
            let status = try JSONSerialization.jsonObject(with: Data(try text("api/v2/status.json").utf8)) as? [String: Any]
            #expect((status?["status"] as? [String: Any])?["description"] as? String == "Teilausfall")
            #expect((status?["status"] as? [String: Any])?["indicator"] as? String == "major")
        }
        let home = try #require(result.files.first { $0.path == "index.html" }).bytes
        let text = String(decoding: home, as: UTF8.self)
        #expect(text.contains("<html lang=\"\(tag)\" dir=\"\(tag == "he" ? "rtl" : "ltr")\""))
    }

    @Test func germanTimesDurationsAndPercentagesFollowTheLanguage() throws {
        let sources = Theme.builtIn.translationSources
        let german = try #require(
            sources.resolve(Located("de", at: SourceLocation(path: "statusmark.yml", line: 1, column: 1))).translation)
        let formatting = DisplayFormatting(zone: .fixed(offsetSeconds: 7_200), translation: german)
        // 2025-09-18 09:00 UTC.
        #expect(formatting.time(Date(timeIntervalSince1970: 1_758_186_000)).text == "18. Sept. 2025, 11:00 UTC+2")
        #expect(formatting.duration(3_900) == "1 Std. 5 Min.")
        #expect(formatting.percent("99.95") == "99,95 %")
        #expect(german.text("home.recent", count: 1) == "Letzter Tag")
        #expect(german.text("home.recent", count: 14) == "Letzte 14 Tage")
    }

    @Test func aRegionalTagFallsBackToItsLanguage() throws {
        let sources = Theme.builtIn.translationSources
        let resolved = sources.resolve(Located("de-AT", at: SourceLocation(path: "statusmark.yml", line: 1, column: 1)))
        #expect(resolved.diagnostics.isEmpty)
        #expect(resolved.translation?.tag == "de")
    }
}
