public import Foundation

/// What follows from an incident's file at a given moment: when its impact started and ended, how long it took to
/// detect, mitigate and resolve, its status and its severity.
public struct IncidentFacts: Sendable, Hashable {
    /// Where a planned maintenance stands.
    public enum MaintenancePhase: String, Sendable, Hashable {
        case scheduled
        case inProgress = "in_progress"
        case completed
    }

    /// When the impact began (for maintenance, when the work began or is scheduled to).
    public var start: Date
    /// When the impact ended; `nil` while it goes on (or, for maintenance, before it is done).
    public var end: Date?
    /// The current stage: the latest status other than Update (Postmortem once one is published).
    public var status: UpdateStatus
    /// Whether a Resolved (or Completed) update closed it, or a maintenance ran past its scheduled end.
    public var isClosed: Bool
    /// For planned maintenance, where it stands.
    public var maintenancePhase: MaintenancePhase?
    /// When the file last changed in substance: its latest update or postmortem.
    public var lastUpdated: Date
    /// Seconds of impact: to the end, or to now while ongoing.
    public var durationSeconds: Int
    public var timeToDetect: Int?
    public var timeToAcknowledge: Int?
    public var timeToIdentify: Int?
    public var timeToMitigate: Int?
    public var timeToResolve: Int?
    public var severity: SeverityAssessment
    /// For a notice, whether the home page shows it now; `false` for incidents and maintenance.
    public var isCurrentNotice: Bool

    public init(
        start: Date, end: Date?, status: UpdateStatus, isClosed: Bool, maintenancePhase: MaintenancePhase?,
        lastUpdated: Date, durationSeconds: Int, timeToDetect: Int? = nil, timeToAcknowledge: Int? = nil,
        timeToIdentify: Int? = nil, timeToMitigate: Int? = nil, timeToResolve: Int? = nil,
        severity: SeverityAssessment, isCurrentNotice: Bool = false
    ) {
        self.start = start
        self.end = end
        self.status = status
        self.isClosed = isClosed
        self.maintenancePhase = maintenancePhase
        self.lastUpdated = lastUpdated
        self.durationSeconds = durationSeconds
        self.timeToDetect = timeToDetect
        self.timeToAcknowledge = timeToAcknowledge
        self.timeToIdentify = timeToIdentify
        self.timeToMitigate = timeToMitigate
        self.timeToResolve = timeToResolve
        self.severity = severity
        self.isCurrentNotice = isCurrentNotice
    }

    /// Whether the impact is going on at `now`: started, and not ended by then.
    public func isOngoing(at now: Date) -> Bool {
        start <= now && (end.map { $0 > now } ?? true)
    }
}
