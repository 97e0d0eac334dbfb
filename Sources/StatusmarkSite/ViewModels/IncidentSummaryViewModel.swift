internal import Mustache
import StatusmarkCore

/// An incident or maintenance as listed on the home, history and component pages.
struct IncidentSummaryViewModel: Sendable, Equatable {
    var title: String
    var url: String
    var isMaintenance: Bool
    /// A notice: no stages, no duration, no severity.
    var isNotice: Bool
    /// The latest update's status: `Monitoring`, `Resolved`, `Scheduled`.
    var status: String
    var statusKey: String
    /// The severity (maintenance: `Maintenance`, a notice: `Notice`).
    var severity: ViewModelBox<StatusViewModel>
    var start: ViewModelBox<TimeViewModel>
    var end: ViewModelBox<TimeViewModel>?
    /// `2 h 14 min`: how long it lasted, or has lasted so far.
    var duration: String
    var isOngoing: Bool
    /// Why the severity is above what the components give, when the impact's length raised it: `ongoing for more
    /// than 4 h`.
    var severityWhy: String?
    /// The affected components' names, joined: `API, Payments`.
    var components: String
    var latestUpdate: ViewModelBox<UpdateViewModel>?
}

extension IncidentSummaryViewModel {
    /// A summary with the record it was made from, as the renderer keeps them for a build and the next.
    struct Made: Sendable {
        var record: IncidentRecord
        var viewModel: ViewModelBox<IncidentSummaryViewModel>
    }
}

extension IncidentSummaryViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "isMaintenance": isMaintenance
        case "isNotice": isNotice
        case "isIncident": !isMaintenance && !isNotice
        case "status": status
        case "statusKey": statusKey
        case "severity": severity
        case "start": start
        case "end": end
        case "sameDay": end?.day == start.day
        case "duration": duration
        case "isOngoing": isOngoing
        case "severityWhy": severityWhy
        case "components": components.isEmpty ? nil : components
        case "latestUpdate": latestUpdate
        default: nil
        }
    }
}
