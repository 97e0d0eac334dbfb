internal import StatusmarkMustache

/// A component as listed on the home page and headed on its own page.
struct ComponentViewModel: Sendable, Equatable {
    var id: String
    var name: String
    var description: String?
    /// The component's page elsewhere (`link:`).
    var link: String?
    var url: String
    var status: ViewModelBox<StatusViewModel>
    /// `99.95%` over the uptime window (90 days by default).
    var uptime: String
    /// The uptime over the days the bar shows on a narrow screen, the last 30.
    var narrowUptime: String
    var uptimeDays: Int
    var days: [ViewModelBox<DayViewModel>]
    /// The bar in words, for screen readers: `90 days: 87 without incidents, 2 partial outage, 1 major outage`.
    var barLabel: String
    /// The bar's legend at its left end: `90 days ago`, and `30 days ago` on a narrow screen.
    var daysAgo: String
    var narrowDaysAgo: String
}

extension ComponentViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<ComponentViewModel>([
        "id": { $0.id.templateValue },
        "name": { $0.name.templateValue },
        "description": { $0.description.templateValue },
        "link": { $0.link.templateValue },
        "url": { $0.url.templateValue },
        "status": { $0.status.templateValue },
        "uptime": { $0.uptime.templateValue },
        "narrowUptime": { $0.narrowUptime.templateValue },
        "uptimeDays": { $0.uptimeDays.templateValue },
        "days": { $0.days.templateValue },
        "barLabel": { $0.barLabel.templateValue },
        "daysAgo": { $0.daysAgo.templateValue },
        "narrowDaysAgo": { $0.narrowDaysAgo.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
