import Testing
@testable import StatusmarkSite

/// The index's words are split as the history page's script splits a query: runs of letters and digits,
/// lower-cased, two characters or more, each once, sorted.
@Suite struct SearchWordsTests {
    @Test func splitsOnEverythingButLettersAndDigitsAndLowerCases() {
        #expect(SearchWords.words(in: [
            "API: 5xx errors on `POST /v2/calls` — see [the provider](https://provider.example/status).",
            "Errors again; a I x2",
        ]) == [
            "5xx", "again", "api", "calls", "errors", "example", "https", "on", "post", "provider", "see", "status",
            "the", "v2", "x2",
        ])
    }

    @Test func keepsLettersOfEveryScriptAndTheirMarks() {
        #expect(SearchWords.words(in: ["Störung bei ÜBERWEISUNGEN", "障害 発生", "cafe\u{301} Ελλάδα", "é"]) == [
            "bei", "cafe\u{301}", "störung", "überweisungen", "ελλάδα", "発生", "障害",
        ])
        // One ideograph alone is one character, too short to index.
        #expect(!SearchWords.words(in: ["障 害"]).contains("障"))
        #expect(SearchWords.words(in: ["障害"]) == ["障害"])
    }
}
