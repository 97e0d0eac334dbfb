import Foundation

/// `sitemap.xml` (sitemaps.org 0.9) and `robots.txt`, which points crawlers at it.
struct SitemapRenderer: Sendable {
    let links: SiteLinks

    /// A page of the sitemap: its link and when it last changed.
    struct Entry: Sendable, Equatable {
        var link: String
        var modified: Date
    }

    private static let header = Array(
        """
        <?xml version="1.0" encoding="utf-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

        """.utf8)
    private static let footer = Array("</urlset>\n".utf8)

    /// The sitemap of `pages`.
    /// - Parameter line: A page's line (``line(_:)``, or the one made before for the same entry).
    func render(_ pages: [Entry], line: (Entry) -> [UInt8]) -> [UInt8] {
        var bytes = Self.header
        bytes.reserveCapacity(pages.count * 96)
        for page in pages { bytes += line(page) }
        bytes += Self.footer
        return bytes
    }

    func render(_ pages: [Entry]) -> [UInt8] {
        render(pages, line: line)
    }

    /// A page's line: its address and its last change.
    func line(_ page: Entry) -> [UInt8] {
        Array(
            ("<url><loc>\(XMLText.escape(links.absolute(page.link)))</loc>"
                + "<lastmod>\(InstantFormat.rfc3339(page.modified))</lastmod></url>\n").utf8)
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(links.absoluteFile("sitemap.xml"))\n"
    }
}
