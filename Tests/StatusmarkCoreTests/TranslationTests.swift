import StatusmarkCore
import Testing

@Suite struct TranslationTests {
    @Test(arguments: [
        ("en", [1: PluralCategory.one, 0: .other, 2: .other, 21: .other]),
        ("fr", [0: .one, 1: .one, 2: .other]),
        ("pt-BR", [0: .one, 1: .one, 2: .other]),
        ("pl", [1: .one, 2: .few, 4: .few, 5: .many, 12: .many, 14: .many, 22: .few, 25: .many, 112: .many, 122: .few]),
        ("ja", [1: .other, 2: .other]),
        ("he", [1: .one, 2: .two, 3: .other, 20: .other]),
        ("ar", [0: .zero, 1: .one, 2: .two, 3: .few, 10: .few, 11: .many, 99: .many, 100: .other, 103: .few]),
        ("ru", [1: .one, 21: .one, 11: .many, 2: .few, 12: .many, 5: .many]),
    ])
    func pluralFormsFollowCLDR(tag: String, expected: [Int: PluralCategory]) {
        let rule = PluralRule(language: tag)
        for (count, category) in expected {
            #expect(rule.category(count) == category, "\(tag) \(count)")
        }
    }

    @Test(arguments: [
        ("de", "de"), ("PT-br", "pt-BR"), ("zh_hans", "zh-Hans"), ("sr-latn-rs", "sr-Latn-RS"), ("es-419", "es-419"),
    ])
    func languageTagsTakeTheirUsualCase(text: String, canonical: String) {
        #expect(LanguageTag.canonical(text) == canonical)
    }

    @Test(arguments: ["", "d", "deutsch", "de-", "de--at", "1a", "de-toolongsubtag", "de AT"])
    func whatIsNotALanguageTagIsRefused(text: String) {
        #expect(LanguageTag.canonical(text) == nil)
    }

    @Test func aTextIsSplitIntoLiteralsAndPlaceholders() {
        let text = TranslationText("Past {count} days, {{literal}, {not a name}")
        #expect(text.placeholders == ["count"])
        #expect(text.filled(["count": "14"]) == "Past 14 days, {literal}, {not a name}")
        let around = TranslationText("Status as of {time}.").aroundPlaceholder
        #expect(around.before == "Status as of " && around.after == ".")
    }

    @Test func aFileIsCheckedAgainstTheEnglishOneAtItsLines() throws {
        let english = try #require(
            TranslationDecoder(reference: nil).decode(
                tag: "en",
                files: [SourceFile(path: "en.yml", text: "home:\n  active: Active\n  recent:\n    one: Past day\n    other: \"Past {count} days\"\n")],
                reportsMissing: false
            ).translation)
        let file = SourceFile(
            path: "site-template/i18n/xx.yml",
            text: "home:\n  activ: Aktiv\n  recent:\n    one: Gestern\n    other: \"Letzte {anzahl} Tage\"\n")
        let decoded = TranslationDecoder(reference: english).decode(tag: "xx", files: [file], reportsMissing: true)
        #expect(decoded.translation == nil)
        #expect(decoded.diagnostics.map(\.code) == [.translationUnknownKey, .translationInvalidValue, .translationMissingKey])
        #expect(decoded.diagnostics.map { $0.location?.line } == [2, 4, 1])
        #expect(decoded.diagnostics[0].notes.map(\.message) == ["did you mean 'home.active'?"])
    }
}
