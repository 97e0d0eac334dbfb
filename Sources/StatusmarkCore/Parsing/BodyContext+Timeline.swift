import Foundation

extension BodyContext {
    /// The block of a postmortem's timeline when it is one list right under its `### Timeline` heading (and
    /// before the next heading).
    func timelineList(in range: Range<Int>) -> Int? {
        let blocks = document.blocks
        guard
            let heading = range.first(where: {
                blocks[$0].kind == .heading(level: 3) && blocks[$0].plainText.lowercased().hasPrefix("timeline")
            }), heading + 1 < range.upperBound, blocks[heading + 1].kind == .list
        else { return nil }
        let next = heading + 2
        if next < range.upperBound, case .heading = blocks[next].kind {
            return heading + 1
        }
        return next >= range.upperBound ? heading + 1 : nil
    }

    /// Reads the events of the `### Timeline` list(s) in a postmortem's blocks.
    ///
    /// Each item is `<when> <separator> <text>`; the separator may also be a colon after the time
    /// (`12:30 PM GMT: …`). A time without a date takes the date of the event before it, and the first event the
    /// date of `started:`.
    func readTimeline(in range: Range<Int>, diagnostics: inout [Diagnostic]) -> [TimelineEvent] {
        let blocks = document.blocks
        guard
            let headingIndex = range.first(where: {
                blocks[$0].kind == .heading(level: 3) && blocks[$0].plainText.lowercased().hasPrefix("timeline")
            })
        else { return [] }
        var events: [TimelineEvent] = []
        var entries: [ChronologyValidator.Entry] = []
        var index = headingIndex + 1
        while index < range.upperBound {
            if case .heading(let level) = blocks[index].kind, level <= 3 { break }
            if blocks[index].kind == .list {
                for (position, item) in document.listItems(ofBlock: index).enumerated() {
                    let previous = events.last?.date ?? started
                    guard let (event, entry) = readEvent(item, block: index, position: position, previous: previous, diagnostics: &diagnostics)
                    else { continue }
                    events.append(event)
                    entries.append(entry)
                }
            }
            index += 1
        }
        let chronology = ChronologyValidator(outOfOrderCode: .timelineOutOfOrder, noun: "timeline event")
            .validate(entries)
        diagnostics += chronology.diagnostics
        return chronology.isNewestFirst ? events.reversed() : events
    }

    private func readEvent(
        _ item: MarkdownDocument.ListItem, block: Int, position: Int, previous: Date?, diagnostics: inout [Diagnostic]
    ) -> (TimelineEvent, ChronologyValidator.Entry)? {
        let column = contentColumn(ofLine: item.startLine, skippingListMarker: true)
        let itemLocation = SourceLocation(
            path: path, line: item.startLine, column: column, length: max(1, item.plainText.unicodeScalars.count))
        var firstFailure: (TimestampError, SeparatedText)?
        var candidateCount = 0
        for candidate in SeparatedText.candidates(item.plainText, allowingColon: true) {
            candidateCount += 1
            switch parser.parse(candidate.head, dateFrom: previous) {
            case .success(let parsed):
                let milestone = candidate.tail.prefix(while: \.isLetter).lowercased()
                let html = document.renderListItem(
                    ofBlock: block, item: position, droppingPrefix: candidate.prefixCharacterCount)
                let location = itemLocation.advanced(byColumns: candidate.headOffset, length: candidate.head.unicodeScalars.count)
                let event = TimelineEvent(
                    date: parsed.date, milestone: Milestone(rawValue: milestone), text: candidate.tail.removingControlCharacters(),
                    html: html.removingControlCharacters(),
                    location: location)
                let entry = ChronologyValidator.Entry(
                    date: parsed.date, hasDate: parsed.hasDate, day: parsed.day,
                    progress: event.milestone.map { Milestone.allCases.firstIndex(of: $0) ?? 0 },
                    label: candidate.head, location: location)
                return (event, entry)
            case .failure(let error):
                if firstFailure == nil { firstFailure = (error, candidate) }
            }
        }
        if let (error, candidate) = firstFailure, error.code != .timestampInvalid || candidateCount == 1 {
            diagnostics.append(timestampDiagnostic(error, at: itemLocation.advanced(byColumns: candidate.headOffset)))
        } else {
            diagnostics.append(
                .error(
                    .timelineInvalidEvent, "this timeline entry does not start with a time", at: itemLocation,
                    notes: [
                        Diagnostic.Note("write it as '- 09:15 UTC — \(item.plainText)'"),
                        Diagnostic.Note("or move text that is not an event out of the '### Timeline' list"),
                    ]))
        }
        return nil
    }
}
