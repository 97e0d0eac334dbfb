import Foundation
import Yams

/// One cState issue file, read: its front matter and the updates in its body.
struct CStateIssue {
    var title: String
    var date: Date
    var resolved: Bool
    var resolvedWhen: Date?
    /// `down`, `disrupted` or `notice`.
    var severity: String?
    var affected: [String]
    var section: String?
    var informational: Bool
    /// `pin: true`: cState keeps the issue at the top of its page.
    var pin = false
    var isDraft: Bool
    /// Oldest first.
    var updates: [IncidentDraft.Update]
    /// The postmortem paragraphs at the top of the body, as Markdown.
    var postmortem: String?
    /// Hugo's own `aliases` of the page, as written.
    var aliases: [String] = []
    /// Hugo's `slug`, which replaces the file name in the page's address.
    var slug: String?
    /// The front matter's keys that the import does not read (`pin`, `closed` …), as written.
    var uncarriedKeys: [String] = []

    /// The front matter keys an import reads; Hugo's own bookkeeping keys are not news either.
    static let readKeys: Set<String> = [
        "title", "date", "resolved", "resolvedwhen", "severity", "affected", "section", "informational", "draft",
        "lastmod", "slug", "pin", "aliases",
    ]

    static func read(_ document: CStateImporter.Document, zone: ZoneReference) -> Result<CStateIssue, ImportError> {
        let file = SourceFile(path: document.path, text: document.text)
        let split: FrontMatterSplitter.Split
        switch FrontMatterSplitter().split(file) {
        case .success(let value): split = value
        case .failure(let diagnostic): return .failure(ImportError(diagnostic.message))
        }
        let reader = YAMLDocumentReader(
            path: document.path, firstLine: split.yamlStartLine, syntaxCode: .frontMatterYAMLSyntax,
            unknownKeyCode: .frontMatterUnknownKey, invalidValueCode: .frontMatterInvalidValue)
        let root: Node?
        switch reader.compose(split.yaml) {
        case .success(let node): root = node
        case .failure(let diagnostic): return .failure(ImportError("line \(diagnostic.location?.line ?? 1): \(diagnostic.message)"))
        }
        let parser = TimestampParser(defaultZone: zone)
        func time(_ key: String) -> Result<Date?, ImportError> {
            guard let text = CStateSite.string(root, key), !text.isEmpty else { return .success(nil) }
            switch parser.parse(text, allowingDateOnly: true) {
            case .success(let parsed): return .success(parsed.date)
            case .failure(let error): return .failure(ImportError("its \(key) '\(text)' cannot be read: \(error.message)"))
            }
        }
        guard let title = CStateSite.string(root, "title"), !title.isEmpty else { return .failure(ImportError("it has no title")) }
        let date: Date
        let resolvedWhen: Date?
        switch (time("date"), time("resolvedWhen")) {
        case (.failure(let error), _), (_, .failure(let error)): return .failure(error)
        case (.success(nil), _): return .failure(ImportError("it has no date"))
        case (.success(let value?), .success(let resolved)):
            date = value
            resolvedWhen = resolved
        }
        let affectedNode = CStateSite.value(root, "affected")
        let affected = (affectedNode?.sequence.map { Array($0) } ?? affectedNode.map { [$0] } ?? [])
            .compactMap { $0.scalar?.string.trimmingWhitespace() }.filter { !$0.isEmpty }
        var issue = CStateIssue(
            title: title, date: date, resolved: CStateSite.string(root, "resolved") == "true", resolvedWhen: resolvedWhen,
            severity: CStateSite.string(root, "severity")?.lowercased(), affected: affected,
            section: CStateSite.string(root, "section"), informational: CStateSite.string(root, "informational") == "true",
            isDraft: CStateSite.string(root, "draft") == "true", updates: [])
        issue.pin = CStateSite.string(root, "pin") == "true"
        issue.slug = CStateSite.string(root, "slug").flatMap { $0.isEmpty ? nil : $0 }
        let aliasNode = CStateSite.value(root, "aliases")
        issue.aliases = (aliasNode?.sequence.map { Array($0) } ?? aliasNode.map { [$0] } ?? [])
            .compactMap { $0.scalar?.string.trimmingWhitespace() }.filter { !$0.isEmpty }
        issue.uncarriedKeys = (root?.mapping?.keys.compactMap(\.string) ?? []).filter { !readKeys.contains($0.lowercased()) }
        switch CStateUpdateReader(parser: parser).updates(in: split.body, firstLine: split.bodyStartLine, date: date) {
        case .success(let reading):
            issue.updates = reading.updates
            issue.postmortem = reading.postmortem
        case .failure(let error): return .failure(error)
        }
        return .success(issue)
    }

