internal import Mustache

/// Where a page lies in a paged list (the history, a component's incidents), and its links to the others: the
/// values of `pager.mustache`, which the pages that embed it reach directly (`{{pageNumber}}`).
struct PagerViewModel: Sendable, Equatable {
    var pageNumber: Int
    var pageCount: Int
    var pages: [ViewModelBox<PageLinkViewModel>]
    var previousURL: String?
    var nextURL: String?
}

extension PagerViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pageNumber": pageNumber
        case "pageCount": pageCount
        case "isPaged": pageCount > 1
        case "pages": pages
        case "previousURL": previousURL
        case "nextURL": nextURL
        default: nil
        }
    }
}
