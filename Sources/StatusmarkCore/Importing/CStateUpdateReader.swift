import Foundation

/// Reads the updates of a cState issue's body. Each update ends with a `track` shortcode that gives its time,
/// `{{< track "2018-05-25 04:40:00" >}}`, and usually starts with its status in emphasis, `*Monitoring* - `.
/// A body without shortcodes is one update at the date.
struct CStateUpdateReader {
    let parser: TimestampParser

    /// - Parameters:
    ///   - body: The Markdown after the front matter.
    ///   - firstLine: The file line where the body starts, for messages.
    ///   - date: The issue's `date`, the time of a body without shortcodes.
    /// - Returns: The updates, oldest first.
    func updates(in body: Substring, firstLine: Int, date: Date) -> Result<[IncidentDraft.Update], ImportError> {
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
                let line = firstLine + body[..<open.lowerBound].count { $0 == "\n" }
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
        let updates = ordered.enumerated().map { index, piece -> IncidentDraft.Update in
            let (status, text) = Self.splitStatus(piece.text.trimmingWhitespace())
            return IncidentDraft.Update(
                status: status ?? (index == 0 ? .investigating : .update), date: piece.date,
                markdown: MarkdownSectionDemoter.demote(text))
        }
        return .success(updates)
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
