public import Foundation

/// Rolls the open incidents and maintenance up into each component's status and the site's overall status.
///
/// A component takes the worst level of the incidents whose impact is going on and that name it, or "under
/// maintenance" during maintenance. The overall status is what the components show: the worst component status.
/// An ongoing incident that names no component raises it to what its severity implies, so it still shows. An
/// incident's severity is not the page's state: escalation after hours of a degraded component makes the
/// incident major, not the page "partial outage". Notices change no
/// status; the current ones are listed, pinned first, then the latest updated.
public struct StatusRollup: Sendable {
    public let now: Date

    public init(now: Date) {
        self.now = now
    }

    public func summarize(_ records: [IncidentRecord], components: [Component]) -> StatusSummary {
        var statuses = Dictionary(uniqueKeysWithValues: components.map { ($0.id, ComponentStatus.operational) })
        var overall = OverallStatus.operational
        var active: [IncidentRecord] = []
        var maintenance: [IncidentRecord] = []
        var upcoming: [IncidentRecord] = []
        var notices: [IncidentRecord] = []
        for record in records {
            let incident = record.incident
            switch incident.kind {
            case .notice:
                if record.facts.isCurrentNotice { notices.append(record) }
                continue
            case .incident:
                guard record.facts.isOngoing(at: now) else { continue }
                active.append(record)
                if incident.impacts.isEmpty { overall = max(overall, OverallStatus(record.facts.severity.effective)) }
            case .maintenance:
                switch record.facts.maintenancePhase {
                case .inProgress: maintenance.append(record)
                case .scheduled: upcoming.append(record)
                default: continue
                }
                guard record.facts.maintenancePhase == .inProgress else { continue }
            }
            for impact in incident.impacts {
                statuses[impact.componentID] = max(statuses[impact.componentID] ?? .operational, impact.level)
            }
        }
        overall = statuses.values.map(OverallStatus.init).reduce(overall, max)
        let newestFirst: (IncidentRecord, IncidentRecord) -> Bool = {
            ($0.facts.start, $0.incident.slug) > ($1.facts.start, $1.incident.slug)
        }
        let soonestFirst: (IncidentRecord, IncidentRecord) -> Bool = {
            ($0.facts.start, $0.incident.slug) < ($1.facts.start, $1.incident.slug)
        }
        return StatusSummary(
            overall: overall, componentStatuses: statuses,
            activeIncidents: active.sorted(by: newestFirst).map(\.incident.slug),
            activeMaintenance: maintenance.sorted(by: soonestFirst).map(\.incident.slug),
            upcomingMaintenance: upcoming.sorted(by: soonestFirst).map(\.incident.slug),
            currentNotices: notices.sorted {
                ($0.incident.isPinned ? 1 : 0, $0.facts.lastUpdated, $0.incident.slug)
                    > ($1.incident.isPinned ? 1 : 0, $1.facts.lastUpdated, $1.incident.slug)
            }.map(\.incident.slug))
    }
}
