internal import Mustache

/// One page: the layout's values (`site`, `title`, `canonicalURL`) over the page's own content, whose keys
/// templates reach directly (`{{#updates}}` on an incident page).
struct PageViewModel: Sendable {
    var site: SiteViewModel
    /// The page's own title; the layout adds the site's.
    var title: String
    /// The absolute URL of the page, when the site has a base URL.
    var canonicalURL: String?
    /// Which navigation entry is the current page: `home`, `history` or empty.
    var section: String
    var content: any MustacheContent
}

/// A page's content: looked up by key, with no reflection.
typealias MustacheContent = MustacheParent & Sendable

/// The 404 page has no content of its own.
struct NotFoundViewModel: MustacheContent {
    func child(named name: String) -> Any? { nil }
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
