import Foundation
@testable import StatusmarkSite
import Testing

/// `_headers` gives fingerprinted assets a year of caching and everything else a minute, and never lets two rules
/// set Cache-Control on one path (Cloudflare Pages would join them into one contradictory value).
@Suite struct HeadersRendererTests {
    static let short = "  Cache-Control: public, max-age=60, stale-while-revalidate=60, stale-if-error=86400\n"
    static let long = "  Cache-Control: public, max-age=31536000, immutable\n"

    @Test func assetsAreNamedOneByOneAndOtherFoldersAsAWhole() throws {
        let links = try #require(SiteLinks(baseURL: "https://example.com/status"))
        let text = HeadersRenderer(links: links).render(
            paths: [
                "index.html", "404.html", "assets/style.0123456789.css", "assets/logo.png", "incidents/a/index.html",
                "incidents/b/index.html", "api/v2/status.json", "history.atom",
            ],
            fingerprinted: ["assets/style.0123456789.css"])
        let rules = text.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        #expect(
            rules == """
                /status/assets/style.0123456789.css
                \(Self.long)
                /status/
                \(Self.short)
                /status/404.html
                \(Self.short)
                /status/api/*
                \(Self.short)
                /status/assets/logo.png
                \(Self.short)
                /status/history.atom
                \(Self.short)
                /status/incidents/*
                \(Self.short)
                /status/index.html
                \(Self.short)
                /status/history.atom
                  Content-Type: application/atom+xml; charset=utf-8

                /status/components/:id/history.atom
                  Content-Type: application/atom+xml; charset=utf-8

                /status/history.rss
                  Content-Type: application/rss+xml; charset=utf-8

                /status/feed.json
                  Content-Type: application/feed+json; charset=utf-8

                /status/maintenance.ics
                  Content-Type: text/calendar; charset=utf-8

                /status/api/*
                  Access-Control-Allow-Origin: *

                """)
        #expect(text.hasPrefix("# Written by statusmark build for Netlify and Cloudflare Pages.\n/status/*\n"))
    }
}
