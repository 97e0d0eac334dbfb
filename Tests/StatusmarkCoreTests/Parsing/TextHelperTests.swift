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
}
