internal import Mustache

/// One page: the layout's values (`site`, `title`, `canonicalURL`) over the page's own content, whose keys
/// templates reach directly (`{{#updates}}` on an incident page).
///
/// Equal view models render to the same bytes with the same templates, which is how the preview server knows
/// which pages to render again.
struct PageViewModel: Sendable, Equatable {
    var site: ViewModelBox<SiteViewModel>
    /// The page's own title; the layout adds the site's.
    var title: String
    /// The absolute URL of the page, when the site has a base URL.
    var canonicalURL: String?
    /// Which navigation entry is the current page: `home`, `history` or empty.
    var section: String
    var content: any MustacheContent
}

/// A page's content: looked up by key, with no reflection, and comparable, so that a page whose content is
/// unchanged need not be rendered again.
typealias MustacheContent = MustacheParent & Sendable & Equatable

/// The 404 page has no content of its own.
struct NotFoundViewModel: MustacheContent {
    func child(named name: String) -> Any? { nil }
}

extension PageViewModel {
    static func == (lhs: PageViewModel, rhs: PageViewModel) -> Bool {
        lhs.title == rhs.title && lhs.canonicalURL == rhs.canonicalURL && lhs.section == rhs.section
            && lhs.site == rhs.site && isEqual(lhs.content, rhs.content)
    }

    /// Whether `rhs` is a `Content` equal to `lhs` (`lhs`'s type is opened from the existential).
    private static func isEqual<Content: MustacheContent>(_ lhs: Content, _ rhs: any MustacheContent) -> Bool {
        (rhs as? Content) == lhs
    }
}

extension PageViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "title": title
        case "canonicalURL": canonicalURL
        case "isHome": section == "home"
        case "isHistory": section == "history"
        default: content.child(named: name)
        }
    }
}
