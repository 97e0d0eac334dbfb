import Foundation

/// What reading one incident body needs at hand: its lines, its Markdown AST and the timestamp parser, with the
/// steps that turn headings into updates and timeline lists into events.
struct BodyContext {
    /// An update section: a level-2 heading and the blocks under it.
    struct Section {
        var status: UpdateStatus
        var entry: ChronologyValidator.Entry
        /// The heading's index among the document's blocks.
        var headingIndex: Int
        /// The blocks under the heading.
        var blocks: Range<Int>
    }

    let path: String
    let lines: [Substring]
    /// Whether any line ends in `\r\n` or `\r`, so that the lines must be joined to copy a range of them.
    let hasCarriageReturns: Bool
    let document: MarkdownDocument
    /// The file's kind, or `nil` when the front matter could not be read (then statuses of both kinds pass).
    let kind: IncidentKind?
    let started: Date?
    let parser: TimestampParser
    /// The status words of the site's language, besides the English ones.
    let vocabulary: IncidentVocabulary

    /// Reads every level-2 heading as an update heading, reporting those that are not.
    func readSections(diagnostics: inout [Diagnostic]) -> [Section] {
        let blocks = document.blocks
        let headings = blocks.indices.filter { blocks[$0].kind == .heading(level: 2) }
        var sections: [Section] = []
        var previousDate: Date?
        var passedPostmortem = false
        for (position, index) in headings.enumerated() {
            let block = blocks[index]
            let end = position + 1 < headings.count ? headings[position + 1] : blocks.count
            let column = contentColumn(ofLine: block.startLine, skippingListMarker: false)
            let text = block.plainText
            let split = SeparatedText.parenthesized(text) ?? SeparatedText.first(text, allowingColon: false)
            let word = split?.head ?? text.trimmingWhitespace()
            let wordOffset = split?.headOffset ?? 0
            let wordLocation = SourceLocation(
                path: path, line: block.startLine, column: column + wordOffset, length: word.unicodeScalars.count)
            // The time is read even when the status is wrong, so the headings after it can still take its date
            // and one typo does not turn into a cascade of errors.
            var parsed: (timestamp: ParsedTimestamp, location: SourceLocation)?
            var timeError: Diagnostic?
            let named = vocabulary.status(word)
            if let split {
                let whenLocation = SourceLocation(
                    path: path, line: block.startLine, column: column + split.tailOffset,
                    length: split.tail.unicodeScalars.count)
                // A postmortem is usually written days later, so its date is not passed on: in a newest-first
                // file the update below it takes the date of `started` instead. Nor does a newer note above it
                // (a newest-first file's latest news sits above its postmortem) pass its date across it.
                let isPostmortem = named == .postmortem
                switch parser.parse(split.tail, dateFrom: previousDate ?? (passedPostmortem ? started : nil)) {
                case .success(let value):
                    parsed = (value, whenLocation)
                    if !isPostmortem {
                        previousDate = value.date
                    } else if let above = previousDate, value.date < above {
                        previousDate = nil
                    }
                case .failure(let error):
                    timeError = timestampDiagnostic(error, at: whenLocation)
                }
            }
            if named == .postmortem { passedPostmortem = true }
            // With neither a status nor a time, the heading is most likely not meant as an update: one error.
            guard let status = named else {
                diagnostics.append(unknownStatus(word, hasTime: split != nil, at: wordLocation))
                continue
            }
            if let kind, !UpdateStatus.statuses(for: kind).contains(status) {
                let valid = vocabulary.statusList(UpdateStatus.statuses(for: kind))
                diagnostics.append(
                    .error(
                        .updateWrongKind,
                        "'\(status.title)' is a status of \(status.kind == .maintenance ? "planned maintenance" : "incidents"), "
                            + "but this file is \(kind.noun)",
                        at: wordLocation, notes: [Diagnostic.Note("statuses here: \(valid)")]))
                continue
            }
            guard let split else {
                diagnostics.append(
                    .error(
                        .updateMissingTime, "the '\(status.title)' update has no time", at: wordLocation,
                        notes: [Diagnostic.Note("write the time after a dash: '## \(status.title) — \(parser.exampleDay) 07:58 UTC'")]))
                continue
            }
            guard let parsed else {
                if let timeError { diagnostics.append(timeError) }
                continue
            }
            let entry = ChronologyValidator.Entry(
                date: parsed.timestamp.date, hasDate: parsed.timestamp.hasDate, day: parsed.timestamp.day,
                progress: status.progress, label: split.tail, location: parsed.location)
            sections.append(Section(status: status, entry: entry, headingIndex: index, blocks: (index + 1)..<end))
        }
        return sections
    }

