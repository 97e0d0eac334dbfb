import Foundation

/// Reads the updates of a cState issue's body. Each update ends with a `track` shortcode that gives its time,
/// `{{< track "2018-05-25 04:40:00" >}}`, and usually starts with its status in emphasis, `*Monitoring* - `.
/// A body without shortcodes is one update at the date.
struct CStateUpdateReader {
    let parser: TimestampParser

    /// What a body holds: its updates, oldest first, and the postmortem paragraphs cState puts at its top.
    struct Reading {
        var updates: [IncidentDraft.Update]
        var postmortem: String?
    }

    /// - Parameters:
    ///   - fullBody: The Markdown after the front matter.
    ///   - firstLine: The file line where the body starts, for messages.
    ///   - date: The issue's `date`, the time of a body without shortcodes.
    /// - Returns: The updates, oldest first, and the postmortem.
    func updates(in fullBody: Substring, firstLine: Int, date: Date) -> Result<Reading, ImportError> {
        let (postmortem, body) = Self.splitPostmortem(fullBody)
        var pieces: [(text: String, date: Date)] = []
        var pending = ""
        var rest = body
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let inside = rest[open.upperBound..<close.lowerBound]
            guard let time = Self.trackArgument(inside) else {
                pending += rest[..<close.upperBound]
                rest = rest[close.upperBound...]
                continue
            }
            pending += rest[..<open.lowerBound]
            switch parser.parse(time, allowingDateOnly: true) {
            case .success(let parsed): pieces.append((pending, parsed.date))
            case .failure(let error):
                let line = firstLine + fullBody[..<open.lowerBound].count { $0 == "\n" }
                return .failure(ImportError("line \(line): the track time '\(time)' cannot be read: \(error.message)"))
            }
            pending = ""
            rest = rest[close.upperBound...]
        }
        pending += rest
        if pieces.isEmpty {
            pieces = [(pending, date)]
        } else if !pending.trimmingWhitespace().isEmpty {
            // Text after the last shortcode belongs to no update; keep it with the one above it.
            pieces[pieces.count - 1].text += "\n\n" + pending
        }
        // cState lists updates newest first; put them oldest first, keeping the order of equal times.
        if pieces.count > 1, pieces[0].date > pieces[pieces.count - 1].date { pieces.reverse() }
        let ordered = pieces.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var updates: [IncidentDraft.Update] = []
        for piece in ordered {
            // A piece can hold several labelled updates when only the last has a `track` stamp; they share it.
            // cState lists them newest first, so the piece's paragraphs are read bottom up.
            for part in Self.labelledParts(Self.withoutSeparators(piece.text)).reversed() {
                let (status, text) = Self.splitStatus(part)
                updates.append(
                    IncidentDraft.Update(
                        status: status ?? (updates.isEmpty ? .investigating : .update), date: piece.date,
                        markdown: MarkdownSectionDemoter.demote(text)))
            }
        }
        return .success(Reading(updates: updates, postmortem: postmortem.map(MarkdownSectionDemoter.demote)))
    }

    /// The postmortem at the top of a body (`*Post-mortem* - …`, `**Postmortem**`, or a paragraph starting with
    /// `Postmortem`), up to the first separator line (`---`) or the first labelled update, and the rest.
    static func splitPostmortem(_ body: Substring) -> (postmortem: String?, rest: Substring) {
        let text = body.drop { $0.isWhitespace }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isPostmortemLabel(first) else { return (nil, body) }
        var end = 1
        while end < lines.count,
            !(lines[end - 1].trimmingWhitespace().isEmpty && (isSeparator(lines[end]) || startsWithStatusLabel(lines[end])))
        {
            end += 1
        }
        // The label itself (in emphasis or not), and the dash after it, are not the postmortem's text.
        let labelled = lines[..<end].joined(separator: "\n").drop { "*_# ".contains($0) }
        let word = labelled.lowercased().hasPrefix("post-mortem") ? "post-mortem".count : "postmortem".count
        let postmortem = labelled.dropFirst(word).drop { "*_ \t-–—:".contains($0) }.trimmingWhitespace()
        let restStart = end < lines.count ? lines[end].startIndex : text.endIndex
        return (postmortem.isEmpty ? nil : postmortem, body[restStart...])
    }

    /// Whether a line starts with the word Postmortem or Post-mortem, after any emphasis or heading marks.
    static func isPostmortemLabel(_ line: Substring) -> Bool {
        let word = line.drop { "*_# ".contains($0) }.lowercased()
        return word.hasPrefix("post-mortem") || word.hasPrefix("postmortem")
    }

    /// A thematic break on a line of its own: `---`, `***`, `___`, spaced or not. (Under a line of text, `---`
    /// is a heading's underline instead; callers look at the line above.)
    static func isSeparator(_ line: Substring) -> Bool {
        let marks = line.filter { !$0.isWhitespace }
        guard marks.count >= 3, let mark = marks.first, "-*_".contains(mark) else { return false }
        return marks.allSatisfy { $0 == mark }
    }

    static func startsWithStatusLabel(_ line: Substring) -> Bool {
        splitStatus(line.trimmingWhitespace()).0 != nil
    }

    /// The text without the separator lines between cState's updates: a thematic break after a blank line.
    static func withoutSeparators(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.filter { index in
            !(isSeparator(lines[index]) && (index == 0 || lines[index - 1].trimmingWhitespace().isEmpty))
        }.map { lines[$0] }.joined(separator: "\n").trimmingWhitespace()
    }

    /// The text cut before each paragraph that starts with a status label (`*Monitoring* - …`).
    static func labelledParts(_ text: String) -> [String] {
        var parts: [[Substring]] = [[]]
        var previousBlank = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if previousBlank, startsWithStatusLabel(line), !(parts.last ?? []).allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
                parts.append([])
            }
            parts[parts.count - 1].append(line)
            previousBlank = line.trimmingWhitespace().isEmpty
        }
        // A piece with no text is still an update: its stamp is kept.
        let texts = parts.map { $0.joined(separator: "\n").trimmingWhitespace() }.filter { !$0.isEmpty }
        return texts.isEmpty ? [""] : texts
    }

    /// `< track "2018-05-25 04:40:00" >` (or with `%`) → the time; anything else → nil.
    static func trackArgument(_ inside: Substring) -> String? {
        var text = inside.trimmingWhitespace()[...]
        guard let first = text.first, let last = text.last, "<%".contains(first), ">%".contains(last), text.count >= 2 else {
            return nil
        }
        text = text.dropFirst().dropLast().trimmingWhitespace()[...]
        guard text.hasPrefix("track"), text.dropFirst(5).first?.isWhitespace == true else { return nil }
        let argument = text.dropFirst(5).trimmingWhitespace()
        return argument.count >= 2 && argument.first == "\"" && argument.last == "\""
            ? String(argument.dropFirst().dropLast()) : argument
    }

    /// `*Monitoring* - text` → (.monitoring, "text"). A label that is not an incident status stays in the text.
    static func splitStatus(_ text: String) -> (UpdateStatus?, String) {
        let stars = text.prefix { $0 == "*" || $0 == "_" }
        guard (1...2).contains(stars.count), let marker = stars.first,
            stars.allSatisfy({ $0 == marker })
        else { return (nil, text) }
        let afterOpen = text.dropFirst(stars.count)
        guard let close = afterOpen.range(of: String(stars)) else { return (nil, text) }
        let label = afterOpen[..<close.lowerBound]
        guard let status = UpdateStatus(word: label.trimmingWhitespace()), status.kind == .incident, status != .postmortem
        else { return (nil, text) }
        var rest = afterOpen[close.upperBound...].drop { $0 == " " || $0 == "\t" }
        if let dash = rest.first, "-–—:".contains(dash) { rest = rest.dropFirst() }
        return (status, rest.trimmingWhitespace())
    }
}
