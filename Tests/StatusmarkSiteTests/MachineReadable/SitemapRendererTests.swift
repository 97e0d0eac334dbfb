import Foundation
import StatusmarkCore
import StatusmarkTestSupport
import Testing
@testable import StatusmarkSite

/// The sitemap lists every page with its last change; a rebuild patches the last one, line by line, to the same
/// bytes a fresh sitemap has.
@Suite struct SitemapRendererTests {
    let renderer = SitemapRenderer(links: SiteLinks(baseURL: "https://status.test/")!)

    func entries(_ count: Int) -> [SitemapRenderer.Entry] {
        (0..<count).map {
            SitemapRenderer.Entry(link: "/incidents/\($0)/", modified: instant("2025-03-10T12:00:00Z").addingTimeInterval(Double($0) * 60))
        }
    }

    @Test func eachPageIsALineWithItsLastChange() {
        let sitemap = renderer.render([
            SitemapRenderer.Entry(link: "/", modified: instant("2025-03-10T12:00:00Z")),
            SitemapRenderer.Entry(link: "/incidents/a&b/", modified: instant("2025-03-09T08:30:00Z")),
        ])
        #expect(String(decoding: sitemap.bytes, as: UTF8.self) == """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://status.test/</loc><lastmod>2025-03-10T12:00:00Z</lastmod></url>
            <url><loc>https://status.test/incidents/a&amp;b/</loc><lastmod>2025-03-09T08:30:00Z</lastmod></url>
            </urlset>

            """)
        #expect(sitemap.ends == [182, 282])
    }

    /// Lines that change length move the ones after them; the patch keeps each line's end right, so that the
    /// next patch does too.
    @Test func aPatchedSitemapIsWhatAFreshOneIs() {
        let before = entries(10)
        var earlier = renderer.render(before)
        for changed in [[0], [5], [9], [0, 4, 9], [1, 2, 3], [8, 9]] {
            var after = earlier.entries
            for index in changed {
                after[index].modified += 3600
                after[index].link += "renamed-\(index)/"
            }
            let patched = renderer.render(after, patching: earlier)
            let fresh = renderer.render(after)
            #expect(String(decoding: patched.bytes, as: UTF8.self) == String(decoding: fresh.bytes, as: UTF8.self), "\(changed)")
            #expect(patched.ends == fresh.ends, "\(changed)")
            earlier = patched
        }
    }

    @Test func anUnchangedSitemapIsTheLastOnesBytes() {
        let earlier = renderer.render(entries(3))
        let again = renderer.render(entries(3), patching: earlier)
        #expect(again.bytes.withUnsafeBufferPointer { $0.baseAddress } == earlier.bytes.withUnsafeBufferPointer { $0.baseAddress })
        // Another number of pages is written whole.
        #expect(renderer.render(entries(4), patching: earlier).bytes == renderer.render(entries(4)).bytes)
    }
}
