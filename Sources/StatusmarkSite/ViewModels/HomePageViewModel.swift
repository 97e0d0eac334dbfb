internal import Mustache

/// The front page: the overall status, what is happening now, every component, and the last days' incidents.
struct HomePageViewModel: Sendable, Equatable {
    var overall: StatusViewModel
    var activeIncidents: [IncidentSummaryViewModel]
    var activeMaintenance: [IncidentSummaryViewModel]
    var upcomingMaintenance: [IncidentSummaryViewModel]
    var groups: [ComponentGroupViewModel]
    var uptimeDays: Int
    var recent: [IncidentSummaryViewModel]
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
        case "groups": groups
        case "uptimeDays": uptimeDays
        case "recent": recent
        case "hasRecent": !recent.isEmpty
        case "recentDays": recentDays
        case "historyURL": historyURL
        default: nil
        }
    }
}
