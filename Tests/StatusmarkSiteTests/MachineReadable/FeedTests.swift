import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StatusmarkCore
@testable import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// The feeds list incidents by their latest update, cap at `feed_limit`, give each component only its own
/// incidents, and need a base URL for their absolute links.
@Suite struct FeedTests {
    static let configuration = """
        title: Feed Test
        base_url: https://status.test/
        feed_limit: 2
        components:
          - name: API
          - name: Web

        """

    /// Three resolved incidents; the oldest one got a postmortem last, so it leads the feed.
    static let incidents = [
        "2025-02-20-old.md": """
            ---
            title: Old outage
            components:
              Web: partial outage
            ---
            ## Postmortem — 2025-03-05 09:00 UTC
            It was the cache.

            ## Resolved — 2025-02-20 11:00 UTC
            Fixed.

            ## Investigating — 2025-02-20 10:00 UTC
            Looking.

            """,
        "2025-03-01-first.md": """
            ---
            title: First
            components:
              API: degraded performance
            ---
            ## Investigating — 2025-03-01 10:00 UTC
            Looking.

            ## Resolved — 2025-03-01 10:30 UTC
            Fixed.

            """,
        "2025-03-02-second.md": """
            ---
            title: Second
            components:
              API: major outage
            ---
            ## Investigating — 2025-03-02 10:00 UTC
            Looking.

            ## Resolved — 2025-03-02 10:30 UTC
            Fixed.

            """,
    ]

    func build() async throws -> BuildResult {
        let site = try makeSite(configuration: Self.configuration, incidents: Self.incidents)
        return try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url)
    }

    /// `(id, updated)` of each Atom entry, in order.
    func atomEntries(_ xml: String) throws -> [String] {
        let reader = AtomEntryReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "")")
        return reader.entries
    }

    @Test func entriesAreNewestUpdateFirstAndCappedAtFeedLimit() async throws {
        let result = try await build()
        #expect(result.diagnostics.isEmpty)
        #expect(
            try atomEntries(text(of: "history.atom", in: result)) == [
                "https://status.test/incidents/2025-02-20-old/ 2025-03-05T09:00:00Z",
                "https://status.test/incidents/2025-03-02-second/ 2025-03-02T10:30:00Z",
            ])
        let rss = text(of: "history.rss", in: result)
        #expect(rss.components(separatedBy: "<item>").count - 1 == 2)
        #expect(rss.contains("<pubDate>Wed, 05 Mar 2025 09:00:00 +0000</pubDate>"))
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(text(of: "feed.json", in: result).utf8)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == [
            "https://status.test/incidents/2025-02-20-old/", "https://status.test/incidents/2025-03-02-second/",
        ])
        #expect(items.map { $0["date_modified"] as? String } == ["2025-03-05T09:00:00Z", "2025-03-02T10:30:00Z"])
        #expect(json["feed_url"] as? String == "https://status.test/feed.json")
        #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
    }

    @Test func aPostmortemPostedLastIsTheEntrysContent() async throws {
        let atom = await text(of: "history.atom", in: try build())
        #expect(
            atom.contains(
                "<content type=\"html\">&lt;p&gt;&lt;strong&gt;Postmortem&lt;/strong&gt; · &lt;time datetime=&quot;"
                    + "2025-03-05T09:00:00Z&quot;&gt;5 Mar 2025, 09:00 UTC&lt;/time&gt;&lt;/p&gt;\n&lt;p&gt;It was the cache.&lt;/p&gt;\n"
                    + "&lt;p&gt;Severity: Major. Affected: Web (partial outage).&lt;/p&gt;\n"))
    }

    @Test func aComponentFeedHoldsOnlyItsIncidents() async throws {
        let result = try await build()
        let web = text(of: "components/web/history.atom", in: result)
        #expect(try atomEntries(web) == ["https://status.test/incidents/2025-02-20-old/ 2025-03-05T09:00:00Z"])
        #expect(web.contains("<title>Feed Test: Web</title>"))
        #expect(web.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://status.test/components/web/history.atom\"/>"))
        let api = text(of: "components/api/history.atom", in: result)
        #expect(try atomEntries(api).count == 2)
    }

    @Test func pagesLinkTheirFeeds() async throws {
        let result = try await build()
        let feeds = """
            <link rel="alternate" type="application/atom+xml" title="Feed Test (Atom)" href="/history.atom">
            <link rel="alternate" type="application/rss+xml" title="Feed Test (RSS)" href="/history.rss">
            <link rel="alternate" type="application/feed+json" title="Feed Test (JSON Feed)" href="/feed.json">

            """
        #expect(text(of: "index.html", in: result).contains(feeds))
        #expect(
            text(of: "components/web/index.html", in: result).contains(
                feeds
                    + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Feed Test: Web (Atom)\" href=\"/components/web/history.atom\">\n"
            ))
    }

    @Test func aBuildWithoutABaseURLFailsWithADiagnosticAndNoFiles() async throws {
        let site = try makeSite(configuration: "title: No URL\ncomponents:\n  - API\n")
        let result = try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url)
        #expect(result.files.isEmpty)
        #expect(
            DiagnosticFormatter(format: .text).render(result.diagnostics, source: { path in
                result.sources.configuration.path == path ? result.sources.configuration : nil
            }) == """
                statusmark.yml:1:1: error: statusmark.yml has no 'base_url', which feeds, the API and the sitemap need for their links [config.missing-key]
                    1 | title: No URL
                      | ^
                   note: add the address the site is published at, such as 'base_url: https://status.example.com', or pass --base-url

                """)
        let given = try await SiteBuilder(now: instant("2025-03-10T12:00:00Z"), baseURL: "https://given.test/status").build(root: site.url)
        #expect(given.diagnostics.isEmpty)
        #expect(text(of: "robots.txt", in: given) == "User-agent: *\nAllow: /\n\nSitemap: https://given.test/status/sitemap.xml\n")
    }
}

/// Collects each Atom entry's id and updated time.
private final class AtomEntryReader: NSObject, XMLParserDelegate {
    var entries: [String] = []
    private var inEntry = false
    private var element = ""
    private var id = ""
    private var updated = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "entry" { (inEntry, id, updated) = (true, "", "") }
        element = name
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inEntry else { return }
        if element == "id" { id += string }
        if element == "updated" { updated += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "entry" {
            inEntry = false
            entries.append("\(id) \(updated)")
        }
        element = ""
    }
}
