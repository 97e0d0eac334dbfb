import StatusmarkCore
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

    /// Random texts of ASCII, accented, Greek, CJK, combining marks, digits of other scripts, emoji and
    /// punctuation, with words long and short and repeated: the byte-level splitter, its hashing and its sort by
    /// eight-byte prefixes give exactly the words of a plain reading by Unicode scalars.
    @Test func matchesAPlainReadingByScalars() {
        let pieces: [String] = [
            "a", "b", "Z", "q", "0", "7", " ", ".", "-", "_", "`", "\n", "\u{0}", "\u{7F}", "ß", "É", "ü", "\u{301}",
            "Ω", "λ", "障", "害", "٣", "😀", "—", "İ", "ǅ", "\u{10FFFF}", "abcdefgh", "abcdefghi", "abcdefgh1", "ABCDEFGH",
        ]
        var random = SeededGenerator(seed: 5)
        for _ in 0..<400 {
            let texts = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                (0..<Int.random(in: 0...60, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            }
            #expect(SearchWords.words(in: texts) == Self.plainWords(texts), "\(texts)")
        }
    }

    /// The rule read literally: runs of letters, digits and non-spacing marks, lower-cased, of two scalars or
    /// more, each once, sorted by their UTF-8 bytes.
    static func plainWords(_ texts: [String]) -> [String] {
        var words: Set<String> = []
        for text in texts {
            var word = ""
            var count = 0
            func end() {
                if count >= 2 { words.insert(word) }
                word = ""
                count = 0
            }
            for scalar in text.unicodeScalars {
                let isWordPart =
                    scalar.isASCII
                    ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                    : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark)
                if isWordPart {
                    word += String(scalar).lowercased()
                    count += 1
                } else {
                    end()
                }
            }
            end()
        }
        return words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
