internal import Mustache

/// A titled link.
struct LinkViewModel: Sendable, Hashable {
    var title: String
    var url: String
}

extension LinkViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}
