import Foundation
import StatusmarkCore
import StatusmarkTestSupport
import Testing
@testable import StatusmarkSite

/// The preview's rebuilds: only changed files are parsed again and only pages whose inputs changed are rendered
/// again, and the result is byte for byte what a fresh build gives.
@Suite struct IncrementalBuildTests {
    static let fixture = RepositoryPaths.fixtures.appendingPathComponent("site/small-site")
    static let baseURL = "http://127.0.0.1:4000"

    /// A fresh build's files, sorted here: the preview's, taken in the renderer's order, must equal them.
    func fresh(_ root: URL, now: Date) async throws -> SiteFiles {
        let result = try await SiteBuilder(now: now, baseURL: Self.baseURL).build(root: root)
        return SiteFiles(result.files)
    }

    /// A copy of the fixture site, in a folder removed when the returned folder is released.
    func copiedFixture() throws -> (TemporaryDirectory, URL) {
        let folder = try TemporaryDirectory()
        let root = folder.url.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Self.fixture, to: root)
        return (folder, root)
    }

    /// A copy of the fixture site and a builder that has built it once, as the preview does when it starts.
    func builtFixture(now: Date) async throws -> (TemporaryDirectory, URL, IncrementalSiteBuilder) {
        let (folder, root) = try copiedFixture()
        let builder = IncrementalSiteBuilder(root: root, baseURL: Self.baseURL)
        _ = try await builder.build(now: now, changed: [])
        return (folder, root, builder)
    }

    @Test func aOneFileEditParsesOneFileAndRendersOnlyThePagesThatChanged() async throws {
        let (folder, root) = try copiedFixture()
        defer { withExtendedLifetime(folder) {} }
        let now = instant("2025-03-10T12:00:00Z")
        let builder = IncrementalSiteBuilder(root: root, baseURL: Self.baseURL)

        let first = try await builder.build(now: now)
        // 4 incident pages, home, history, 3 components, the embed page, embed.js, 404.
        #expect((first.parsed, first.rendered) == (4, 12))
        await #expect(first.files == (try fresh(root, now: now)))

        let unchanged = try await builder.build(now: now)
        #expect((unchanged.parsed, unchanged.rendered) == (0, 0))
        #expect(unchanged.files == first.files)

        let file = root.appendingPathComponent("incidents/2025-03-10-email-delays.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "arriving up to 20 minutes late", with: "arriving up to an hour late")
            .write(to: file, atomically: true, encoding: .utf8)
        let edited = try await builder.build(now: now)
        // The summary paragraph is shown on the incident's own page only.
        #expect((edited.parsed, edited.rendered) == (1, 1))
        #expect(builder.renderedPaths == ["incidents/2025-03-10-email-delays/index.html"])
        await #expect(edited.files == (try fresh(root, now: now)))
        #expect(String(decoding: try #require(edited.files?["incidents/2025-03-10-email-delays/index.html"]), as: UTF8.self)
            .contains("arriving up to an hour late"))

        // Another moment changes every page's "as of" line: every page is rendered again, nothing parsed.
        let later = try await builder.build(now: instant("2025-03-10T12:05:00Z"))
        #expect((later.parsed, later.rendered) == (0, 12))
        await #expect(later.files == (try fresh(root, now: instant("2025-03-10T12:05:00Z"))))

        try FileManager.default.removeItem(at: file)
        let removed = try await builder.build(now: instant("2025-03-10T12:05:00Z"))
        #expect(removed.files?["incidents/2025-03-10-email-delays/index.html"] == nil)
        await #expect(removed.files == (try fresh(root, now: instant("2025-03-10T12:05:00Z"))))
    }

    /// Files the caller does not report changed are taken from the last build without being read: an edit that
    /// is not reported is not seen, and the same edit reported is.
    @Test func onlyFilesReportedChangedAreReadAgain() async throws {
        let (folder, root) = try copiedFixture()
        defer { withExtendedLifetime(folder) {} }
        let now = instant("2025-03-10T12:00:00Z")
        let builder = IncrementalSiteBuilder(root: root, baseURL: Self.baseURL)
        let first = try await builder.build(now: now, changed: [])
        #expect(first.parsed == 4)

        let path = "incidents/2025-03-10-email-delays.md"
        let file = root.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "arriving up to 20 minutes late", with: "arriving up to an hour late")
            .write(to: file, atomically: true, encoding: .utf8)
        let page = "incidents/2025-03-10-email-delays/index.html"

        let unreported = try await builder.build(now: now, changed: ["incidents/2025-03-10-other.md"])
        #expect(unreported.parsed == 0)
        #expect(unreported.files?[page] == first.files?[page])

        let reported = try await builder.build(now: now, changed: [path])
        #expect(reported.parsed == 1)
        await #expect(reported.files == (try fresh(root, now: now)))
        #expect(String(decoding: try #require(reported.files?[page]), as: UTF8.self).contains("arriving up to an hour late"))
    }

    /// A new title shows wherever the incident is listed: its page, the history, the pages of the components it
    /// affected, and the home page's recent incidents; the other pages are taken as they were. Feeds, the API
    /// and the calendar follow, as the comparison with a fresh build shows.
    @Test func aNewTitleRendersThePagesThatListTheIncident() async throws {
        let (folder, root) = try copiedFixture()
        defer { withExtendedLifetime(folder) {} }
        let now = instant("2025-03-10T12:00:00Z")
        let builder = IncrementalSiteBuilder(root: root, baseURL: Self.baseURL)
        _ = try await builder.build(now: now)

        let file = root.appendingPathComponent("incidents/2025-03-03-api-errors.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Elevated API error rates", with: "title: API requests failing")
            .write(to: file, atomically: true, encoding: .utf8)
        let retitled = try await builder.build(now: now, changed: ["incidents/2025-03-03-api-errors.md"])
        #expect(retitled.parsed == 1)
        #expect(builder.renderedPaths == [
            "components/api/index.html", "components/web/index.html", "embed/index.html", "history/index.html",
            "incidents/2025-03-03-api-errors/index.html", "index.html",
        ])
        await #expect(retitled.files == (try fresh(root, now: now)))
        let feed = String(decoding: try #require(retitled.files?["history.atom"]), as: UTF8.self)
        #expect(feed.contains("API requests failing") && !feed.contains("Elevated API error rates"))
        let api = String(decoding: try #require(retitled.files?["api/v2/incidents.json"]), as: UTF8.self)
        #expect(api.contains("\"name\" : \"API requests failing\""))
    }

    /// A rebuild takes the last build's order of the incidents while no edit moves one; an edit to a start moves
    /// the incident to its new place, on the history page as everywhere else.
    @Test func aNewStartMovesTheIncidentInEveryList() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let (folder, root, builder) = try await builtFixture(now: now)
        defer { withExtendedLifetime(folder) {} }
        func history(_ outcome: IncrementalSiteBuilder.Outcome) throws -> String {
            String(decoding: try #require(outcome.files?["history/index.html"]), as: UTF8.self)
        }
        func listsAPIErrorsFirst(_ outcome: IncrementalSiteBuilder.Outcome) throws -> Bool {
            let page = try history(outcome)
            let api = try #require(page.range(of: "Elevated API error rates"))
            let web = try #require(page.range(of: "Web app upgrade"))
            return api.lowerBound < web.lowerBound
        }

        let file = root.appendingPathComponent("incidents/2025-03-03-api-errors.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "Requests to the API failed", with: "Requests to the API mostly failed")
            .write(to: file, atomically: true, encoding: .utf8)
        let edited = try await builder.build(now: now, changed: ["incidents/2025-03-03-api-errors.md"])
        #expect(try listsAPIErrorsFirst(edited))
        await #expect(edited.files == (try fresh(root, now: now)))

        try text.replacingOccurrences(of: "started: 2025-03-03 09:10 CET", with: "started: 2025-02-03 09:10 CET")
            .write(to: file, atomically: true, encoding: .utf8)
        let moved = try await builder.build(now: now, changed: ["incidents/2025-03-03-api-errors.md"])
        #expect(try !listsAPIErrorsFirst(moved))
        await #expect(moved.files == (try fresh(root, now: now)))
    }

    /// A rebuild takes the last build's selection of what the API lists while no edit changes what it is made
    /// from. An end written in advance leaves the incident unresolved; the update that resolves it then takes it
    /// off the unresolved list, its end unchanged, and its components' status follows in every file.
    @Test func aResolvingUpdateTakesTheIncidentOffTheUnresolvedList() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let (folder, root, builder) = try await builtFixture(now: now)
        defer { withExtendedLifetime(folder) {} }
        func unresolved(_ outcome: IncrementalSiteBuilder.Outcome) throws -> String {
            String(decoding: try #require(outcome.files?["api/v2/incidents/unresolved.json"]), as: UTF8.self)
        }
        let path = "incidents/2025-03-10-email-delays.md"
        let file = root.appendingPathComponent(path)
        var text = try String(contentsOf: file, encoding: .utf8)
        func rebuild(_ edited: String) async throws -> IncrementalSiteBuilder.Outcome {
            text = edited
            try text.write(to: file, atomically: true, encoding: .utf8)
            let outcome = try await builder.build(now: now, changed: [path])
            await #expect(outcome.files == (try fresh(root, now: now)))
            return outcome
        }

        let edited = try await rebuild(text.replacingOccurrences(of: "moving traffic", with: "moving traffic away"))
        #expect(try unresolved(edited).contains("moving traffic away"))
        let ended = try await rebuild(
            text.replacingOccurrences(of: "started: 2025-03-10 11:30 CET", with: "started: 2025-03-10 11:30 CET\nended: 2025-03-10 12:50 CET"))
        #expect(try unresolved(ended).contains("Email notifications delayed"))
        let resolved = try await rebuild(text + "\n## Resolved — 2025-03-10 12:50 CET\nEmails arrive on time again.\n")
        #expect(try !unresolved(resolved).contains("Email notifications delayed"))
        let summary = String(decoding: try #require(resolved.files?["api/v2/summary.json"]), as: UTF8.self)
        #expect(summary.contains("\"description\" : \"All Systems Operational\""))
    }

    /// The API lists each incident with the components it affects, and their status now: an edit that changes a
    /// component's status changes it in incidents that were not edited, which a rebuild converts again.
    @Test func aComponentsNewStatusShowsInTheIncidentsThatAffectedIt() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let (folder, root, builder) = try await builtFixture(now: now)
        defer { withExtendedLifetime(folder) {} }
        let path = "incidents/2025-03-10-email-delays.md"
        let file = root.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  Email: partial outage", with: "  Email: partial outage\n  API: degraded performance")
            .write(to: file, atomically: true, encoding: .utf8)
        let edited = try await builder.build(now: now, changed: [path])
        await #expect(edited.files == (try fresh(root, now: now)))
        // The API's errors of a week before list the API component as it is now.
        let json = try JSONSerialization.jsonObject(with: Data(try #require(edited.files?["api/v2/incidents.json"])))
        let incidents = try #require((json as? [String: Any])?["incidents"] as? [[String: Any]])
        let apiErrors = try #require(incidents.first { $0["name"] as? String == "Elevated API error rates" })
        let components = try #require(apiErrors["components"] as? [[String: Any]])
        #expect(components.map { "\($0["id"] ?? "") \($0["status"] ?? "")" } == ["api degraded_performance", "web operational"])
    }

    /// An edit keeps the last listing of incidents/; a file that is added, or removed, is reported changed too,
    /// and is noticed: the folder is listed again.
    @Test func aReportedNewOrRemovedFileIsNoticed() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let (folder, root, builder) = try await builtFixture(now: now)
        defer { withExtendedLifetime(folder) {} }

        let original = root.appendingPathComponent("incidents/2025-03-10-email-delays.md")
        let copy = "incidents/2025-03-11-email-delays-again.md"
        try FileManager.default.copyItem(at: original, to: root.appendingPathComponent(copy))
        let added = try await builder.build(now: now, changed: [copy])
        #expect(added.parsed == 1)
        #expect(added.files?["incidents/2025-03-11-email-delays-again/index.html"] != nil)
        await #expect(added.files == (try fresh(root, now: now)))

        let edited = try await builder.build(now: now, changed: ["statusmark.yml", copy])
        #expect(edited.parsed == 0)
        #expect(edited.files == added.files)

        try FileManager.default.removeItem(at: root.appendingPathComponent(copy))
        let removed = try await builder.build(now: now, changed: [copy])
        #expect(removed.files?["incidents/2025-03-11-email-delays-again/index.html"] == nil)
        await #expect(removed.files == (try fresh(root, now: now)))
    }

    /// The check for two files with one slug is kept from build to build while the files are the same: it still
    /// fails the build after an edit elsewhere, and passes once the second file is gone.
    @Test func aDuplicateSlugStaysReportedUntilTheFileIsRemoved() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let (folder, root, builder) = try await builtFixture(now: now)
        defer { withExtendedLifetime(folder) {} }

        let duplicate = "incidents/sub/2025-03-10-email-delays.md"
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("incidents/sub"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("incidents/2025-03-10-email-delays.md"), to: root.appendingPathComponent(duplicate))
        let message = "'incidents/sub/2025-03-10-email-delays.md' and 'incidents/2025-03-10-email-delays.md' both become the page incidents/2025-03-10-email-delays/"
        let added = try await builder.build(now: now, changed: [duplicate])
        #expect(added.files == nil)
        #expect(added.diagnostics.filter(\.isError).map(\.message) == [message])

        let other = root.appendingPathComponent("incidents/2025-03-03-api-errors.md")
        try (try String(contentsOf: other, encoding: .utf8) + "\n").write(to: other, atomically: true, encoding: .utf8)
        let edited = try await builder.build(now: now, changed: ["incidents/2025-03-03-api-errors.md"])
        #expect(edited.parsed == 1)
        #expect(edited.diagnostics.filter(\.isError).map(\.message) == [message])

        try FileManager.default.removeItem(at: root.appendingPathComponent(duplicate))
        let removed = try await builder.build(now: now, changed: [duplicate])
        #expect(removed.diagnostics.filter(\.isError).isEmpty)
        await #expect(removed.files == (try fresh(root, now: now)))
    }

    /// A file that is no longer UTF-8 stays an error while other files are edited, and the site is a fresh
    /// build's once it is fixed: while it cannot be read, the files read stand at other places than the listing's.
    @Test func aFileThatCannotBeReadStaysReportedUntilItIsFixed() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let (folder, root, builder) = try await builtFixture(now: now)
        defer { withExtendedLifetime(folder) {} }
        let path = "incidents/2025-03-03-api-errors.md"
        let file = root.appendingPathComponent(path)
        let original = try Data(contentsOf: file)
        try (original + Data([0xFF, 0x0A])).write(to: file)
        let broken = try await builder.build(now: now, changed: [path])
        #expect(broken.files == nil)
        let codes = broken.diagnostics.filter(\.isError).map(\.code)
        #expect(codes == [.fileNotUTF8])

        let otherPath = "incidents/2025-03-10-email-delays.md"
        let other = root.appendingPathComponent(otherPath)
        try (try String(contentsOf: other, encoding: .utf8) + "\nOne more line.\n").write(to: other, atomically: true, encoding: .utf8)
        let edited = try await builder.build(now: now, changed: [otherPath])
        #expect(edited.diagnostics.filter(\.isError).map(\.code) == codes)

        try original.write(to: file)
        let fixed = try await builder.build(now: now, changed: [path])
        #expect(fixed.diagnostics.filter(\.isError).isEmpty)
        await #expect(fixed.files == (try fresh(root, now: now)))
        #expect(String(decoding: try #require(fixed.files?["incidents/2025-03-10-email-delays/index.html"]), as: UTF8.self)
            .contains("One more line."))
    }

    /// A link out of the site stays an error on every rebuild, whichever file the edit touched, until it goes.
    @Test func aLinkOutOfTheSiteStaysReportedUntilItIsRemoved() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let (folder, root, builder) = try await builtFixture(now: now)
        defer { withExtendedLifetime(folder) {} }
        let link = "incidents/2025-03-09-elsewhere.md"
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent(link).path, withDestinationPath: "/etc/hostname")
        let added = try await builder.build(now: now, changed: [link])
        #expect(added.files == nil)
        #expect(added.diagnostics.filter(\.isError).map(\.code) == [.fileLinkOutsideSite])

        let other = root.appendingPathComponent("incidents/2025-03-03-api-errors.md")
        try (try String(contentsOf: other, encoding: .utf8) + "\n").write(to: other, atomically: true, encoding: .utf8)
        let edited = try await builder.build(now: now, changed: ["incidents/2025-03-03-api-errors.md"])
        #expect(edited.files == nil)
        #expect(edited.diagnostics.filter(\.isError).map(\.code) == [.fileLinkOutsideSite])

        try FileManager.default.removeItem(at: root.appendingPathComponent(link))
        let removed = try await builder.build(now: now, changed: [link])
        #expect(removed.diagnostics.filter(\.isError).isEmpty)
        await #expect(removed.files == (try fresh(root, now: now)))
    }

    /// Each edit leaves the edited incident's old page and summary in the cache until they are many; the cache
    /// then drops them. Across the drop, each edit still renders one page, and the site is what a fresh build gives.
    @Test func manyEditsOfOneIncidentKeepRenderingOnePage() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let (folder, root, builder) = try await builtFixture(now: now)
        defer { withExtendedLifetime(folder) {} }

        let path = "incidents/2025-03-10-email-delays.md"
        let file = root.appendingPathComponent(path)
        let original = try String(contentsOf: file, encoding: .utf8)
        var counts: Set<[Int]> = []
        for edit in 1...80 {
            // The summary paragraph, which only the incident's own page shows.
            try original.replacingOccurrences(of: "up to 20 minutes", with: "up to \(edit) minutes")
                .write(to: file, atomically: true, encoding: .utf8)
            let rebuilt = try await builder.build(now: now, changed: [path])
            counts.insert([rebuilt.parsed, rebuilt.rendered])
        }
        #expect(counts == [[1, 1]])
        let last = try await builder.build(now: now, changed: [path])
        await #expect(last.files == (try fresh(root, now: now)))
        let page = String(decoding: try #require(last.files?["incidents/2025-03-10-email-delays/index.html"]), as: UTF8.self)
        #expect(page.contains("up to 80 minutes"))
    }

    /// A rebuild that adds the same output paths takes the last build's sort order; a theme file that claims a
    /// page's path is still found, on every rebuild.
    @Test func aPathWrittenTwiceIsReportedOnEveryRebuild() async throws {
        let (folder, root) = try copiedFixture()
        defer { withExtendedLifetime(folder) {} }
        let staticFolder = root.appendingPathComponent("site-template/static/history")
        try FileManager.default.createDirectory(at: staticFolder, withIntermediateDirectories: true)
        try "<p>mine</p>\n".write(to: staticFolder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let builder = IncrementalSiteBuilder(root: root, baseURL: Self.baseURL)
        let message = "'history/index.html' is written twice: by site-template/static/history/index.html and by the history template"
        for _ in 1...2 {
            let outcome = try await builder.build(now: instant("2025-03-10T12:00:00Z"), changed: [])
            #expect(outcome.files == nil)
            #expect(outcome.diagnostics.map(\.message) == [message])
        }
    }

    /// An edit that keeps an incident's aliases, and one that adds, changes or removes an alias, or makes one
    /// collide, give what a fresh build gives, redirects included.
    @Test func aliasEditsGiveWhatAFreshBuildGives() async throws {
        let now = instant("2025-03-10T12:00:00Z")
        let (folder, root) = try copiedFixture()
        defer { withExtendedLifetime(folder) {} }
        let path = "incidents/2025-03-10-email-delays.md"
        let file = root.appendingPathComponent(path)
        let original = try String(contentsOf: file, encoding: .utf8)
        func write(aliases: [String], summary: String = "up to 20 minutes", title: String = "Email notifications delayed") throws {
            let lines = aliases.isEmpty ? "" : "aliases:\n" + aliases.map { "  - \($0)\n" }.joined()
            try original.replacingOccurrences(of: "---\n", with: "---\n" + lines, options: [], range: original.range(of: "---\n"))
                .replacingOccurrences(of: "up to 20 minutes", with: summary)
                .replacingOccurrences(of: "title: Email notifications delayed", with: "title: \(title)")
                .write(to: file, atomically: true, encoding: .utf8)
        }
        try write(aliases: ["/issues/email/"])
        let builder = IncrementalSiteBuilder(root: root, baseURL: Self.baseURL)
        let first = try await builder.build(now: now, changed: [])
        #expect(first.files?["issues/email/index.html"] != nil)
        for (aliases, summary) in [
            (["/issues/email/"], "up to 30 minutes"), (["/issues/mail/"], "up to 30 minutes"),
            (["/issues/mail/", "/old/email.html"], "up to 30 minutes"), ([], "up to 30 minutes"),
        ] {
            try write(aliases: aliases, summary: summary)
            let rebuilt = try await builder.build(now: now, changed: [path])
            await #expect(rebuilt.files == (try fresh(root, now: now)), "\(aliases)")
        }
        try write(aliases: ["/history/"])
        let collided = try await builder.build(now: now, changed: [path])
        #expect(collided.files == nil)
        #expect(collided.diagnostics.map(\.code) == [.incidentAliasCollision])
        try write(aliases: ["/issues/email/"], summary: "up to 40 minutes")
        let fixed = try await builder.build(now: now, changed: [path])
        await #expect(fixed.files == (try fresh(root, now: now)))
        try write(aliases: ["/issues/email/"], summary: "up to 50 minutes")
        let rebuilt = try await builder.build(now: now, changed: [path])
        await #expect(rebuilt.files == (try fresh(root, now: now)))
        // A new title is on the redirect page too.
        try write(aliases: ["/issues/email/"], summary: "up to 50 minutes", title: "Mail delays")
        let renamed = try await builder.build(now: now, changed: [path])
        await #expect(renamed.files == (try fresh(root, now: now)))
        #expect(String(decoding: try #require(renamed.files?["issues/email/index.html"]), as: UTF8.self).contains("<title>Mail delays</title>"))
    }
}
