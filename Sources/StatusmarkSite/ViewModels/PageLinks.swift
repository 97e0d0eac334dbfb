/// The links of a paged list (the history, a component's incidents): every page links every page, with the
/// current one marked. Each link is made twice, as the current page and as another, not once for every page that
/// shows it.
struct PageLinks: Sendable {
    private let links: [(current: ViewModelBox<PageLinkViewModel>, other: ViewModelBox<PageLinkViewModel>)]

    /// - Parameters:
    ///   - count: How many pages there are, at least one.
    ///   - url: The link of a page, by its number from 1.
    init(count: Int, url: (Int) -> String) {
        links = (1...max(count, 1)).map { number in
            let url = url(number)
            return (
                ViewModelBox(PageLinkViewModel(number: number, url: url, isCurrent: true)),
                ViewModelBox(PageLinkViewModel(number: number, url: url, isCurrent: false)))
        }
    }

    /// How many pages there are.
    var count: Int { links.count }

    /// Page `number`'s place and links (from 1).
    func pager(page number: Int) -> PagerViewModel {
        PagerViewModel(
            pageNumber: number, pageCount: links.count,
            pages: links.map { $0.current.number == number ? $0.current : $0.other },
            previousURL: number > 1 ? links[number - 2].other.url : nil,
            nextURL: number < links.count ? links[number].other.url : nil)
    }
}
