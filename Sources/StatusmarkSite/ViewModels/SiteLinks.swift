import Foundation

/// Where each page lives: its link (root-relative, under the base URL's path) and its file in the output folder.
///
/// Pages use clean URLs: a page's link ends in `/` and its file is that folder's `index.html`. Links are
/// root-relative (`/incidents/db-outage/`, or `/status/incidents/db-outage/` when the base URL has a path), so
/// they work from every page, 404.html included, and need no absolute base URL.
public struct SiteLinks: Sendable, Hashable {
    /// The path every link starts with: `/`, or the base URL's path ending in `/`.
    public let basePath: String
    /// The base URL ending in `/`, when the site has one.
    public let baseURL: String?

    /// - Parameter baseURL: An absolute http or https URL; `nil` for a site that has none.
    /// - Returns: `nil` when `baseURL` is not an absolute http(s) URL.
    public init?(baseURL: String?) {
        guard let baseURL else {
            self.basePath = "/"
            self.baseURL = nil
            return
        }
        guard let components = URLComponents(string: baseURL),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil
        else { return nil }
        let path = components.path.hasSuffix("/") ? components.path : components.path + "/"
        self.basePath = path
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }
}

extension SiteLinks {
    public var home: String { basePath }

    public func history(page: Int) -> String {
        page <= 1 ? basePath + "history/" : basePath + "history/page/\(page)/"
    }

    public func incident(_ slug: String) -> String { basePath + "incidents/\(slug)/" }

    public func component(_ id: String) -> String { basePath + "components/\(id)/" }

    /// The link of a file at a path relative to the output folder.
    public func file(_ path: String) -> String { basePath + path }

    /// The absolute URL of a link, when the site has a base URL.
    public func absolute(_ link: String) -> String? {
        guard let baseURL else { return nil }
        return baseURL + link.dropFirst(basePath.count)
    }

    /// The output file of a page link: `incidents/x/index.html`; `index.html` for the home page.
    public func outputPath(ofPage link: String) -> String {
        String(link.dropFirst(basePath.count)) + "index.html"
    }
}
