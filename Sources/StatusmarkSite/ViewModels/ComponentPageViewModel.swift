internal import Mustache

/// A page of a component's own: its status, then, on the first page, its uptime over 30 and 90 days and its
/// days with incidents, and the incidents that affected it, newest first, paged as the history is.
struct ComponentPageViewModel: Sendable, Equatable {
    var component: ViewModelBox<ComponentViewModel>
    var group: String?
    /// `Uptime, last 30 days` → `99.98%`, and the same for the site's uptime window; on the first page only.
    var uptimes: [ViewModelBox<FactViewModel>]
    /// The incidents' count and times to detect, mitigate and resolve, over the uptime window and all time; on
    /// the first page only.
    var reliability: [ViewModelBox<ReliabilityRowViewModel>]
    /// The days of the uptime window that had an incident or maintenance, newest first; on the first page only.
    var eventfulDays: [ViewModelBox<DayViewModel>]
    /// This page's incidents.
    var incidents: [ViewModelBox<IncidentSummaryViewModel>]
    /// The component's own Atom feed.
    var feed: ViewModelBox<FeedLinkViewModel>
    /// How many incidents affected the component, on all pages.
    var incidentCount: Int
    var pager: PagerViewModel
}

extension ComponentPageViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "component": component
        case "group": group
        case "uptimes": uptimes
        case "reliability": reliability
        case "hasReliability": !reliability.isEmpty
        case "eventfulDays": eventfulDays
        case "hasEventfulDays": !eventfulDays.isEmpty
        case "incidents": incidents
        case "hasIncidents": !incidents.isEmpty
        case "feed": feed
        case "isFirstPage": pager.pageNumber == 1
        case "incidentCount": incidentCount
        default: pager.child(named: name)
        }
    }
}
