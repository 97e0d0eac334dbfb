import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// `aliases:`: a redirect page at each old address and `_redirects` rules after the theme's own, and an alias that
/// is a page's address, another alias, or not a path is an error at its line, with nothing built.
@Suite struct RedirectTests {
    let now = instant("2025-07-17T00:00:00Z")
    static let configuration = "title: Test\nbase_url: https://x.test/status\ncomponents:\n  - name: API\n"

    static func incident(_ title: String, aliases: [String]) -> String {
        "---\ntitle: \"\(title)\"\naliases:\n" + aliases.map { "  - \($0)\n" }.joined()
            + "---\n## Investigating — 2025-07-16 10:00 UTC\nSlow.\n"
    }

    @Test func eachAliasGetsARedirectPageAndARuleAfterTheThemes() async throws {
        let site = try makeSite(
            configuration: Self.configuration,
            incidents: [
                "2025-07-16-slow.md": Self.incident("Slow <API>", aliases: ["/issues/slow-api/", "/incidents/abc123", "/old/slow.html"])
            ],
            theme: ["static/_redirects": "/blog/* https://blog.x.test/:splat 301"])
        let result = try await SiteBuilder(now: now).build(root: site.url)
        #expect(result.diagnostics.isEmpty)
        #expect(
            text(of: "_redirects", in: result) == """
                /blog/* https://blog.x.test/:splat 301
                /status/issues/slow-api/ /status/incidents/2025-07-16-slow/ 301
                /status/incidents/abc123 /status/incidents/2025-07-16-slow/ 301
                /status/old/slow.html /status/incidents/2025-07-16-slow/ 301

                """)
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Slow &lt;API&gt;</title>
            <link rel="canonical" href="https://x.test/status/incidents/2025-07-16-slow/">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=/status/incidents/2025-07-16-slow/">
            </head>
            <body>
            <p>This page has moved to <a href="/status/incidents/2025-07-16-slow/">Slow &lt;API&gt;</a>.</p>
            </body>
            </html>

            """
        for path in ["issues/slow-api/index.html", "incidents/abc123/index.html", "old/slow.html"] {
            #expect(text(of: path, in: result) == page, "\(path)")
        }
        // Redirects are not pages of their own: the sitemap does not list them.
        #expect(!text(of: "sitemap.xml", in: result).contains("issues"))
    }

    @Test func aSiteWithoutAliasesWritesTheThemesRulesOrNone() async throws {
        let plain = try makeSite(incidents: ["2025-07-16-slow.md": Self.incident("Slow", aliases: [])])
        #expect(try await SiteBuilder(now: now).build(root: plain.url).files.allSatisfy { $0.path != "_redirects" })
        let themed = try makeSite(theme: ["static/_redirects": "/a /b 301\n"])
        #expect(text(of: "_redirects", in: try await SiteBuilder(now: now).build(root: themed.url)) == "/a /b 301\n")
    }

    @Test func anAliasThatIsAPageOrAnotherAliasIsAnErrorAtItsLine() async throws {
        let site = try makeSite(
            configuration: Self.configuration,
            incidents: [
                "2025-07-16-a.md": Self.incident("A", aliases: ["/history/", "/issues/x/", "/incidents/2025-07-16-b/"]),
                "2025-07-16-b.md": Self.incident("B", aliases: ["/issues/x", "/issues/y/", "/issues/y/"]),
            ])
        let result = try await SiteBuilder(now: now).build(root: site.url)
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map { "\($0.location?.description ?? "") \($0.code) \($0.message)" } == [
            "incidents/2025-07-16-a.md:4:5 incident.alias-collision the alias '/history/' is the address of the history page /status/history/",
            "incidents/2025-07-16-a.md:6:5 incident.alias-collision the alias '/incidents/2025-07-16-b/' is the address of the page of incidents/2025-07-16-b.md",
            "incidents/2025-07-16-b.md:4:5 incident.alias-collision the alias '/issues/x' is already an alias ('/issues/x/')",
            "incidents/2025-07-16-b.md:6:5 incident.alias-collision the alias '/issues/y/' is already an alias",
        ])
        let note = try #require(result.diagnostics.first { $0.message.contains("'/issues/x'") }?.notes.first)
        #expect(note.location?.description == "incidents/2025-07-16-a.md:5:5")
    }

    @Test(arguments: [
        ("issues/x/", "must start with '/'"),
        ("/issues/x/?page=2", "holds '?': an alias is a path, without query or fragment"),
        ("/issues/../../etc/", "holds '..' as a segment"),
        ("/issues//x/", "holds an empty segment ('//')"),
        ("'/issues/a b/'", "holds a space, which a path cannot hold unescaped; write it percent-encoded"),
        ("/", "is the home page"),
    ])
    func anAliasThatIsNotAPathIsAnError(alias: String, problem: String) async throws {
        let site = try makeSite(incidents: ["2025-07-16-a.md": Self.incident("A", aliases: [alias])])
        let result = try await SiteBuilder(now: now).build(root: site.url)
        #expect(result.files.isEmpty)
        let shown = alias.hasPrefix("'") ? String(alias.dropFirst().dropLast()) : alias
        #expect(result.diagnostics.map { "\($0.location?.description ?? "") \($0.code) \($0.message)" } == [
            "incidents/2025-07-16-a.md:4:5 incident.alias-invalid the alias '\(shown)' \(problem)"
        ])
    }
}
