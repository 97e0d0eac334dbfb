import Foundation

/// Adds an update to an incident file's text without touching a byte a person wrote: the new section is inserted
/// at one place, in the file's own order and line endings, and everything before and after it stays as it was.
///
/// - Oldest first: at the end, or just before a postmortem that follows the last update when the update is not
///   later than the postmortem.
/// - Newest first: just before the newest update's heading, or before a postmortem above it when the update is
///   not earlier than the postmortem.
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
        let lineEnding = Self.firstLineEnding(in: file.text) ?? "\n"
        let section = Array(IncidentDraft.section(update, lineEnding: lineEnding).utf8)
        var bytes = Array(file.text.utf8)
        if let line = insertionLine(incident, date: update.date), let offset = Self.offset(ofLine: line, in: file.text) {
            bytes.insert(contentsOf: section, at: offset)
        } else {
            // At the end, after a blank line, whatever the file ends with.
            let ending = Array(lineEnding.utf8)
            if !bytes.isEmpty && !Self.endsWithLineEnding(bytes[...]) { bytes += ending }
            if !Self.endsWithBlankLine(bytes) { bytes += ending }
            bytes += section.dropLast(ending.count)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let after = parser.parse(SourceFile(path: file.path, text: text))
        guard let changed = after.incident else {
            let reasons = after.diagnostics.filter { $0.severity == .error }.map(\.message)
            return .failure(.wouldChangeFile("the file would no longer parse: \(reasons.joined(separator: "; "))"))
        }
        let expected = (incident.updates + [Self.parsedForm(update, incident: incident)]).map(Self.key).sorted()
        if changed.updates.count != incident.updates.count + 1 || (changed.postmortem == nil) != (incident.postmortem == nil) {
            return .failure(
                .wouldChangeFile(
                    "the text would not stay one update: the file would have \(changed.updates.count.counted("update")) "
                        + "\(changed.postmortem == nil ? "and no postmortem" : "and a postmortem") instead of "
                        + "\((incident.updates.count + 1).counted("update"))"))
        }
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
    /// The line to insert before, or `nil` to append at the end. In an oldest-first file whose postmortem follows
    /// the last update, an update up to the postmortem's time goes before it; a later one (a note after the
    /// postmortem was published) goes after it, at the end, so every heading stays in time order and a postmortem
    /// heading without a date keeps taking its date from the update it was written under.
    func insertionLine(_ incident: Incident, date: Date) -> Int? {
        if incident.isNewestFirst {
            // Above the newest update, or above a postmortem that heads the file: the headings below a postmortem
            // take their dates from `started`, not from the new heading.
            let newestLine = incident.updates.last?.location.line
            if let postmortem = incident.postmortem, let line = postmortem.location.line, let newest = newestLine,
                line < newest, HeadingTimestamp.truncated(date) >= postmortem.date
            {
                return line
            }
            return newestLine
        }
        let lastUpdateLine = incident.updates.last?.location.line ?? 0
        if let postmortem = incident.postmortem, let line = postmortem.location.line, line > lastUpdateLine,
            HeadingTimestamp.truncated(date) <= postmortem.date
        {
            return line
        }
        return nil
    }

    /// The UTF-8 offset at which a 1-based line starts, with lines ended as the parser ends them.
    static func offset(ofLine line: Int, in text: String) -> Int? {
        var cursor = LineCursor(Substring(text))
        while let next = cursor.next() {
            if next.number == line { return text.utf8.distance(from: text.startIndex, to: next.start) }
        }
        return nil
    }

    /// The file's first line ending, `\r\n`, `\r` or `\n`, which new lines take; `nil` for a one-line file.
    static func firstLineEnding(in text: String) -> String? {
        let bytes = text.utf8
        guard let end = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
        if bytes[end] == 0x0A { return "\n" }
        let next = bytes.index(after: end)
        return next < bytes.endIndex && bytes[next] == 0x0A ? "\r\n" : "\r"
    }

    static func endsWithLineEnding(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.last == 0x0A || bytes.last == 0x0D
    }

    /// Whether the last line is empty: the bytes end with two line endings of any kind.
    static func endsWithBlankLine(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        switch rest.last {
        case 0x0A:
            rest.removeLast()
            if rest.last == 0x0D { rest.removeLast() }
        case 0x0D: rest.removeLast()
        default: return false
        }
        return rest.isEmpty || endsWithLineEnding(rest)
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
