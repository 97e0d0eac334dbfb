import Foundation

/// `sitemap.xml` (sitemaps.org 0.9) and `robots.txt`, which points crawlers at it.
struct SitemapRenderer: Sendable {
    let links: SiteLinks

    /// - Parameter pages: each page's link and when it last changed.
    /// A page of the sitemap.
    struct Entry: Sendable, Equatable {
        var link: String
        var modified: Date
    }

    func sitemap(_ pages: [Entry]) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for page in pages {
            xml += "<url><loc>\(XMLText.escape(links.absolute(page.link)))</loc>"
            xml += "<lastmod>\(InstantFormat.rfc3339(page.modified))</lastmod></url>\n"
        }
        return xml + "</urlset>\n"
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(links.absoluteFile("sitemap.xml"))\n"
    }
}