    /// Where the `track` stamps disagree with the impact window that `date` and `resolvedWhen` give, which cState's
    /// own pages compute the duration from: stamps before `date`, or a `resolvedWhen` before every stamp. `nil`
    /// when they agree, and for notices and maintenance, which have no such window.
    func windowDisagreement() -> String? {
        guard kind == .incident else { return nil }
        let stamps = updates.map(\.date)
        guard let first = stamps.min(), let last = stamps.max() else { return nil }
        let early = stamps.filter { $0 < date }.count
        let resolvedEarly = resolved && resolvedWhen.map { $0 < first } == true
        guard early > 0 || resolvedEarly else { return nil }
        let format = HeadingTimestamp.format
        if let resolvedWhen, resolved, resolvedWhen < date {
            return "its resolvedWhen \(format(resolvedWhen)) comes before its date \(format(date)), so it is not kept; "
                + "the incident ends at its Resolved update"
        }
        let window = "\(format(date)) to \(resolvedWhen.map(format) ?? "its Resolved update")"
        var text = "its track stamps run from \(format(first)) to \(format(last)), but date and resolvedWhen give the "
            + "impact window \(window); the window is kept (started, ended)"
        if early > 0 {
            text += ", and \(early.counted("update")) stamped before date \(early == 1 ? "is" : "are") dated at its start"
        }
        return text
    }

    /// What the issue is in Statusmark: `informational: true` is a notice (it changes no status and has no
    /// duration), `severity: notice` a planned maintenance, anything else an incident.
    var kind: IncidentKind {
        if informational { return .notice }
        return severity == "notice" ? .maintenance : .incident
    }

    /// The incident file, and what was written differently from the issue, with why.
    func draft() -> (draft: IncidentDraft, changes: [String]) {
        switch kind {
        case .notice: (noticeDraft(), [])
        case .maintenance: maintenanceDraft()
        case .incident: (incidentDraft(), windowDisagreement().map { [$0] } ?? [])
        }
    }

    /// Every update is an `Update` (a notice has no stages and nothing to resolve), the postmortem paragraph
    /// too; `pin` is `pinned`.
    func noticeDraft() -> IncidentDraft {
        var notes = updates.map { IncidentDraft.Update(status: .update, date: $0.date, markdown: $0.markdown) }
        if let postmortem, let last = notes.last {
            notes.append(IncidentDraft.Update(status: .update, date: last.date, markdown: postmortem))
        }
        var draft = IncidentDraft(title: title, kind: .notice, updates: notes)
        draft.isPinned = pin
        return draft
    }

    /// The window is `date` to `resolvedWhen`; without a `resolvedWhen` after `date`, it ends at the last update
    /// after `date`, else an hour after it, and the change says so. The statuses become maintenance ones: an
    /// update before `date` announced it (Scheduled), Resolved is Completed, Monitoring is Verifying, the rest is
    /// In progress.
    func maintenanceDraft() -> (draft: IncidentDraft, changes: [String]) {
        var changes: [String] = []
        var notes = updates.map { update in
            let status: UpdateStatus =
                switch update.status {
                case .resolved: .completed
                case .monitoring: .verifying
                default: update.date < date ? .scheduled : .inProgress
                }
            return IncidentDraft.Update(status: status, date: update.date, markdown: update.markdown)
        }
        let end: Date
        if let resolvedWhen, resolvedWhen > date {
            end = resolvedWhen
        } else if let last = notes.last?.date, last > date {
            end = last
            changes.append("it has no resolvedWhen after its date, so the maintenance is scheduled to end at its last update, \(HeadingTimestamp.format(last))")
        } else {
            end = date.addingTimeInterval(3600)
            changes.append("it has no resolvedWhen after its date, so the maintenance is scheduled to end an hour after it, \(HeadingTimestamp.format(end))")
        }
        if resolved, let last = notes.last, last.status != .completed {
            notes.append(IncidentDraft.Update(status: .completed, date: max(resolvedWhen ?? last.date, last.date), markdown: ""))
        }
        var draft = IncidentDraft(
            title: title, kind: .maintenance,
            impacts: affected.map { ComponentImpact(componentID: $0, level: .underMaintenance) }, scheduledStart: date,
            scheduledEnd: end, updates: notes)
        if let postmortem, let last = notes.last {
            draft.postmortem = IncidentDraft.Update(status: .postmortem, date: last.date, markdown: postmortem)
        }
        return (draft, changes)
    }

    /// Components at the level the severity gives them, the updates, and a closing `Resolved` when the front
    /// matter says resolved and the body has none.
    ///
    /// The impact window is cState's: `started` is `date` and `ended` is `resolvedWhen`, whatever the stamps
    /// say; an update stamped before `date` is dated at it, since no update comes before the impact began.
    func incidentDraft() -> IncidentDraft {
        let level: ComponentStatus = severity == "down" ? .majorOutage : .partialOutage
        var draft = IncidentDraft(
            title: title, impacts: affected.map { ComponentImpact(componentID: $0, level: level) }, updates: updates)
        for index in draft.updates.indices where draft.updates[index].date < date { draft.updates[index].date = date }
        if date < draft.updates[0].date { draft.started = date }
        if resolved {
            let last = draft.updates[draft.updates.count - 1]
            if last.status != .resolved {
                draft.updates.append(IncidentDraft.Update(status: .resolved, date: max(resolvedWhen ?? last.date, last.date), markdown: ""))
            }
            let closing = draft.updates[draft.updates.count - 1].date
            if let resolvedWhen, resolvedWhen != closing, resolvedWhen >= date { draft.ended = resolvedWhen }
        }
        if let postmortem {
            // cState gives the postmortem no time of its own: it is dated with the last update.
            draft.postmortem = IncidentDraft.Update(status: .postmortem, date: draft.updates[draft.updates.count - 1].date, markdown: postmortem)
        }
        return draft
    }
}
