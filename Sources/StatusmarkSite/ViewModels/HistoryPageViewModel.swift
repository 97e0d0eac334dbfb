internal import StatusmarkMustache

/// One page of the history: incidents and maintenance newest first, under month headings.
struct HistoryPageViewModel: Sendable, Equatable {
    var months: [ViewModelBox<MonthViewModel>]
    var totalCount: Int
    var pager: PagerViewModel
    /// `1,234 incidents and maintenance windows, newest first.` and `Page 2 of 13.`
    var countText: String
    var pageOf: String
}

extension HistoryPageViewModel: TemplateValueConvertible {
    /// The pager's values are the page's own, as `pager.mustache` reads them.
    static let fields = TemplateFields<HistoryPageViewModel>(
        [
            "months": { $0.months.templateValue },
            "hasMonths": { (!$0.months.isEmpty).templateValue },
            "totalCount": { $0.totalCount.templateValue },
            "countText": { $0.countText.templateValue },
            "pageOf": { $0.pageOf.templateValue },
        ], adding: PagerViewModel.fields, from: \.pager)

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}

/// The incidents of one month on a history page.
struct MonthViewModel: Sendable, Equatable {
    /// `September 2025`.
    var label: String
    /// `2025-09`, for the heading's id.
    var id: String
    var incidents: [ViewModelBox<IncidentSummaryViewModel>]
}

extension MonthViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<MonthViewModel>([
        "label": { $0.label.templateValue },
        "id": { $0.id.templateValue },
        "incidents": { $0.incidents.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}

/// A link to one page of a paged list.
struct PageLinkViewModel: Sendable, Equatable {
    var number: Int
    var url: String
    var isCurrent: Bool
}

extension PageLinkViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<PageLinkViewModel>([
        "number": { $0.number.templateValue },
        "url": { $0.url.templateValue },
        "isCurrent": { $0.isCurrent.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
