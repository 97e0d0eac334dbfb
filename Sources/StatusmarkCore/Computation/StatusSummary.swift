/// The state of the site at one moment: each component's status, the overall status, and what is going on.
public struct StatusSummary: Sendable, Hashable {
    public var overall: OverallStatus
    /// Each component's current status, by id.
    public var componentStatuses: [String: ComponentStatus]
    /// Slugs of incidents whose impact is going on, newest first.
    public var activeIncidents: [String]
    /// Slugs of maintenance in progress.
    public var activeMaintenance: [String]
    /// Slugs of maintenance not yet begun, soonest first.
    public var upcomingMaintenance: [String]
    /// Slugs of the notices the home page shows now, pinned first, then the latest updated.
    public var currentNotices: [String]

    public init(
        overall: OverallStatus, componentStatuses: [String: ComponentStatus], activeIncidents: [String],
        activeMaintenance: [String], upcomingMaintenance: [String], currentNotices: [String] = []
    ) {
        self.overall = overall
        self.componentStatuses = componentStatuses
        self.activeIncidents = activeIncidents
        self.activeMaintenance = activeMaintenance
        self.upcomingMaintenance = upcomingMaintenance
        self.currentNotices = currentNotices
    }
}
