internal import Mustache

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
}

extension ComponentViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "description": description
        case "link": link
        case "url": url
        case "status": status
        case "uptime": uptime
        case "narrowUptime": narrowUptime
        case "uptimeDays": uptimeDays
        case "days": days
        case "barLabel": barLabel
        default: nil
        }
    }
}
