import Foundation
import Testing
@testable import StatusmarkCore

/// A file name or a line of a file can hold any character; none may reach a terminal or a CI log raw.
@Suite struct DiagnosticEscapingTests {
    static let injected = Diagnostic.error(
        .frontMatterYAMLSyntax, "YAML syntax error: found \u{1B}[31m and \u{7}\nline two",
        at: SourceLocation(path: "incidents/x.md\n::error file=README.md,line=1::INJECTED", line: 2, column: 3),
        notes: [Diagnostic.Note("a note with \u{1B}]0;title\u{7}")])

    static func source(_ path: String) -> SourceFile? {
        SourceFile(path: path, text: "---\n\ttitle: \u{1B}[2Jx\u{202E}\n---\n")
    }

    func lines(_ output: String) -> [Substring] {
        output.split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test func textQuotesTheUnusualPathAndShowsControlCharactersAsPictures() {
        let output = DiagnosticFormatter(format: .text).render([Self.injected], source: Self.source)
        #expect(output == """
            "incidents/x.md\\n::error file=README.md,line=1::INJECTED":2:3: error: YAML syntax error: found ␛[31m and ␇␊line two [frontmatter.yaml-syntax]
                2 | \ttitle: ␛[2Jx�
                  | \t ^
               note: a note with ␛]0;title␇

            """)
        #expect(!lines(output).contains { $0.hasPrefix("::") })
        #expect(!output.unicodeScalars.contains { DisplayText.isUnsafe($0) && $0 != "\n" && $0 != "\t" })
    }

    @Test func githubAnnotationsStayOneLineEach() {
        let output = DiagnosticFormatter(format: .github).render([Self.injected], source: Self.source)
        #expect(lines(output).count == 2)
        #expect(output == "::error file=incidents/x.md%0A%3A%3Aerror file=README.md%2Cline=1%3A%3AINJECTED,line=2,col=3,"
            + "title=frontmatter.yaml-syntax::YAML syntax error: found ␛[31m and ␇%0Aline two%0Anote: a note with ␛]0;title␇\n")
    }

    @Test func jsonKeepsThePathExactAndTheMessagesVisible() throws {
        let output = DiagnosticFormatter(format: .json).render([Self.injected], source: Self.source)
        #expect(!output.unicodeScalars.contains { DisplayText.isUnsafe($0) && $0 != "\n" })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let entry = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["file"] as? String == Self.injected.location?.path)
        #expect(entry["message"] as? String == "YAML syntax error: found ␛[31m and ␇␊line two")
    }

    @Test func ordinaryPathsAndTextAreLeftAsTheyAre() {
        #expect(DisplayText.path("incidents/2025/日本語-db.md") == "incidents/2025/日本語-db.md")
        #expect(DisplayText.path("incidents/DB Outage.md") == "\"incidents/DB Outage.md\"")
        #expect(DisplayText.path("a\"b\\c\u{1B}") == "\"a\\\"b\\\\c\\u{1B}\"")
        #expect(DisplayText.visible("Café — 07:58 UTC\t") == "Café — 07:58 UTC␉")
        #expect(DisplayText.visible("a\tb", keepingTabs: true) == "a\tb")
        #expect(DisplayText.visible("\u{0}\u{7F}\u{85}\u{2028}\u{FFFE}") == "␀␡���")
    }
}
