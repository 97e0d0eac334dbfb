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
}
