import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// A group with `collapsed: true` is folded on the home page only while all its components are operational, and
/// its summary line names the group's worst status, so folding never hides trouble.
@Suite struct ComponentGroupTests {
    static let configuration = """
        title: Test
        base_url: https://status.test
        components:
          - name: API
            group: Core
          - name: Web
            group: Core
        groups:
          - name: Core
            description: What customers use.
            collapsed: true

        """

    @Test func aCollapsedGroupOpensWhileAComponentIsNotOperational() async throws {
        let site = try makeSite(
            configuration: Self.configuration,
            incidents: [
                "2025-07-16-slow.md": "---\ntitle: Slow\ncomponents:\n  web: degraded\n---\n## Investigating — 2025-07-16 10:00 UTC\nSlow.\n\n## Resolved — 2025-07-16 11:00 UTC\n"
            ])
        let during = text(of: "index.html", in: try await SiteBuilder(now: instant("2025-07-16T10:30:00Z")).build(root: site.url))
        #expect(during.contains("""
            <details class="group" open>
            <summary><h3>Core</h3> <span class="badge s-degraded"><svg class="icon" aria-hidden="true"><use href="#i-degraded"></use></svg>Degraded performance</span>
            </summary>
            <p class="muted group-description">What customers use.</p>
            """))
        let after = text(of: "index.html", in: try await SiteBuilder(now: instant("2025-07-16T12:00:00Z")).build(root: site.url))
        #expect(after.contains("""
            <details class="group">
            <summary><h3>Core</h3> <span class="badge s-operational">
            """))
    }

    /// Every group shows its worst status beside its heading, as Statuspage does, rendered on the server.
    @Test func everyGroupShowsItsWorstStatus() async throws {
        let site = try makeSite(
            configuration: "title: Test\nbase_url: https://status.test\ncomponents:\n  - name: API\n    group: Edge\n  - name: Web\n    group: Edge\n  - name: Mail\n",
            incidents: ["2025-07-16-slow.md": "---\ntitle: Slow\ncomponents:\n  web: partial\n---\n## Investigating — 2025-07-16 10:00 UTC\nSlow.\n"])
        let home = text(of: "index.html", in: try await SiteBuilder(now: instant("2025-07-16T10:30:00Z")).build(root: site.url))
        #expect(home.contains(
            "<h3>Edge <span class=\"badge s-partial\"><svg class=\"icon\" aria-hidden=\"true\"><use href=\"#i-partial\"></use></svg>Partial outage</span>\n</h3>"))
    }

    /// A component's page gives its status once, above its bar, and the figure beside the bar is for the days the
    /// bar shows: all 90 on a wide screen, the last 30 on a narrow one.
    @Test func aComponentPageGivesItsStatusOnceAndEachBarItsOwnUptime() async throws {
        let site = try makeSite(incidents: [
            "2025-06-01-down.md": "---\ntitle: Down\ncomponents:\n  api: major\n---\n## Investigating — 2025-06-01 10:00 UTC\n\n## Resolved — 2025-06-01 22:00 UTC\n"
        ])
        let result = try await SiteBuilder(now: instant("2025-07-16T12:00:00Z")).build(root: site.url)
        let page = text(of: "components/api/index.html", in: result)
        let top = page.components(separatedBy: "id=\"reliability\"")[0]
        #expect(top.components(separatedBy: "Operational</span>").count == 2)
        #expect(page.contains("<span class=\"wide\">99.44% uptime</span><span class=\"narrow\">100.00% uptime</span>"))
        let home = text(of: "index.html", in: result)
        #expect(home.contains("<span class=\"wide\">99.44% uptime</span><span class=\"narrow\">100.00% uptime</span>"))
    }
}
