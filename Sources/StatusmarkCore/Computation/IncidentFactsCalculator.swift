public import Foundation

/// Computes an incident's ``IncidentFacts`` from its file and the current time.
///
/// - Start: `started`, else the earliest update or timeline event (maintenance: the first In progress update,
///   else `scheduled_start`).
/// - End: `ended`, else the timeline's Resolved milestone, else the Resolved update that closed it; none while
///   open. An incident is closed when its latest update that is not a plain Update is Resolved, so one reopened
///   (Investigating, Identified or Monitoring after Resolved) is open again until the next Resolved.
///   Maintenance ends at its Completed update, or at `scheduled_end` once that has passed. A notice never ends.
/// - Time to identify and to mitigate: the earlier of the first Identified (Monitoring) update and the timeline's
///   Identified (Mitigated) milestone. An update posted after the impact ended is not a step of the response and
///   does not count; a milestone nobody recorded is left out.
public struct IncidentFactsCalculator: Sendable {
    public let configuration: SiteConfiguration
    public let now: Date

    public init(configuration: SiteConfiguration, now: Date) {
        self.configuration = configuration
        self.now = now
    }

    public func facts(for incident: Incident) -> IncidentFacts {
        switch incident.kind {
        case .incident: incidentFacts(incident)
        case .maintenance: maintenanceFacts(incident)
        case .notice: noticeFacts(incident)
        }
    }

    /// How long a notice with no `until:` and no `pinned: true` stays on the home page: as long as the home page
    /// lists past incidents.
    public static let noticeDays = 14
}

private extension IncidentFactsCalculator {
    func incidentFacts(_ incident: Incident) -> IncidentFacts {
        let updates = incident.updates
        let timeline = incident.postmortem?.timeline ?? []
        let earliest = (updates.map(\.date) + timeline.map(\.date) + [incident.postmortem?.date].compactMap { $0 }).min()
        let start = incident.started ?? earliest ?? now
        let latestStage = updates.last { $0.status != .update }
        let resolvedUpdate = latestStage?.status == .resolved ? latestStage : nil
        let isClosed = resolvedUpdate != nil
        func milestone(_ kind: Milestone) -> Date? { timeline.first { $0.milestone == kind }?.date }
        let end = incident.ended ?? (isClosed ? milestone(.resolved) ?? resolvedUpdate?.date : nil)
        var status = updates.last { $0.status != .update }?.status ?? .investigating
        if isClosed, incident.postmortem != nil { status = .postmortem }
        // Updates posted after the impact ended (a write-up days later) tell nothing of how fast the response was.
        func firstUpdate(_ status: UpdateStatus) -> Date? {
            updates.first { update in update.status == status && (end.map { update.date <= $0 } ?? true) }?.date
        }
        let identification = [firstUpdate(.identified), milestone(.identified)].compactMap { $0 }.min()
        let mitigation = [firstUpdate(.monitoring), milestone(.mitigated)].compactMap { $0 }.min()
        let durationSeconds = seconds(from: start, to: end ?? max(now, start))
        return IncidentFacts(
            start: start, end: end, status: status, isClosed: isClosed, maintenancePhase: nil,
            lastUpdated: lastUpdated(incident) ?? start, durationSeconds: durationSeconds,
            timeToDetect: interval(from: start, to: milestone(.detected)),
            timeToAcknowledge: interval(from: start, to: milestone(.acknowledged)),
            timeToIdentify: interval(from: start, to: identification),
            timeToMitigate: interval(from: start, to: mitigation),
            timeToResolve: interval(from: start, to: end),
            severity: SeverityRollup(rules: configuration.severityRules)
                .assess(incident, durationSeconds: durationSeconds))
    }

    func maintenanceFacts(_ incident: Incident) -> IncidentFacts {
        let updates = incident.updates
        let scheduledStart = incident.scheduledStart ?? incident.started ?? now
        let scheduledEnd = incident.scheduledEnd ?? scheduledStart
        let begun = updates.first { $0.status == .inProgress || $0.status == .verifying }?.date
        let start = incident.started ?? begun ?? scheduledStart
        let completed = updates.first { $0.status == .completed }?.date
        let end = incident.ended ?? completed ?? (now >= scheduledEnd ? scheduledEnd : nil)
        let phase: IncidentFacts.MaintenancePhase
        if end.map({ $0 <= now }) ?? false {
            phase = .completed
        } else if begun != nil || now >= start {
            phase = .inProgress
        } else {
            phase = .scheduled
        }
        var status = updates.last { $0.status != .update }?.status ?? .scheduled
        switch phase {
        case .completed: status = .completed
        case .inProgress where status == .scheduled: status = .inProgress
        default: break
        }
        return IncidentFacts(
            start: start, end: end, status: status, isClosed: phase == .completed, maintenancePhase: phase,
            lastUpdated: lastUpdated(incident) ?? scheduledStart,
            durationSeconds: seconds(from: start, to: end ?? max(now, start)),
            timeToResolve: interval(from: start, to: end),
            severity: SeverityAssessment(computed: .none, declared: nil, reasons: []))
    }

    /// A notice starts when it is first posted and never ends: it has no impact, so no duration and no resolve.
    /// It is current from then until `until:` (``noticeDays`` after its latest update without one), or for as long
    /// as it is pinned.
    func noticeFacts(_ incident: Incident) -> IncidentFacts {
        let start = incident.updates.first?.date ?? now
        let latest = lastUpdated(incident) ?? start
        let until = incident.until ?? latest.addingTimeInterval(TimeInterval(Self.noticeDays * 86_400))
        return IncidentFacts(
            start: start, end: nil, status: .update, isClosed: true, maintenancePhase: nil, lastUpdated: latest,
            durationSeconds: 0, severity: SeverityAssessment(computed: .none, declared: nil, reasons: []),
            isCurrentNotice: start <= now && (incident.isPinned || now < until))
    }

    func lastUpdated(_ incident: Incident) -> Date? {
        (incident.updates.map(\.date) + [incident.postmortem?.date].compactMap { $0 }).max()
    }

    func seconds(from start: Date, to end: Date) -> Int {
        max(0, Int((end.timeIntervalSince1970 - start.timeIntervalSince1970).rounded()))
    }

    func interval(from start: Date, to end: Date?) -> Int? {
        end.map { seconds(from: start, to: $0) }
    }
}
