import Foundation
import Testing
@testable import StatusmarkCore

/// The small text helpers that replaced Foundation calls on hot paths must give Foundation's answers.
@Suite struct TextHelperTests {
    @Test(arguments: [
        "", "   ", "text", "  text  ", "\n\tline one\nline two\r\n", "\u{00A0}non-breaking\u{3000}", "\u{2028}a b\u{2029}",
        "\u{200B}zero width space\u{200B}", "\u{FEFF}byte order mark\u{180E}", "é\u{301} ", " \u{85}next line\u{85}",
    ])
    func trimmingWhitespaceMatchesFoundation(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A slice is trimmed within its own bounds, a combining mark after a space stays, and text past the slice is
    /// not copied.
    @Test func trimmingASliceKeepsOnlyItsOwnText() {
        let line = "x \u{301}é ünï\u{200B} y"
        let slice = line.dropFirst(1).dropLast(1)
        #expect(slice.trimmingWhitespace() == "\u{301}é ünï")
        #expect(slice.trimmingWhitespace().unicodeScalars.count == 6)
    }

    @Test(arguments: [
        ("2025-07-16-db-outage", "2025-07-16-db-outage"), ("a--b", "a-b"), ("-leading", "leading"), ("trailing-", "trailing"),
        ("Mixed Case", "mixed-case"), ("café-ünïcode", "cafe-unicode"), ("", ""), ("---", ""), ("a_b.c", "a-b-c"),
    ])
    func slugsComeOutTheSameWithOrWithoutTheShortcut(text: String, slug: String) {
        #expect(Slug.make(from: text) == slug)
    }

    /// A file's slug: an ASCII path is cut by its bytes, any other by its characters, and both give the name
    /// without its folders and `.md`, as a slug.
    @Test(arguments: [
        ("incidents/2025-07-16-db-outage.md", "2025-07-16-db-outage"), ("incidents/2025/x/Payment API.md", "payment-api"),
        ("a.md", "a"), (".md", ""), ("md", "md"), ("incidents/notes.markdown", "notes-markdown"), ("incidents/", ""),
        ("incidents/a.md.md", "a-md"), ("incidents/Störung.md", "storung"), ("incidents/café/b.md", "b"),
        // A combining mark after the slash joins it into another character, which does not cut the path.
        ("x/\u{301}b.md", "x-b"),
    ])
    func slugsOfPaths(path: String, slug: String) {
        #expect(Incident.slug(forPath: path) == slug)
    }

    /// Random ASCII paths: the cut by bytes gives what the cut by characters gives.
    @Test func asciiPathsAreCutAsCharactersCutThem() {
        let pieces = ["a", "Z", "0", "/", ".", "md", ".md", "-", " ", "_", "\r\n", "\\"]
        var random = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let path = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
            let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : String(name)
            #expect(Incident.slug(forPath: path) == Slug.make(from: stem), "\(path)")
        }
    }

    /// Status words: the byte-by-byte way for ASCII gives what the `Character` way gives, and the `Character`
    /// way still takes the rest.
    @Test(arguments: [
        ("In-Progress", "in progress"), ("  RESOLVED \t", "resolved"), ("in__progress", "in progress"), ("", ""),
        ("-_-", ""), ("Post\r\nMortem", "post mortem"), ("Vérifying", "vérifying"), ("IN\u{00A0}PROGRESS", "in progress"),
        ("Ｍonitoring", "ｍonitoring"),
    ])
    func normalizedWordsMatchTheCharacterWay(text: String, words: String) {
        #expect(text.normalizedWords() == words)
        #expect(text.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0.isWhitespace }).joined(separator: " ") == words)
    }

    @Test func scalarPropertiesMatchTheTablesForASCIIAndBeyond() {
        let scalars = (0..<0x3100).compactMap(Unicode.Scalar.init)
        #expect(scalars.filter(\.hasWhiteSpaceProperty) == scalars.filter(\.properties.isWhitespace))
        #expect(scalars.filter(\.hasAlphabeticProperty) == scalars.filter(\.properties.isAlphabetic))
    }

