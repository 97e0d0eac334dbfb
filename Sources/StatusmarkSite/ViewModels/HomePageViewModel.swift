internal import StatusmarkMustache

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
    /// `Past 14 days`, and what that section says when it lists nothing.
    var recentHeading: String
    var noRecent: String
}

extension HomePageViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<HomePageViewModel>([
        "overall": { $0.overall.templateValue },
        "activeIncidents": { $0.activeIncidents.templateValue },
        "hasActiveIncidents": { (!$0.activeIncidents.isEmpty).templateValue },
        "activeMaintenance": { $0.activeMaintenance.templateValue },
        "hasActiveMaintenance": { (!$0.activeMaintenance.isEmpty).templateValue },
        "upcomingMaintenance": { $0.upcomingMaintenance.templateValue },
        "hasUpcomingMaintenance": { (!$0.upcomingMaintenance.isEmpty).templateValue },
        "notices": { $0.notices.templateValue },
        "hasNotices": { (!$0.notices.isEmpty).templateValue },
        "groups": { $0.groups.templateValue },
        "uptimeDays": { $0.uptimeDays.templateValue },
        "recent": { $0.recent.templateValue },
        "hasRecent": { (!$0.recent.isEmpty).templateValue },
        "hasCurrent": { (!$0.activeIncidents.isEmpty || !$0.activeMaintenance.isEmpty).templateValue },
        "recentDays": { $0.recentDays.templateValue },
        "historyURL": { $0.historyURL.templateValue },
        "recentHeading": { $0.recentHeading.templateValue },
        "noRecent": { $0.noRecent.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
