internal import Mustache

/// An incident or maintenance as listed on the home, history and component pages.
struct IncidentSummaryViewModel: Sendable {
    var title: String
    var url: String
    var isMaintenance: Bool
    /// The latest update's status: `Monitoring`, `Resolved`, `Scheduled`.
    var status: String
    var statusKey: String
    /// The severity (maintenance: `Maintenance`).
    var severity: StatusViewModel
    var start: TimeViewModel
    var end: TimeViewModel?
    /// `2 h 14 min`: how long it lasted, or has lasted so far.
    var duration: String
    var isOngoing: Bool
    /// The affected components' names, joined: `API, Payments`.
    var components: String
    var latestUpdate: UpdateViewModel?
}

extension IncidentSummaryViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "isMaintenance": isMaintenance
        case "status": status
        case "statusKey": statusKey
        case "severity": severity
        case "start": start
        case "end": end
        case "duration": duration
        case "isOngoing": isOngoing
        case "components": components.isEmpty ? nil : components
        case "latestUpdate": latestUpdate
        default: nil
        }
    }
}
