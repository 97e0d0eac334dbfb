internal import StatusmarkMustache
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

extension IncidentSummaryViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<IncidentSummaryViewModel>([
        "title": { $0.title.templateValue },
        "url": { $0.url.templateValue },
        "isMaintenance": { $0.isMaintenance.templateValue },
        "isNotice": { $0.isNotice.templateValue },
        "isIncident": { (!$0.isMaintenance && !$0.isNotice).templateValue },
        "status": { $0.status.templateValue },
        "statusKey": { $0.statusKey.templateValue },
        "severity": { $0.severity.templateValue },
        "start": { $0.start.templateValue },
        "end": { $0.end.templateValue },
        "sameDay": { ($0.end?.day == $0.start.day).templateValue },
        "duration": { $0.duration.templateValue },
        "isOngoing": { $0.isOngoing.templateValue },
        "severityWhy": { $0.severityWhy.templateValue },
        "components": { ($0.components.isEmpty ? nil : $0.components).templateValue },
        "latestUpdate": { $0.latestUpdate.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
