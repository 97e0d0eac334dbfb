import Foundation

/// `sitemap.xml` (sitemaps.org 0.9) and `robots.txt`, which points crawlers at it.
struct SitemapRenderer: Sendable {
    let links: SiteLinks

    /// A page of the sitemap: its link and when it last changed.
    struct Entry: Sendable, Equatable {
        var link: String
        var modified: Date
    }

    /// A sitemap as written, with what it was written from, for the next to patch.
    struct Rendered: Sendable {
        var bytes: [UInt8]
        var entries: [Entry]
        /// Where each entry's line ends in ``bytes``.
        var ends: [Int]
    }

    private static let header = Array(
        """
        <?xml version="1.0" encoding="utf-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

        """.utf8)
    private static let footer = Array("</urlset>\n".utf8)

    /// The sitemap of `pages`. Given the last one, of as many pages, only the lines of the pages that differ are
    /// written again, and the others copied: an edit changes one incident's line of ten thousand, and writing
    /// them all took 20 ms. With none different, the last one's bytes are returned as they were.
    func render(_ pages: [Entry], patching earlier: Rendered? = nil) -> Rendered {
        if let earlier, earlier.entries.count == pages.count {
            let changed = pages.indices.filter { pages[$0] != earlier.entries[$0] }
            if changed.isEmpty { return earlier }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(earlier.bytes.count + 64 * changed.count)
            var ends: [Int] = []
            ends.reserveCapacity(pages.count)
            var copied = 0
            var shift = 0
            for index in changed {
                let start = index == 0 ? Self.header.count : earlier.ends[index - 1]
                bytes += earlier.bytes[copied..<start]
                ends += earlier.ends[ends.count..<index].lazy.map { $0 + shift }
                bytes += line(pages[index])
                shift = bytes.count - earlier.ends[index]
                ends.append(bytes.count)
                copied = earlier.ends[index]
            }
            bytes += earlier.bytes[copied...]
            ends += earlier.ends[ends.count...].lazy.map { $0 + shift }
            return Rendered(bytes: bytes, entries: pages, ends: ends)
        }
        var bytes = Self.header
        var ends: [Int] = []
        ends.reserveCapacity(pages.count)
        for page in pages {
            bytes += line(page)
            ends.append(bytes.count)
        }
        bytes += Self.footer
        return Rendered(bytes: bytes, entries: pages, ends: ends)
    }

    private func line(_ page: Entry) -> String.UTF8View {
        ("<url><loc>\(XMLText.escape(links.absolute(page.link)))</loc>"
            + "<lastmod>\(InstantFormat.rfc3339(page.modified))</lastmod></url>\n").utf8
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(links.absoluteFile("sitemap.xml"))\n"
    }
}
