import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// The history and each component's incidents are paged at 100 incidents, and the home page does not grow with
/// the number of old incidents.
@Suite struct ListPagingTests {
    /// `count` resolved incidents, one a day from 1 Jan 2024, all older than the uptime window.
    func incidents(_ count: Int) -> [String: String] {
        var files: [String: String] = [:]
        for index in 0..<count {
            let day = CivilDate(year: 2024, month: 1, day: 1).adding(days: index).description
            files["\(day)-outage.md"] = """
                ---
                title: Outage \(index + 1)
                components:
                  API: partial outage
                started: \(day) 10:00 UTC
                ended: \(day) 10:30 UTC
                ---
                ## Resolved — \(day) 10:30 UTC
                Fixed.

                """
        }
        return files
    }

    @Test func historyPagesHoldAtMost100Incidents() async throws {
        let site = try makeSite(incidents: incidents(205))
        let result = try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url)
        #expect(result.diagnostics.isEmpty)
        let pages = result.files.map(\.path).filter { $0.hasPrefix("history/") && $0.hasSuffix(".html") }
        #expect(pages == ["history/index.html", "history/page/2/index.html", "history/page/3/index.html"])
        let rows = pages.map { text(of: $0, in: result).components(separatedBy: "<li class=\"row\">").count - 1 }
        #expect(rows == [100, 100, 5])
        let first = text(of: "history/index.html", in: result)
        #expect(first.contains("<p class=\"muted\">205 incidents and maintenance windows, newest first. Page 1 of 3.</p>"))
        #expect(first.contains("<a href=\"/history/page/2/\" rel=\"next\">Older</a>"))
        #expect(first.contains("<h2 id=\"m-2024-07\">July 2024</h2>"))
        let last = text(of: "history/page/3/index.html", in: result)
        #expect(last.contains("<a href=\"/history/page/2/\" rel=\"prev\">Newer</a>"))
        #expect(last.contains("<a class=\"row-title\" href=\"/incidents/2024-01-01-outage/\">Outage 1</a>"))
    }

    /// A component's first page has its status, uptime and days with incidents; every page has a hundred of its
    /// incidents and links to the others, as the history's pages do.
    @Test func componentPagesHoldAtMost100Incidents() async throws {
        let site = try makeSite(
            configuration: "title: Test\nbase_url: https://status.test\ncomponents:\n  - name: API\n  - name: Web\n",
            incidents: incidents(205))
        let result = try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url)
        #expect(result.diagnostics.isEmpty)
        let pages = result.files.map(\.path).filter { $0.hasPrefix("components/") && $0.hasSuffix(".html") }
        #expect(pages == [
            "components/api/index.html", "components/api/page/2/index.html", "components/api/page/3/index.html",
            "components/web/index.html",
        ])
        let rows = pages.map { text(of: $0, in: result).components(separatedBy: "<li class=\"row\">").count - 1 }
        #expect(rows == [100, 100, 5, 0])
        let first = text(of: "components/api/index.html", in: result)
        #expect(first.contains("<title>API · Test</title>"))
        #expect(first.contains("<p class=\"muted\">205 incidents and maintenance windows, newest first. Page 1 of 3.</p>"))
        #expect(first.contains("<dt>Uptime, last 30 days</dt>"))
        #expect(first.contains("<nav class=\"pager\" aria-label=\"Pages of incidents\">"))
        #expect(first.contains("<a href=\"/components/api/page/2/\" rel=\"next\">Older</a>"))
        #expect(first.contains("<a class=\"row-title\" href=\"/incidents/2024-07-23-outage/\">Outage 205</a>"))
        let last = text(of: "components/api/page/3/index.html", in: result)
        #expect(last.contains("<title>API, page 3 · Test</title>"))
        #expect(last.contains("<link rel=\"canonical\" href=\"https://status.test/components/api/page/3/\">"))
        #expect(last.contains("<a href=\"/components/api/page/2/\" rel=\"prev\">Newer</a>"))
        #expect(last.contains("<span aria-current=\"page\">3</span>"))
        #expect(last.contains("<a class=\"row-title\" href=\"/incidents/2024-01-01-outage/\">Outage 1</a>"))
        #expect(!last.contains("Uptime, last 30 days") && !last.contains("id=\"days\"") && !last.contains("class=\"bar\""))
        // A component with one page of incidents, or none, has no pager.
        let web = text(of: "components/web/index.html", in: result)
        #expect(!web.contains("class=\"pager\"") && web.contains("No incidents have affected this component."))
        let sitemap = text(of: "sitemap.xml", in: result)
        #expect(sitemap.contains("<loc>https://status.test/components/api/page/3/</loc>"))
    }

    @Test func theHomePageDoesNotGrowWithOldIncidents() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let fewSite = try makeSite(incidents: incidents(5))
        let manySite = try makeSite(incidents: incidents(205))
        let few = try await SiteBuilder(now: now).build(root: fewSite.url)
        let many = try await SiteBuilder(now: now).build(root: manySite.url)
        #expect(!text(of: "index.html", in: few).isEmpty)
        #expect(text(of: "index.html", in: few) == text(of: "index.html", in: many))
    }
}
