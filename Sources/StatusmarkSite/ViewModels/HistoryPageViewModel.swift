internal import Mustache

/// One page of the history: incidents and maintenance newest first, under month headings.
struct HistoryPageViewModel: Sendable, Equatable {
    var months: [ViewModelBox<MonthViewModel>]
    var totalCount: Int
    var pager: PagerViewModel
}

extension HistoryPageViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "months": months
        case "hasMonths": !months.isEmpty
        case "totalCount": totalCount
        default: pager.child(named: name)
        }
    }
}

/// The incidents of one month on a history page.
struct MonthViewModel: Sendable, Equatable {
    /// `September 2025`.
    var label: String
    /// `2025-09`, for the heading's id.
    var id: String
    var incidents: [ViewModelBox<IncidentSummaryViewModel>]
}

extension MonthViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "id": id
        case "incidents": incidents
        default: nil
        }
    }
}

/// A link to one page of a paged list.
struct PageLinkViewModel: Sendable, Equatable {
    var number: Int
    var url: String
    var isCurrent: Bool
}

extension PageLinkViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "url": url
        case "isCurrent": isCurrent
        default: nil
        }
    }
}
