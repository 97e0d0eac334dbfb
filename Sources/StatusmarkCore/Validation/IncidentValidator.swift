public import Foundation

/// Checks an incident's facts against each other: nothing before the start, nothing after Resolved but the
/// postmortem, an end after the start, a file name that agrees with the start date, a declared severity that is
/// not below the computed one.
public struct IncidentValidator: Sendable {
    public let configuration: SiteConfiguration
    public let now: Date

    public init(configuration: SiteConfiguration, now: Date) {
        self.configuration = configuration
        self.now = now
    }

    public func validate(_ record: IncidentRecord) -> [Diagnostic] {
        let incident = record.incident
        var diagnostics: [Diagnostic] = []
        let startedAt = incident.fieldLocations["started"]
        if incident.kind == .incident, let started = incident.started {
            let end = record.facts.end ?? now
            for update in incident.updates where update.date < started {
                diagnostics.append(
                    .error(
                        .updateBeforeStart, "this update is dated before the incident started", at: update.location,
                        notes: [
                            Diagnostic.Note("'started' is here", at: startedAt),
                            yearHint(update.date, start: started, end: end),
                            Diagnostic.Note("correct the update's time, or move 'started' back to when the impact began"),
                        ].compactMap { $0 }))
            }
            for event in incident.postmortem?.timeline ?? [] where event.date < started {
                diagnostics.append(
                    .error(
                        .timelineEventBeforeStart, "this timeline event is dated before the incident started",
                        at: event.location,
                        notes: [
                            Diagnostic.Note("'started' is here", at: startedAt),
                            yearHint(event.date, start: started, end: end),
                            Diagnostic.Note("if the impact began earlier, move 'started' back to the first event"),
                        ].compactMap { $0 }))
            }
        }
        if let ended = incident.ended, let at = incident.fieldLocations["ended"], ended < record.facts.start {
            diagnostics.append(
                .error(
                    .incidentEndBeforeStart, "'ended' is before the incident started", at: at,
                    notes: [Diagnostic.Note("the start", at: startedAt ?? incident.updates.first?.location)]))
        }
        diagnostics += checkNothingAfterClose(incident)
        diagnostics += checkFileNameDate(record)
        diagnostics += checkDeclaredSeverity(record)
        for update in incident.updates where update.date > now {
            diagnostics.append(
                .warning(
                    .updateInFuture, "this update is dated in the future", at: update.location,
                    notes: [Diagnostic.Note("check its date, time and zone")]))
        }
        return diagnostics
    }
}

private extension IncidentValidator {
    /// "is the year right?" when the same day and time one or two years later falls within the incident: the
    /// mistake of a postmortem whose timeline kept last year's date.
    func yearHint(_ date: Date, start: Date, end: Date) -> Diagnostic.Note? {
        let zone = configuration.timeZone
        let instant = Int(date.timeIntervalSince1970)
        let offset = zone.offset(at: instant)
        let day = zone.civilDate(at: instant)
        let secondsIntoDay = instant + offset - day.daysSinceEpoch * 86_400
        for years in 1...2 {
            let shifted = CivilDate(year: day.year + years, month: day.month, day: day.day)
            guard shifted.isValid else { continue }
            let candidate = Date(timeIntervalSince1970: TimeInterval(shifted.daysSinceEpoch * 86_400 + secondsIntoDay - offset))
            if candidate >= start && candidate <= max(end, start.addingTimeInterval(86_400)) {
                return Diagnostic.Note("is the year right? in \(shifted.year) this time falls within the incident")
            }
        }
        return nil
    }

    /// A maintenance is over once Completed: only notes (`Update`) and the postmortem may follow. An incident may
    /// be reopened (Investigating, Identified or Monitoring after Resolved), as on Statuspage.
    func checkNothingAfterClose(_ incident: Incident) -> [Diagnostic] {
        guard incident.kind == .maintenance, let close = incident.updates.firstIndex(where: \.status.isClosing) else {
            return []
        }
        let closing = incident.updates[close]
        return incident.updates[(close + 1)...].filter { $0.status != .update }.map { update in
            .error(
                .updateAfterResolved,
                "'\(update.status.title)' comes after the '\(closing.status.title)' update; only notes ('Update') and a postmortem may follow it",
                at: update.location,
                notes: [
                    Diagnostic.Note("the '\(closing.status.title)' update", at: closing.location),
                    Diagnostic.Note(
                        "if the work starts again, post it as a new maintenance, or remove the '\(closing.status.title)' update"),
                ])
        }
    }

    func checkFileNameDate(_ record: IncidentRecord) -> [Diagnostic] {
        guard let named = Incident.fileNameDate(forPath: record.incident.path) else { return [] }
        let actual = configuration.timeZone.civilDate(at: Int(record.facts.start.timeIntervalSince1970))
        guard named != actual else { return [] }
        let at = record.incident.fieldLocations["started"] ?? record.incident.fieldLocations["scheduled_start"]
            ?? record.incident.updates.first?.location ?? SourceLocation(path: record.incident.path, line: 1, column: 1)
        return [
            .warning(
                .incidentFileNameDate,
                "the file name says \(named), but the \(record.incident.kind == .maintenance ? "maintenance" : "incident") starts on \(actual)",
                at: at,
                notes: [Diagnostic.Note("rename the file to start with \(actual), or correct the dates")])
        ]
    }

    func checkDeclaredSeverity(_ record: IncidentRecord) -> [Diagnostic] {
        let assessment = record.facts.severity
        guard let declared = assessment.declared, declared < assessment.computed,
            let at = record.incident.fieldLocations["severity"]
        else { return [] }
        let reasons = assessment.reasons.filter { $0.severity > declared }.map { reason in
            Diagnostic.Note(SeverityExplanation(configuration: configuration).sentence(for: reason))
        }
        return [
            .warning(
                .incidentSeverityBelowComputed,
                "'severity: \(declared.rawValue)' is below the computed severity, \(assessment.computed.rawValue)",
                at: at,
                notes: reasons + [Diagnostic.Note("the declared severity is shown; remove it to show the computed one")])
        ]
    }
}
