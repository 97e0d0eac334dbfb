internal import StatusmarkMustache

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
    /// `12 incidents and maintenance windows, newest first.`, `Page 2 of 3.`, the reliability table's
    /// `Last 90 days` and the days table's `No incidents in the last 90 days.`
    var countText: String
    var pageOf: String
    var lastDays: String
    var noDays: String
}

extension ComponentPageViewModel: TemplateValueConvertible {
    /// The pager's values are the page's own, as `pager.mustache` reads them.
    static let fields = TemplateFields<ComponentPageViewModel>(
        [
            "component": { $0.component.templateValue },
            "group": { $0.group.templateValue },
            "uptimes": { $0.uptimes.templateValue },
            "reliability": { $0.reliability.templateValue },
            "hasReliability": { (!$0.reliability.isEmpty).templateValue },
            "eventfulDays": { $0.eventfulDays.templateValue },
            "hasEventfulDays": { (!$0.eventfulDays.isEmpty).templateValue },
            "incidents": { $0.incidents.templateValue },
            "hasIncidents": { (!$0.incidents.isEmpty).templateValue },
            "feed": { $0.feed.templateValue },
            "isFirstPage": { ($0.pager.pageNumber == 1).templateValue },
            "incidentCount": { $0.incidentCount.templateValue },
            "countText": { $0.countText.templateValue },
            "pageOf": { $0.pageOf.templateValue },
            "lastDays": { $0.lastDays.templateValue },
            "noDays": { $0.noDays.templateValue },
        ], adding: PagerViewModel.fields, from: \.pager)

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
