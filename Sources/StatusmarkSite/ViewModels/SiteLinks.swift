import Foundation

/// Where each page lives: its link (root-relative, under the base URL's path) and its file in the output folder.
///
/// Pages use clean URLs: a page's link ends in `/` and its file is that folder's `index.html`. Links between pages
/// are root-relative (`/incidents/db-outage/`, or `/status/incidents/db-outage/` when the base URL has a path), so
/// they work from every page, 404.html included. Feeds, the API, the calendar and the sitemap are read away from
/// the site, so they use absolute URLs made from the base URL.
public struct SiteLinks: Sendable, Hashable {
    /// The path every link starts with: `/`, or the base URL's path ending in `/`.
    public let basePath: String
    /// The base URL ending in `/`.
    public let baseURL: String
    /// The base URL's host, such as `status.example.com`.
    public let host: String

    /// - Parameter baseURL: An absolute http or https URL.
    /// - Returns: `nil` when `baseURL` is not an absolute http(s) URL without query or fragment.
    public init?(baseURL: String) {
        guard let components = URLComponents(string: baseURL),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil
        else { return nil }
        let path = components.path.hasSuffix("/") ? components.path : components.path + "/"
        self.basePath = path
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.host = host.lowercased()
    }
}

extension SiteLinks {
    public var home: String { basePath }

    public func history(page: Int) -> String {
        page <= 1 ? basePath + "history/" : basePath + "history/page/\(page)/"
    }

    public func incident(_ slug: String) -> String { basePath + "incidents/\(slug)/" }

    /// A component's page; its later pages of incidents are under `page/<n>/`, as the history's are.
    public func component(_ id: String, page: Int = 1) -> String {
        page <= 1 ? basePath + "components/\(id)/" : basePath + "components/\(id)/page/\(page)/"
    }

    /// The site's feeds and calendar, as paths in the output folder (Statuspage's paths, for the feeds).
    public static let atomFeedPath = "history.atom"
    public static let rssFeedPath = "history.rss"
    public static let jsonFeedPath = "feed.json"
    public static let calendarPath = "maintenance.ics"

    /// A component's Atom feed, as a path in the output folder.
    public static func componentFeedPath(_ id: String) -> String { "components/\(id)/history.atom" }

    /// The link of a file at a path relative to the output folder.
    public func file(_ path: String) -> String { basePath + path }

    /// The absolute URL of a link.
    public func absolute(_ link: String) -> String {
        baseURL + link.dropFirst(basePath.count)
    }

    /// The absolute URL of a file at a path relative to the output folder.
    public func absoluteFile(_ path: String) -> String { baseURL + path }

    /// The output file of a page link: `incidents/x/index.html`; `index.html` for the home page.
    public func outputPath(ofPage link: String) -> String {
        String(link.dropFirst(basePath.count)) + "index.html"
    }
}
