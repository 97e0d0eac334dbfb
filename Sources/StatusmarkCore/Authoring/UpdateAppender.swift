import Foundation

/// Adds an update to an incident file's text without touching a byte a person wrote: the new section is inserted
/// at one place, in the file's own order and line endings, and everything before and after it stays as it was.
///
/// - Oldest first: at the end, or just before a postmortem that follows the last update.
/// - Newest first: just before the newest update's heading.
///
/// The result is parsed again, and refused unless its updates are exactly the old ones plus the new one. This
/// catches, for example, a time-only heading below the insertion point that would take its date from the new
/// heading and silently move to another day.
public struct UpdateAppender: Sendable {
    public let configuration: SiteConfiguration

    public init(configuration: SiteConfiguration) {
        self.configuration = configuration
    }

    /// Why an update cannot be added.
    public enum Refusal: Error, Sendable, Equatable {
        /// The file does not parse as it is; fix these first.
        case invalidFile([Diagnostic])
        /// The new text would not parse, or would change what the existing updates say.
        case wouldChangeFile(String)
    }

    /// The file's text with the update added.
    public func append(_ update: IncidentDraft.Update, to file: SourceFile) -> Result<String, Refusal> {
        let parser = IncidentParser(configuration: configuration)
        let before = parser.parse(file)
        guard let incident = before.incident else { return .failure(.invalidFile(before.diagnostics)) }
        let lineEnding = file.text.contains("\r\n") ? "\r\n" : "\n"
        let section = IncidentDraft.section(update, lineEnding: lineEnding)
        let text: String
        if let line = insertionLine(incident), let offset = Self.offset(ofLine: line, in: file.text) {
            var bytes = Array(file.text.utf8)
            bytes.insert(contentsOf: Array(section.utf8), at: offset)
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            // At the end, after a blank line, whatever the file ends with.
            var ending = ""
            if !file.text.isEmpty && !file.text.hasSuffix("\n") { ending += lineEnding }
            if !file.text.hasSuffix(lineEnding + lineEnding) { ending += lineEnding }
            text = file.text + ending + String(section.dropLast(lineEnding.count))
        }
        let after = parser.parse(SourceFile(path: file.path, text: text))
        guard let changed = after.incident else {
            let reasons = after.diagnostics.filter { $0.severity == .error }.map(\.message)
            return .failure(.wouldChangeFile("the file would no longer parse: \(reasons.joined(separator: "; "))"))
        }
        let expected = (incident.updates + [Self.parsedForm(update, incident: incident)]).map(Self.key).sorted()
        guard changed.updates.map(Self.key).sorted() == expected, changed.postmortem?.date == incident.postmortem?.date else {
            return .failure(
                .wouldChangeFile(
                    "adding it would change the time of an existing update, whose heading takes its date from the one "
                        + "above; write that heading's date in full first"))
        }
        return .success(text)
    }
}

private extension UpdateAppender {
    /// The line to insert before, or `nil` to append at the end.
    func insertionLine(_ incident: Incident) -> Int? {
        if incident.isNewestFirst {
            return incident.updates.last?.location.line
        }
        let lastUpdateLine = incident.updates.last?.location.line ?? 0
        if let postmortemLine = incident.postmortem?.location.line, postmortemLine > lastUpdateLine {
            return postmortemLine
        }
        return nil
    }

    /// The UTF-8 offset at which a 1-based line starts.
    static func offset(ofLine line: Int, in text: String) -> Int? {
        guard line > 1 else { return 0 }
        var current = 1
        for (index, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") {
            current += 1
            if current == line { return index + 1 }
        }
        return nil
    }

    static func parsedForm(_ update: IncidentDraft.Update, incident: Incident) -> IncidentUpdate {
        IncidentUpdate(
            status: update.status, date: HeadingTimestamp.truncated(update.date), markdown: update.markdown, html: "",
            location: SourceLocation(path: incident.path))
    }

    /// What must not change about an update: its status and time.
    static func key(_ update: IncidentUpdate) -> String {
        "\(update.status.rawValue) \(Int(update.date.timeIntervalSince1970))"
    }
}
