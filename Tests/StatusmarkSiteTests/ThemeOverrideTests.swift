import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// A site's own site-template/ files replace the built-in theme's, and their mistakes are located diagnostics.
@Suite struct ThemeOverrideTests {
    let now = instant("2025-03-10T12:00:00Z")

    @Test func aSiteFileReplacesTheBuiltInOne() async throws {
        let site = try makeSite(theme: [
            "templates/404.mustache": "{{<layout}}{{$main}}<h1>Lost? {{site.title}}</h1>{{/main}}{{/layout}}\n",
            "static/CNAME": "status.example.com\n",
            "assets/logo.txt": "logo\n",
        ])
        let result = try await SiteBuilder(now: now).build(root: site.url)
        #expect(result.diagnostics.isEmpty)
        #expect(text(of: "404.html", in: result).contains("<main id=\"main\" class=\"wrap\">\n<h1>Lost? Test</h1>\n</main>"))
        #expect(text(of: "CNAME", in: result) == "status.example.com\n")
        // FNV-1a of "logo\n" is 03db59b6e19fcc10; names keep its first 10 hex digits.
        #expect(result.files.contains { $0.path == "assets/logo.03db59b6e1.txt" })
        // The other templates are still the built-in ones.
        #expect(text(of: "index.html", in: result).contains("<h1 id=\"overall\">"))
    }

    @Test func aTemplateSyntaxErrorIsLocatedAndNothingIsBuilt() async throws {
        let site = try makeSite(theme: ["templates/home.mustache": "{{<layout}}\n{{$main}}\n{{#groups}}\n<p>{{name}}</p>\n{{/main}}\n{{/layout}}\n"])
        let result = try await SiteBuilder(now: now).build(root: site.url)
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map(\.code) == [.templateSyntax])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(path: "site-template/templates/home.mustache", line: 5, column: 4))
        #expect(diagnostic.message == "this closing tag does not match the section it closes")
    }

    @Test func anUnknownPartialIsLocatedWithASuggestion() async throws {
        let site = try makeSite(theme: ["templates/404.mustache": "{{<layout}}{{$main}}\n  {{> incident-crad}}{{/main}}{{/layout}}\n"])
        let result = try await SiteBuilder(now: now).build(root: site.url)
        #expect(result.files.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .templateUnknownPartial)
        #expect(diagnostic.message == "no template named 'incident-crad'")
        #expect(diagnostic.location == SourceLocation(path: "site-template/templates/404.mustache", line: 2, column: 7, length: 13))
        #expect(diagnostic.notes.map(\.message) == ["did you mean 'incident-card'?"])
    }

    @Test func aValueNoPageHasIsAWarningAtItsPart() async throws {
        let site = try makeSite(theme: [
            "templates/404.mustache": "{{<layout}}{{$main}}\n<h1>{{site.tilte}}</h1>{{site.assets.logo_png}}\n{{#nothing}}{{.}}{{/nothing}}{{/main}}{{/layout}}\n"
        ])
        let result = try await SiteBuilder(now: now).build(root: site.url)
        #expect(!result.diagnostics.hasErrors)
        #expect(result.diagnostics.map(\.code) == [.templateUnknownValue, .templateUnknownValue])
        #expect(result.diagnostics.map(\.message) == [
            "no page has a value named 'tilte', so this shows nothing",
            "no page has a value named 'nothing', so this shows nothing",
        ])
        #expect(result.diagnostics.map(\.location) == [
            SourceLocation(path: "site-template/templates/404.mustache", line: 2, column: 12, length: 5),
            SourceLocation(path: "site-template/templates/404.mustache", line: 3, column: 4, length: 7),
        ])
        #expect(result.diagnostics.first?.notes.map(\.message) == ["did you mean 'title'?"])
    }

    @Test func aPartialWithoutEndIsAnErrorAndNothingIsBuilt() async throws {
        let site = try makeSite(theme: [
            "templates/404.mustache": "{{<layout}}{{$main}}{{>loop}}{{/main}}{{/layout}}\n",
            "templates/loop.mustache": "<p>{{>loop}}{{>loop}}</p>\n",
        ])
        let result = try await SiteBuilder(now: now).build(root: site.url)
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map(\.code) == [.templateRecursion])
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: "site-template/templates/404.mustache")])
    }

    @Test func aStaticFileThatCollidesWithAPageIsAConflict() async throws {
        let site = try makeSite(theme: ["static/index.html": "<p>mine</p>\n"])
        let result = try await SiteBuilder(now: now).build(root: site.url)
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map(\.message) == ["'index.html' is written twice: by site-template/static/index.html and by the home template"])
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: "site-template/static/index.html")])
    }
}
