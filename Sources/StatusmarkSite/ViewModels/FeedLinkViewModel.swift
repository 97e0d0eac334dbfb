internal import Mustache

/// A feed a page links to: `<link rel="alternate" type="…" title="…" href="…">`.
struct FeedLinkViewModel: Sendable, Hashable {
    /// `Atom`, `RSS`, `JSON Feed`.
    var format: String
    /// The feed's title for `title=`, such as `Acme Status (Atom)`.
    var title: String
    /// The media type: `application/atom+xml`.
    var type: String
    var url: String
}

extension FeedLinkViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "format": format
        case "title": title
        case "type": type
        case "url": url
        default: nil
        }
    }
}
