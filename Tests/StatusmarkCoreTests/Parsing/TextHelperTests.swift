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

    @Test(arguments: [
        ("2025-07-16-db-outage", "2025-07-16-db-outage"), ("a--b", "a-b"), ("-leading", "leading"), ("trailing-", "trailing"),
        ("Mixed Case", "mixed-case"), ("café-ünïcode", "cafe-unicode"), ("", ""), ("---", ""), ("a_b.c", "a-b-c"),
    ])
    func slugsComeOutTheSameWithOrWithoutTheShortcut(text: String, slug: String) {
        #expect(Slug.make(from: text) == slug)
    }
}
