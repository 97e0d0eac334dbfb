import Foundation
import Testing
@testable import StatusmarkCore

/// Where an update goes, in which line endings, and what is refused.
@Suite struct UpdateAppenderTests {
    let appender = UpdateAppender(configuration: testConfiguration())

    func append(_ text: String, _ status: UpdateStatus = .identified, at: String = "2025-07-16T10:30:00Z") -> Result<String, UpdateAppender.Refusal> {
        appender.append(
            IncidentDraft.Update(status: status, date: date(at), markdown: "Found it."),
            to: SourceFile(path: "incidents/x.md", text: text))
    }

    @Test func aCRLFFileGetsCRLFLinesAndKeepsItsBytes() throws {
        let text = "---\r\ntitle: t\r\n---\r\n## Investigating — 2025-07-16 10:00 UTC\r\nLooking."
        let result = try append(text).get()
        #expect(result == text + "\r\n\r\n## Identified — 2025-07-16 10:30 UTC\r\nFound it.\r\n")
    }

    @Test func anOldestFirstFileGetsTheUpdateBeforeItsPostmortem() throws {
        let text = """
            ---
            title: t
            ---
            ## Investigating — 2025-07-16 10:00 UTC
            Looking.

            ## Postmortem — 2025-07-18 09:00 UTC
            Why.

            """
        let result = try append(text, .update, at: "2025-07-17T09:00:00Z").get()
        #expect(result == text.replacingOccurrences(
            of: "## Postmortem", with: "## Update — 2025-07-17 09:00 UTC\nFound it.\n\n## Postmortem"))
    }

    @Test func aFileWithErrorsIsRefusedWithItsDiagnostics() throws {
        guard case .failure(.invalidFile(let diagnostics)) = append("---\ntitle: t\n---\n## Frobbed — 2025-07-16 10:00 UTC\n")
        else {
            Issue.record("expected a refusal")
            return
        }
        #expect(diagnostics.map(\.code) == [.updateUnknownStatus])
    }

    /// Every byte stays: the old file is a byte prefix of the new one (or differs only where the update goes),
    /// for a BOM, CRLF, bare CR, no final newline and mixed endings alike, and the new lines take the file's first
    /// ending.
    @Test(arguments: [
        ("\u{FEFF}", "\n", "\n"), ("", "\r\n", ""), ("\u{FEFF}", "\r\n", "\r\n"), ("", "\r", "\r"), ("", "\r", ""),
        ("", "\n", ""), ("", "\n", "\n\n\n"), ("", "\r\n", "\r\n\r\n"),
    ])
    func theOldFileIsABytePrefixOfTheNewOne(bom: String, ending: String, tail: String) throws {
        let lines = ["---", "title: t", "---", "## Investigating — 2025-07-16 10:00 UTC", "Looking."]
        let text = bom + lines.joined(separator: ending) + tail
        let result = try append(text).get()
        #expect(Array(result.utf8).starts(with: Array(text.utf8)))
        let added = String(decoding: Array(result.utf8).dropFirst(text.utf8.count), as: UTF8.self)
        let separator = tail.hasSuffix(ending + ending) || tail == ending + ending ? "" : (tail.isEmpty ? ending + ending : ending)
        #expect(added == separator + "## Identified — 2025-07-16 10:30 UTC" + ending + "Found it." + ending)
        let updates = try #require(IncidentParser(configuration: testConfiguration()).parse(SourceFile(path: "incidents/x.md", text: result)).incident?.updates)
        #expect(updates.map(\.status) == [.investigating, .identified])
        #expect(updates.map(\.markdown) == ["Looking.", "Found it."])
    }

    @Test func aMixedEndingsFileGetsItsFirstEndingAndChangesOnlyWhereTheUpdateGoes() throws {
        let text = "---\r\ntitle: t\n---\r## Investigating — 2025-07-16 10:00 UTC\nLooking.\r\n\r\n## Postmortem — 2025-07-18 09:00 UTC\rWhy.\n"
        let result = try append(text, .update, at: "2025-07-17T09:00:00Z").get()
        #expect(result == text.replacingOccurrences(
            of: "## Postmortem", with: "## Update — 2025-07-17 09:00 UTC\r\nFound it.\r\n\r\n## Postmortem"))
    }

    /// A message is one update's text, whatever it holds: headings that would start another update are escaped.
    @Test(arguments: [
        ("Done.\n\n## Resolved — 2025-07-16 11:00 UTC\nAll fine.", "Done.\n\n\\## Resolved — 2025-07-16 11:00 UTC\nAll fine."),
        ("  ## Resolved — 11:00", "\\## Resolved — 11:00"),
        ("Resolved — 11:00\n---\nMore.", "Resolved — 11:00\n\\---\nMore."),
        ("## A\n---", "\\## A\n\\---"),
        ("```\n## not a heading\n```", "```\n## not a heading\n```"),
        ("### Details\nFine.", "### Details\nFine."),
    ])
    func aMessageThatReadsAsAnotherUpdateStaysOneUpdate(message: String, escaped: String) throws {
        let text = "---\ntitle: t\n---\n## Investigating — 2025-07-16 10:00 UTC\nLooking.\n"
        let result = try appender.append(
            IncidentDraft.Update(status: .identified, date: date("2025-07-16T10:30:00Z"), markdown: message),
            to: SourceFile(path: "incidents/x.md", text: text)
        ).get()
        #expect(result == text + "\n## Identified — 2025-07-16 10:30 UTC\n" + escaped + "\n")
        let incident = try #require(parseIncident(result).incident)
        #expect(incident.updates.map(\.status) == [.investigating, .identified])
    }

    /// Messages made of lines that Markdown reads as headings, underlines, fences, quotes and lists, in random
    /// order: each one becomes exactly one update, and the file before it stays a byte prefix.
    @Test func randomMessagesAlwaysBecomeOneUpdate() throws {
        let pieces = [
            "## Resolved — 2025-07-16 11:00 UTC", "##", "# Title", "   ## Monitoring — 11:05", "---", "===", "- - -",
            "Resolved — 11:00", "", "text", "> ## quoted", "- ## listed", "```", "~~~", "    ## indented", "\\## x",
            "## Postmortem — 2025-07-18 09:00 UTC", "### Timeline", "<h2>raw</h2>", "***", "\r", "---\r\n## x",
        ]
        var generator = SplitMix64(seed: 19)
        let text = "---\ntitle: t\n---\n## Investigating — 2025-07-16 10:00 UTC\nLooking.\n"
        for _ in 0..<400 {
            let count = Int(generator.next() % 8) + 1
            let message = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: "\n")
            let update = IncidentDraft.Update(status: .identified, date: date("2025-07-16T10:30:00Z"), markdown: message)
            let result = appender.append(update, to: SourceFile(path: "incidents/x.md", text: text))
            guard case .success(let changed) = result else {
                Issue.record("refused \(message.debugDescription): \(result)")
                continue
            }
            #expect(changed.hasPrefix(text))
            let incident = parseIncident(changed).incident
            #expect(incident?.updates.map(\.status) == [.investigating, .identified], "\(message.debugDescription)")
            #expect(incident?.postmortem == nil, "\(message.debugDescription)")
        }
    }
}