    /// The Markdown under a section's heading, as written.
    func markdown(of section: Section) -> String {
        guard !section.blocks.isEmpty else { return "" }
        return markdown(lines: firstLine(ofBlock: section.blocks.lowerBound)..<firstLine(ofBlock: section.blocks.upperBound))
    }

    /// The text of a range of file lines, without blank lines at either end, its lines ending in `\n`.
    func markdown(lines range: Range<Int>) -> String {
        var lower = max(0, range.lowerBound - 1)
        // Clamped so that a block's lines, as libcmark counts them, can never make an inverted range.
        var upper = max(lower, min(lines.count, range.upperBound - 1))
        while lower < upper, lines[lower].allSatisfy(\.isWhitespace) { lower += 1 }
        while upper > lower, lines[upper - 1].allSatisfy(\.isWhitespace) { upper -= 1 }
        guard lower < upper else { return "" }
        // The lines are slices of the file's text. Without a `\r`, they are joined in the file exactly as they
        // would be here, so the text is copied whole instead of line by line.
        let first = lines[lower]
        if !hasCarriageReturns { return String(first.base[first.startIndex..<lines[upper - 1].endIndex]) }
        return lines[lower..<upper].joined(separator: "\n")
    }

    /// The file line a block starts on, or the line after the file for the end.
    func firstLine(ofBlock index: Int) -> Int {
        index < document.blocks.count ? document.blocks[index].startLine : lines.count + 1
    }

    /// The column where a heading's or list item's text starts on its line.
    func contentColumn(ofLine number: Int, skippingListMarker: Bool) -> Int {
        guard number >= 1, number <= lines.count else { return 1 }
        // Only ASCII is skipped, so the bytes passed are as many as the scalars.
        let utf8 = lines[number - 1].utf8
        var position = utf8.startIndex
        var skipped = 0
        func next() -> UInt8? { position < utf8.endIndex ? utf8[position] : nil }
        func skip() {
            position = utf8.index(after: position)
            skipped += 1
        }
        func skipSpaces() { while let byte = next(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { skip() } }
        skipSpaces()
        if skippingListMarker {
            if let byte = next(), byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
                skip()
            } else {
                while let byte = next(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { skip() }
                if let byte = next(), byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") { skip() }
            }
        } else {
            while next() == UInt8(ascii: "#") { skip() }
        }
        skipSpaces()
        return skipped + 1
    }

    func timestampDiagnostic(_ error: TimestampError, at location: SourceLocation) -> Diagnostic {
        var notes = error.notes.map { Diagnostic.Note($0) }
        // What the site's language adds to the forms the message names.
        if error.code == .timestampInvalid, let example = vocabulary.numericDateExample(parser.exampleDay) {
            notes.append(Diagnostic.Note("in \(vocabulary.languageName), dates may also be written as \(example)"))
        }
        return .error(
            error.code, error.message, at: location.advanced(byColumns: error.offset, length: error.length),
            notes: notes)
    }
}

private extension BodyContext {
    func unknownStatus(_ word: String, hasTime: Bool, at location: SourceLocation) -> Diagnostic {
        let statuses = kind.map(UpdateStatus.statuses(for:)) ?? UpdateStatus.allCases
        let titles = vocabulary.words(for: statuses)
        let list = vocabulary.statusList(statuses)
        guard hasTime else {
            return .error(
                .updateUnknownStatus,
                "'## \(word)' is not an update heading: level-2 headings start updates, such as "
                    + "'## Identified — \(parser.exampleDay) 07:58 UTC'",
                at: location,
                notes: [
                    Diagnostic.Note("for a section inside an update or the postmortem, use '### \(word)'"),
                    Diagnostic.Note("update statuses: \(list)"),
                ])
        }
        var notes: [Diagnostic.Note] = []
        if let suggestion = SpellingCorrector.suggestion(for: word, among: titles) {
            notes.append(Diagnostic.Note("did you mean '\(suggestion)'?"))
        }
        notes.append(Diagnostic.Note("update statuses: \(list)"))
        return .error(.updateUnknownStatus, "unknown update status '\(word)'", at: location, notes: notes)
    }
}

extension UpdateStatus {
    /// How far along an incident's life the status is, for telling which way a file runs; `nil` for Update.
    var progress: Int? {
        switch self {
        case .investigating, .scheduled: 0
        case .identified, .inProgress: 1
        case .monitoring, .verifying: 2
        case .resolved, .completed: 3
        case .postmortem: 4
        case .update: nil
        }
    }
}
