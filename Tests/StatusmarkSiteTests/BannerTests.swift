import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// The banner says what the components show, worst first; an incident's severity, escalation included, stays on
/// its card, which says why; `status.json` keeps Statuspage's indicator and words the banner's state.
@Suite struct BannerTests {
    /// The sample site at 2025-09-23 03:00 UTC: SMS degraded for more than 4 h (its incident escalated to Major),
    /// Dashboard and Billing under maintenance.
    @Test func theBannerFollowsTheComponentsAndTheCardSaysWhyTheIncidentIsMajor() async throws {
        let result = try await SiteBuilder(now: instant("2025-09-23T03:00:00Z")).build(root: RepositoryPaths.root)
        #expect(!result.diagnostics.hasErrors)
        let home = text(of: "index.html", in: result)
        #expect(home.contains(
            "<h1 id=\"overall\"><svg class=\"icon\" aria-hidden=\"true\"><use href=\"#i-degraded\"></use></svg>Degraded performance</h1>"))
        #expect(home.contains(
            "<span class=\"severity\"><span class=\"badge s-partial\"><svg class=\"icon\" aria-hidden=\"true\"><use href=\"#i-partial\"></use></svg>Major</span>\n<span>: ongoing for more than 4 h</span></span>"))
        let status = try #require(
            try JSONSerialization.jsonObject(with: Data(text(of: "api/v2/status.json", in: result).utf8)) as? [String: Any])
        let words = try #require(status["status"] as? [String: String])
        #expect(words == ["indicator": "major", "description": "Minor Service Outage"])
    }

    /// An ongoing incident that names no component still raises the banner to what its severity implies; with it
    /// listed as active, the past days' list says "no other incidents", not "no incidents".
    @Test func anIncidentWithoutComponentsStillRaisesTheBanner() async throws {
        let site = try makeSite(incidents: [
            "2025-03-10-slow.md": "---\ntitle: Slow\nseverity: major\n---\n## Investigating — 2025-03-10 11:00 UTC\nSlow.\n"
        ])
        let home = text(of: "index.html", in: try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url))
        #expect(home.contains("<use href=\"#i-partial\"></use></svg>Partial outage</h1>"))
        #expect(home.contains("<p class=\"muted\">No other incidents in the past 14 days.</p>"))
        let empty = try makeSite()
        let quiet = text(of: "index.html", in: try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: empty.url))
        #expect(quiet.contains("<p class=\"muted\">No incidents in the past 14 days.</p>"))
    }
}
