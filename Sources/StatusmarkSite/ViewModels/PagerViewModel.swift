internal import StatusmarkMustache

/// Where a page lies in a paged list (the history, a component's incidents), and its links to the others: the
/// values of `pager.mustache`, which the pages that embed it reach directly (`{{pageNumber}}`).
struct PagerViewModel: Sendable, Equatable {
    var pageNumber: Int
    var pageCount: Int
    var pages: [ViewModelBox<PageLinkViewModel>]
    var previousURL: String?
    var nextURL: String?
}

extension PagerViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<PagerViewModel>([
        "pageNumber": { $0.pageNumber.templateValue },
        "pageCount": { $0.pageCount.templateValue },
        "isPaged": { ($0.pageCount > 1).templateValue },
        "pages": { $0.pages.templateValue },
        "previousURL": { $0.previousURL.templateValue },
        "nextURL": { $0.nextURL.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
