import Foundation

/// Reads one incident file into an ``Incident``, collecting every problem it finds rather than stopping at the
/// first.
///
/// The body is parsed once by libcmark; each level-2 heading starts an update (`## Identified — 07:58`), and the
/// `## Postmortem` section's `### Timeline` list becomes timeline events.
public struct IncidentParser: Sendable {
    public let configuration: SiteConfiguration

    public init(configuration: SiteConfiguration) {
        self.configuration = configuration
    }

    /// Parses a file. The incident is `nil` when the file has any error.
    public func parse(_ file: SourceFile) -> (incident: Incident?, diagnostics: [Diagnostic]) {
        let split: FrontMatterSplitter.Split
        switch FrontMatterSplitter().split(file) {
        case .success(let value): split = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var diagnostics: [Diagnostic] = []
        let matter = FrontMatterDecoder(configuration: configuration)
            .decode(split, path: file.path, diagnostics: &diagnostics)
        let frontMatterIsClean = !diagnostics.hasErrors
        let lines = Self.lines(of: file.text)
        let document = MarkdownDocument(
            split.body, firstLine: split.bodyStartLine, unsafeHTML: configuration.unsafeHTML)
        let fence = SourceLocation(path: file.path, line: split.bodyStartLine - 1, column: 1, length: 3)
        var parser = TimestampParser(defaultZone: configuration.timeZone)
        parser.numericDateOrder = configuration.incidentVocabulary.numericDateOrder
        if let day = Self.exampleDay(path: file.path, started: matter?.started, zone: configuration.timeZone) {
            parser.exampleDay = day
        }
        let context = BodyContext(
            path: file.path, lines: lines, hasCarriageReturns: Self.containsCarriageReturn(file.text), document: document,
            kind: matter?.isKindUnreadable == true ? nil : matter?.kind, started: matter?.started, parser: parser,
            vocabulary: configuration.incidentVocabulary)
        let sections = context.readSections(diagnostics: &diagnostics)
        diagnostics += context.lookalikeWarnings()

        let chronology = ChronologyValidator(outOfOrderCode: .updateOutOfOrder, noun: "update")
            .validate(sections.map(\.entry))
        diagnostics += chronology.diagnostics

        var updates: [IncidentUpdate] = []
        var postmortem: Postmortem?
        for section in sections {
            let markdown = context.markdown(of: section).removingControlCharacters()
            let html = document.renderHTML(section.blocks).removingControlCharacters()
            guard section.status == .postmortem else {
                updates.append(
                    IncidentUpdate(
                        status: section.status, date: section.entry.date, markdown: markdown, html: html,
                        location: section.entry.location))
                continue
            }
            if let first = postmortem {
                diagnostics.append(
                    .error(
                        .postmortemDuplicate, "the incident has a second postmortem",
                        at: section.entry.location,
                        notes: [
                            Diagnostic.Note("the first postmortem", at: first.location),
                            Diagnostic.Note("merge them into one section, or use '## Update' for later news"),
                        ]))
                continue
            }
            // Rendered above before the timeline is read: reading it edits the list items' text in the AST.
            let around = context.timelineList(in: section.blocks).map { list in
                (
                    before: document.renderHTML(section.blocks.lowerBound..<list).removingControlCharacters(),
                    after: document.renderHTML((list + 1)..<section.blocks.upperBound).removingControlCharacters()
                )
            }
            let timeline = context.readTimeline(in: section.blocks, diagnostics: &diagnostics)
            postmortem = Postmortem(
                date: section.entry.date, markdown: markdown, html: html, timeline: timeline,
                aroundTimeline: timeline.isEmpty ? nil : around, location: section.entry.location)
        }
        if chronology.isNewestFirst { updates.reverse() }

        guard let matter, let title = matter.title else { return (nil, diagnostics) }
        // A file whose update headings are all broken has updates; their own errors say what is wrong.
        let hasUpdateHeadings = document.blocks.contains { $0.kind == .heading(level: 2) }
        // The kind's own rules only once the front matter read clean, so one mistake gives one error.
        if frontMatterIsClean {
            checkKind(
                matter, hasUpdates: hasUpdateHeadings, fence: fence, example: parser.exampleDay, diagnostics: &diagnostics)
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }

        let summaryEnd = sections.first?.headingIndex ?? document.blocks.count
        let incident = Incident(
            slug: Incident.slug(forPath: file.path), path: file.path, kind: matter.kind, title: title,
            impacts: matter.impacts, affectedPercent: matter.affectedPercent, declaredSeverity: matter.severity,
            started: matter.started, ended: matter.ended, scheduledStart: matter.scheduledStart,
            scheduledEnd: matter.scheduledEnd, until: matter.until, isPinned: matter.isPinned,
            aliases: matter.aliases,
            summaryMarkdown: context.markdown(lines: split.bodyStartLine..<context.firstLine(ofBlock: summaryEnd))
                .removingControlCharacters(),
            summaryHTML: document.renderHTML(0..<summaryEnd).removingControlCharacters(),
            updates: updates, postmortem: postmortem, isNewestFirst: chronology.isNewestFirst,
            fieldLocations: matter.fieldLocations)
        return (incident, diagnostics)
    }

    /// The day an example in a message should use: `started`'s, else the day the file name starts with.
    static func exampleDay(path: String, started: Date?, zone: ZoneReference) -> CivilDate? {
        if let started { return zone.civilDate(at: Int(started.timeIntervalSince1970.rounded(.down))) }
        return Incident.fileNameDate(forPath: path).flatMap { $0.isValid ? $0 : nil }
    }

    /// The lines of a text that holds no `\r`, found with `memchr`.
    private static func lines(endingInLineFeeds text: String) -> [Substring] {
        var scratch = text
        return scratch.withUTF8 { bytes -> [Substring] in
            guard let base = bytes.baseAddress else { return [] }
            let utf8 = text.utf8
            var lines: [Substring] = []
            var lineStart = utf8.startIndex
            var offset = 0
            while offset < bytes.count {
                var end = bytes.count
                if let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                    end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                }
                let lineEnd = utf8.index(lineStart, offsetBy: end - offset)
                lines.append(text[lineStart..<lineEnd])
                guard end < bytes.count else { break }
                lineStart = utf8.index(after: lineEnd)
                offset = end + 1
            }
            return lines
        }
    }

