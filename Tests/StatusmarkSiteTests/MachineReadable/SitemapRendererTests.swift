import Foundation
import StatusmarkCore
import StatusmarkTestSupport
import Testing
@testable import StatusmarkSite

/// The sitemap lists every page with its last change.
@Suite struct SitemapRendererTests {
    let renderer = SitemapRenderer(links: SiteLinks(baseURL: "https://status.test/")!)

    @Test func eachPageIsALineWithItsLastChange() {
        let sitemap = renderer.render([
            SitemapRenderer.Entry(link: "/", modified: instant("2025-03-10T12:00:00Z")),
            SitemapRenderer.Entry(link: "/incidents/a&b/", modified: instant("2025-03-09T08:30:00Z")),
        ])
        #expect(String(decoding: sitemap, as: UTF8.self) == """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://status.test/</loc><lastmod>2025-03-10T12:00:00Z</lastmod></url>
            <url><loc>https://status.test/incidents/a&amp;b/</loc><lastmod>2025-03-09T08:30:00Z</lastmod></url>
            </urlset>

            """)
    }
}
