internal import Mustache

/// A component's own page: its status, its uptime over 30 and 90 days, its days with incidents and its incidents.
struct ComponentPageViewModel: Sendable, Equatable {
    var component: ViewModelBox<ComponentViewModel>
    var group: String?
    /// `Uptime, last 30 days` → `99.98%`, and the same for the site's uptime window.
    var uptimes: [ViewModelBox<FactViewModel>]
    /// The days of the uptime window that had an incident or maintenance, newest first.
    var eventfulDays: [ViewModelBox<DayViewModel>]
    var incidents: [ViewModelBox<IncidentSummaryViewModel>]
    /// The component's own Atom feed.
    var feed: ViewModelBox<FeedLinkViewModel>
}

extension ComponentPageViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "component": component
        case "group": group
        case "uptimes": uptimes
        case "eventfulDays": eventfulDays
        case "hasEventfulDays": !eventfulDays.isEmpty
        case "incidents": incidents
        case "hasIncidents": !incidents.isEmpty
        case "feed": feed
        default: nil
        }
    }
}
