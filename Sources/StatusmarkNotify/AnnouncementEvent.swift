public import StatusmarkCore

/// What a message announces.
public enum AnnouncementEvent: String, Sendable, Hashable, CaseIterable {
    case incidentOpened = "incident_opened"
    case incidentUpdated = "incident_updated"
    case incidentResolved = "incident_resolved"
    case postmortemPublished = "postmortem_published"
    case maintenanceScheduled = "maintenance_scheduled"
    case maintenanceStarted = "maintenance_started"
    case maintenanceUpdated = "maintenance_updated"
    case maintenanceCompleted = "maintenance_completed"

    /// Which of a channel's `kinds:` the message belongs to.
    public var kind: NotifyKind {
        switch self {
        case .incidentOpened, .incidentUpdated, .incidentResolved: .incidents
        case .postmortemPublished: .postmortems
        case .maintenanceScheduled, .maintenanceStarted, .maintenanceUpdated, .maintenanceCompleted: .maintenance
        }
    }

    /// The event of an update at a position of a record's updates.
    static func of(_ status: UpdateStatus, at index: Int, kind: IncidentKind) -> AnnouncementEvent {
        if kind == .maintenance {
            switch status {
            case .inProgress: return .maintenanceStarted
            case .completed: return .maintenanceCompleted
            default: return index == 0 ? .maintenanceScheduled : .maintenanceUpdated
            }
        }
        if status == .resolved { return .incidentResolved }
        return index == 0 ? .incidentOpened : .incidentUpdated
    }
}
