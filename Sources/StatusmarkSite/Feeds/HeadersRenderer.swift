/// `_headers`, the file Netlify and Cloudflare Pages read for response headers: fingerprinted assets are cached
/// for a year, everything else (pages, feeds, API, badges) for a minute, and served stale while the origin fails.
///
/// Both hosts merge the headers of every rule that matches a path, and Cloudflare joins two Cache-Control values
/// into one, so the rules never overlap on Cache-Control: each fingerprinted asset is named exactly, and the
/// other files are covered folder by folder.
struct HeadersRenderer: Sendable {
    let links: SiteLinks

    static let shortCache = "public, max-age=60, stale-while-revalidate=60, stale-if-error=86400"
    static let longCache = "public, max-age=31536000, immutable"
    /// Content types hosts do not all know.
    static let contentTypes = [
        ("history.atom", "application/atom+xml; charset=utf-8"),
        ("components/:id/history.atom", "application/atom+xml; charset=utf-8"),
        ("history.rss", "application/rss+xml; charset=utf-8"),
        ("feed.json", "application/feed+json; charset=utf-8"),
        ("maintenance.ics", "text/calendar; charset=utf-8"),
    ]

    /// - Parameters:
    ///   - paths: every file of the site, relative to the output folder.
    ///   - fingerprinted: the paths whose names hold a hash of their bytes.
    func render(paths: [String], fingerprinted: Set<String>) -> String {
        var text = """
            # Written by statusmark build for Netlify and Cloudflare Pages.
            \(links.basePath)*
              X-Content-Type-Options: nosniff
              Referrer-Policy: strict-origin-when-cross-origin

            """
        func rule(_ path: String, _ headers: [(String, String)]) {
            text += "\n\(links.basePath)\(path)\n" + headers.map { "  \($0): \($1)\n" }.joined()
        }
        for path in paths.filter(fingerprinted.contains).sorted() {
            rule(path, [("Cache-Control", Self.longCache)])
        }
        // Folders without a fingerprinted file get one rule; in the others each file is named.
        let foldersWithAssets = Set(fingerprinted.compactMap(Self.topFolder))
        var folders: Set<Substring> = []
        var short: Set<String> = ["", "index.html"]
        for path in paths where !fingerprinted.contains(path) {
            if let folder = Self.topFolder(path), !foldersWithAssets.contains(folder) {
                folders.insert(folder)
            } else {
                short.insert(path)
            }
        }
        for folder in folders { short.insert(folder + "/*") }
        for path in short.sorted() {
            rule(path, [("Cache-Control", Self.shortCache)])
        }
        for (path, type) in Self.contentTypes {
            rule(path, [("Content-Type", type)])
        }
        // embed.js on another site reads the summary; any page may read the API.
        rule("api/*", [("Access-Control-Allow-Origin", "*")])
        return text
    }

    private static func topFolder(_ path: String) -> Substring? {
        path.utf8.firstIndex(of: UInt8(ascii: "/")).map { path[..<$0] }
    }
}
