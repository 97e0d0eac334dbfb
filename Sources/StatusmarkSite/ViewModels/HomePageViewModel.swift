internal import Mustache

/// The front page: the overall status, what is happening now, every component, and the last days' incidents.
struct HomePageViewModel: Sendable, Equatable {
    var overall: ViewModelBox<StatusViewModel>
    var activeIncidents: [ViewModelBox<IncidentSummaryViewModel>]
    var activeMaintenance: [ViewModelBox<IncidentSummaryViewModel>]
    var upcomingMaintenance: [ViewModelBox<IncidentSummaryViewModel>]
    /// The current notices, pinned first.
    var notices: [ViewModelBox<IncidentSummaryViewModel>]
    var groups: [ViewModelBox<ComponentGroupViewModel>]
    var uptimeDays: Int
    var recent: [ViewModelBox<IncidentSummaryViewModel>]
    var recentDays: Int
    var historyURL: String
}

extension HomePageViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "overall": overall
        case "activeIncidents": activeIncidents
        case "hasActiveIncidents": !activeIncidents.isEmpty
        case "activeMaintenance": activeMaintenance
        case "hasActiveMaintenance": !activeMaintenance.isEmpty
        case "upcomingMaintenance": upcomingMaintenance
        case "hasUpcomingMaintenance": !upcomingMaintenance.isEmpty
        case "notices": notices
        case "hasNotices": !notices.isEmpty
        case "groups": groups
        case "uptimeDays": uptimeDays
        case "recent": recent
        case "hasRecent": !recent.isEmpty
        case "hasCurrent": !activeIncidents.isEmpty || !activeMaintenance.isEmpty
        case "recentDays": recentDays
        case "historyURL": historyURL
        default: nil
        }
    }
}