    /// Random texts of line ends of every kind, blank lines and non-ASCII: the byte scan splits them where the
    /// line cursor does.
    @Test func linesAreSplitWhereTheLineCursorSplitsThem() {
        var random = SeededGenerator(seed: 11)
        let pieces = ["a", "é", "\n", "\r", "\r\n", " ", "—", "\u{1F600}", "\n\n", "bc"]
        for _ in 0..<500 {
            let mixed = (0..<Int.random(in: 0..<30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            // With a carriage return anywhere, and with none (the other way of splitting).
            for text in [mixed, mixed.replacingOccurrences(of: "\r", with: "")] {
                var cursor = LineCursor(Substring(text))
                var expected: [String] = []
                while let line = cursor.next() { expected.append(String(line.text)) }
                #expect(IncidentParser.lines(of: text).map(String.init) == expected, "\(text.debugDescription)")
            }
        }
    }

    /// Random texts with control characters and non-characters anywhere, inside or across the eight-byte words
    /// the scan skips: what is removed is exactly what the scalar rule removes.
    @Test func controlCharactersAreRemovedWhereverTheyAre() {
        var random = SeededGenerator(seed: 12)
        let pieces: [String] = ["abcdefgh", "x", "\u{0}", "\u{1B}", "\t", "\n", "\u{7F}", "\u{85}", "\u{9F}", "é",
            "—", "~", " "] + [0xFDD0, 0xFFFE, 0x1FFFF, 0x10FFFE].map { String(Character(Unicode.Scalar($0)!)) }
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0..<24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isRemovedControlCharacter }))
            #expect(text.removingControlCharacters() == expected, "\(text.debugDescription)")
        }
    }

    /// The quick test before a line is read as `Status — time` never turns away a line that reads as one.
    @Test func aLineThatBeginsWithAStatusMayBeginWithOne() {
        for status in UpdateStatus.allCases {
            for word in [status.title, status.title.uppercased(), status.title.replacingOccurrences(of: " ", with: "-")] {
                #expect(UpdateStatus(word: word) == status)
                for text in ["\(word) — 11:00 UTC", "  \(word): 11:00", "\(word) (11:00)", word] {
                    #expect(UpdateStatus.mayBegin(text), "\(text)")
                }
            }
        }
        for text in ["12:30 UTC — Mitigated", "Customers saw errors", "", "- Resolved", "Resolve — 11:00", "Investigatingly"] {
            #expect(!UpdateStatus.mayBegin(text), "\(text)")
        }
        // Other letters and marks are left to the full reading.
        #expect(UpdateStatus.mayBegin("Ｍonitoring — 11:00"))
        #expect(UpdateStatus.mayBegin("— Resolved"))
    }

    /// A file name's date is its first ten characters as `YYYY-MM-DD`, and nothing else.
    @Test(arguments: [
        ("incidents/2025-07-16-api.md", "2025-07-16"), ("2025-07-16.md", "2025-07-16"), ("a/b/2024-02-30x.md", "2024-02-30"),
        ("incidents/2025/2025-13-01-x.md", "2025-13-01"), ("incidents/2025-07-1-x.md", nil), ("incidents/api.md", nil),
        ("incidents/2025--07-16-x.md", nil), ("incidents/-2025-07-16.md", nil), ("incidents/+025-07-16.md", nil),
        ("incidents/2025-07-16", "2025-07-16"), ("incidents/2025-07", nil), ("2025-07-16/api.md", nil), ("", nil),
        ("incidents/２０２５-07-16.md", nil),
    ] as [(String, String?)])
    func aFileNameDateIsTheFirstTenCharacters(path: String, date: String?) {
        #expect(Incident.fileNameDate(forPath: path)?.description == date)
    }

    /// A file is taken as text when the standard library's UTF-8 check accepts it; the validator that points at
    /// the bad byte agrees on which byte strings those are: overlong forms, surrogates, values past U+10FFFF and
    /// cut-off sequences included.
    @Test func theStandardLibraryAndTheValidatorAgreeOnUTF8() {
        var random = SeededGenerator(seed: 13)
        let pieces: [[UInt8]] = [[0x61], [0x0A], [0xC3, 0xA9], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC0, 0xAF],
            [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xE2, 0x80], [0xEF, 0xBF, 0xBE]]
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0..<12, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! }
            #expect((String(validating: bytes, as: UTF8.self) == nil) == (UTF8Validator.firstInvalidByte(in: bytes) != nil), "\(bytes)")
        }
    }
}