    /// Whether a text holds a `\r` anywhere.
    static func containsCarriageReturn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0D, bytes.count) != nil
        }
    }

    /// The lines of a text, without their endings.
    static func lines(of text: String) -> [Substring] {
        // Nearly every file ends its lines in `\n` alone; the others are read as the front matter is.
        if !containsCarriageReturn(text) { return lines(endingInLineFeeds: text) }
        var cursor = LineCursor(Substring(text))
        var lines: [Substring] = []
        while let line = cursor.next() { lines.append(line.text) }
        return lines
    }
}

private extension IncidentParser {
    /// Checks the keys that belong to one kind of file only.
    /// - Parameter example: The day examples in messages use.
    func checkKind(
        _ matter: IncidentFrontMatter, hasUpdates: Bool, fence: SourceLocation, example: CivilDate,
        diagnostics: inout [Diagnostic]
    ) {
        if matter.kind != .notice {
            for key in ["until", "pinned"] {
                guard let at = matter.fieldLocations[key] else { continue }
                diagnostics.append(
                    .error(
                        .frontMatterKindMismatch, "'\(key)' belongs to notices, but this file is \(matter.kind.noun)",
                        at: at, notes: [Diagnostic.Note("add 'kind: notice', or remove '\(key)'")]))
            }
        }
        switch matter.kind {
        case .notice:
            if !hasUpdates {
                diagnostics.append(
                    .error(
                        .incidentNoUpdates, "the notice has no updates",
                        at: fence,
                        notes: [Diagnostic.Note("add one after the front matter, such as '## Update — \(example) 07:58 UTC'")]))
            }
            for key in ["components", "severity", "affected", "started", "ended", "scheduled_start", "scheduled_end"] {
                guard let at = matter.fieldLocations[key] else { continue }
                diagnostics.append(
                    .error(
                        .frontMatterKindMismatch,
                        "'\(key)' does not apply to a notice: a notice changes no component and has no impact window",
                        at: at,
                        notes: [
                            Diagnostic.Note("remove '\(key)', or make the file an incident or a maintenance"),
                            Diagnostic.Note("'until' sets when the notice leaves the home page"),
                        ]))
            }
        case .incident:
            if !hasUpdates {
                diagnostics.append(
                    .error(
                        .incidentNoUpdates, "the incident has no updates",
                        at: fence,
                        notes: [Diagnostic.Note("add one after the front matter, such as '## Investigating — \(example) 07:58 UTC'")]))
            }
            for key in ["scheduled_start", "scheduled_end"] {
                guard let at = matter.fieldLocations[key] else { continue }
                diagnostics.append(
                    .error(
                        .frontMatterKindMismatch, "'\(key)' belongs to planned maintenance, but this file is an incident",
                        at: at, notes: [Diagnostic.Note("add 'kind: maintenance', or remove '\(key)'")]))
            }
        case .maintenance:
            for key in ["severity", "affected"] {
                guard let at = matter.fieldLocations[key] else { continue }
                diagnostics.append(
                    .error(
                        .frontMatterKindMismatch, "'\(key)' applies to incidents, not to planned maintenance",
                        at: at, notes: [Diagnostic.Note("remove '\(key)', or make the file an incident")]))
            }
            let missing = ["scheduled_start", "scheduled_end"].filter { matter.fieldLocations[$0] == nil }
            if !missing.isEmpty {
                diagnostics.append(
                    .error(
                        .maintenanceMissingSchedule,
                        "planned maintenance needs \(missing.map { "'\($0)'" }.joined(separator: " and "))",
                        at: fence,
                        notes: [Diagnostic.Note("add 'scheduled_start: 2025-09-23 02:00 UTC' and 'scheduled_end: 2025-09-23 04:00 UTC'")]))
            }
            if let start = matter.scheduledStart, let end = matter.scheduledEnd, end <= start,
                let at = matter.fieldLocations["scheduled_end"]
            {
                diagnostics.append(
                    .error(
                        .maintenanceScheduleOrder, "'scheduled_end' is not after 'scheduled_start'", at: at,
                        notes: [Diagnostic.Note("scheduled_start", at: matter.fieldLocations["scheduled_start"])]))
            }
        }
    }
}
