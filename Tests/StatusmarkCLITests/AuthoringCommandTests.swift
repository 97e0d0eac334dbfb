import Foundation
import StatusmarkTestSupport
import Testing

/// `new`, `update` and `resolve` end to end: the files they write, the bytes they keep, what they refuse, and
/// updates from several processes at once.
@Suite struct AuthoringCommandTests {
    static let configuration = """
        title: Authoring Test
        base_url: https://status.test
        components:
          - name: Public API
            id: api
          - name: Website

        """

    func site(_ incidents: [String: String] = [:]) throws -> TemporaryDirectory {
        let site = try TemporaryDirectory()
        try site.write("statusmark.yml", Self.configuration)
        for (name, text) in incidents { try site.write("incidents/\(name)", text) }
        return site
    }

    func run(_ site: TemporaryDirectory, _ arguments: [String], input: String? = nil) async throws -> CommandRunner.Outcome {
        try await CommandRunner(standardInput: input).run(arguments + ["--site", site.url.path])
    }

    func bytes(_ site: TemporaryDirectory, _ path: String) throws -> Data {
        try Data(contentsOf: site.url.appendingPathComponent(path))
    }

    @Test func newThenUpdateThenResolveKeepsEveryByteAndChecksClean() async throws {
        let site = try site()
        let new = try await run(
            site,
            ["new", "API errors: 5xx", "--component", "Public API=major", "--message", "We are looking.",
             "--now", "2025-07-16T10:00:30Z"])
        #expect(new.exitCode == 0)
        let path = "incidents/2025-07-16-api-errors-5xx.md"
        #expect(new.out.hasSuffix("\(path)\n"))
        let first = try bytes(site, path)
        #expect(
            String(decoding: first, as: UTF8.self) == """
                ---
                title: "API errors: 5xx"
                components:
                  api: major outage
                ---
                ## Investigating — 2025-07-16 10:00 UTC
                We are looking.


                """)
        let update = try await run(site, ["update", "api-errors", "identified", "A bad deploy.", "--now", "2025-07-16T10:20:00Z"],)
        #expect(update.exitCode == 0)
        #expect(update.out.hasSuffix("\(path): added 'Identified — 2025-07-16 10:20 UTC'\n"))
        let second = try bytes(site, path)
        #expect(second.prefix(first.count) == first)
        let piped = try await run(site, ["resolve", "2025-07-16-api", "--now", "2025-07-16T10:45:00Z"], input: "Fixed.\n")
        #expect(piped.exitCode == 0)
        let third = try bytes(site, path)
        #expect(third.prefix(second.count) == second)
        #expect(
            String(decoding: third.dropFirst(first.count), as: UTF8.self) == """
                ## Identified — 2025-07-16 10:20 UTC
                A bad deploy.

                ## Resolved — 2025-07-16 10:45 UTC
                Fixed.

                """)
        let check = try await run(site, ["check", "--now", "2025-07-16T11:00:00Z"])
        #expect(check.exitCode == 0)
        #expect(check.out == "check: 1 incident file, no problems; status: operational\n")
    }

    @Test func aNewestFirstFileGetsTheUpdateAboveItsNewestOne() async throws {
        let original = """
            ---
            title: Slow pages
            components:
              Website: degraded
            ---
            Summary stays put.

            ## Identified — 2025-07-16 10:20 UTC
            Found it.

            ## Investigating — 2025-07-16 10:00 UTC
            Looking.

            """
        let site = try site(["2025-07-16-slow.md": original])
        let outcome = try await run(site, ["update", "slow", "monitoring", "Fix is out.", "--now", "2025-07-16T10:40:00Z"])
        #expect(outcome.exitCode == 0)
        let inserted = "## Monitoring — 2025-07-16 10:40 UTC\nFix is out.\n\n"
        let split = try #require(original.range(of: "## Identified"))
        #expect(
            String(decoding: try bytes(site, "incidents/2025-07-16-slow.md"), as: UTF8.self)
                == original[..<split.lowerBound] + inserted + original[split.lowerBound...])
    }

    @Test func anUpdateThatWouldMoveATimeOnlyHeadingIsRefusedAndTheFileIsUntouched() async throws {
        // Newest first, with a postmortem on top: "Resolved — 09:55" takes started's date. A note later than the
        // postmortem goes above it; one backdated before it goes between them, and would lend "Resolved — 09:55"
        // its own date instead.
        let original = """
            ---
            title: Credits
            components:
              api: partial
            started: 2025-09-18 09:00 UTC
            ---
            ## Postmortem — 2025-09-20 12:30 UTC
            Root cause.

            ## Resolved — 09:55 UTC
            Fixed.

            ## Investigating — 09:15 UTC
            Looking.

            """
        let site = try site(["2025-09-18-credits.md": original])
        // Dated 08:00 the next day, "Resolved — 09:55" and "Investigating — 09:15" would move a day, out of order.
        let outcome = try await run(
            site, ["update", "credits", "update", "A note.", "--at", "2025-09-19 08:00 UTC", "--now", "2025-09-21T10:00:00Z"])
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.error.hasPrefix(
                "Error: cannot add the update to incidents/2025-09-18-credits.md: the file would no longer parse: "
                    + "'09:55 UTC' has no date, so it took 2025-09-19 from the update above"))
        #expect(String(decoding: try bytes(site, "incidents/2025-09-18-credits.md"), as: UTF8.self) == original)
    }

    @Test func aRefusedUpdateLeavesTheFileByteIdenticalAndSaysWhy() async throws {
        let original = "---\ntitle: Down\ncomponents:\n  api: major\n---\n## Investigating — 2025-07-16 10:00 UTC\nLooking.\n"
        let site = try site(["2025-07-16-down.md": original])
        let future = try await run(
            site, ["update", "down", "identified", "Found.", "--at", "2025-07-16 12:00 UTC", "--now", "2025-07-16T10:30:00Z"])
        #expect(future.exitCode == 64)
        #expect(future.error.hasPrefix(
            "Error: --at '2025-07-16 12:00 UTC' is later than now (2025-07-16 10:30 UTC); an update is stamped when it is posted\n"))
        #expect(String(decoding: try bytes(site, "incidents/2025-07-16-down.md"), as: UTF8.self) == original)
        let resolved = try await run(site, ["resolve", "down", "--now", "2025-07-16T10:30:00Z"])
        #expect(resolved.exitCode == 0)
        let afterResolve = try bytes(site, "incidents/2025-07-16-down.md")
        let again = try await run(site, ["update", "down", "monitoring", "Hm.", "--now", "2025-07-16T10:40:00Z"])
        #expect(again.exitCode == 1)
        #expect(
            again.error
                == "Error: 2025-07-16-down is resolved; posting 'Monitoring' would reopen it. Pass --reopen to reopen "
                + "the incident, or post a note with status 'update'\n")
        #expect(try bytes(site, "incidents/2025-07-16-down.md") == afterResolve)
        let reopened = try await run(site, ["update", "down", "monitoring", "Hm.", "--reopen", "--now", "2025-07-16T10:40:00Z"])
        #expect(reopened.exitCode == 0)
        let status = try await run(site, ["check", "--now", "2025-07-16T10:50:00Z"])
        #expect(status.out == "check: 1 incident file, no problems; status: major_outage\n")
    }

    @Test func concurrentUpdatesToOneFileLoseNone() async throws {
        let site = try site([
            "2025-07-16-busy.md": "---\ntitle: Busy\n---\n## Investigating — 2025-07-16 10:00 UTC\nLooking.\n"
        ])
        let count = 12
        let exitCodes = await withTaskGroup(of: (Int, Int32).self) { group in
            for index in 0..<count {
                group.addTask {
                    let outcome = try? await run(site, ["update", "busy", "update", "Note \(index).", "--now", "2025-07-16T10:30:00Z"])
                    return (index, outcome?.exitCode ?? -1)
                }
            }
            var codes = Array(repeating: Int32(-1), count: count)
            for await (index, code) in group { codes[index] = code }
            return codes
        }
        #expect(exitCodes == Array(repeating: 0, count: count))
        let text = String(decoding: try bytes(site, "incidents/2025-07-16-busy.md"), as: UTF8.self)
        for index in 0..<count {
            #expect(text.contains("\nNote \(index).\n"), "Note \(index) was lost")
        }
        #expect(text.components(separatedBy: "## Update — 2025-07-16 10:30 UTC").count - 1 == count)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.url.appendingPathComponent("incidents").path)
        #expect(leftovers == ["2025-07-16-busy.md"])
    }

    @Test func newNeverOverwritesAndNamesUnknownComponents() async throws {
        let site = try site()
        let arguments = ["new", "Website down", "--component", "website=major", "--now", "2025-07-16T10:00:00Z"]
        await #expect(try run(site, arguments).out.hasSuffix("incidents/2025-07-16-website-down.md\n"))
        await #expect(try run(site, arguments).out.hasSuffix("incidents/2025-07-16-website-down-2.md\n"))
        let unknown = try await run(site, ["new", "x", "--component", "Websit", "--now", "2025-07-16T10:00:00Z"])
        #expect(unknown.exitCode == 64)
        #expect(unknown.error.hasPrefix(
            "Error: --component 'Websit' is not a component in statusmark.yml (did you mean 'website'?); known: api, website\n"))
    }

    @Test func newWritesAPlannedMaintenance() async throws {
        let site = try site()
        let outcome = try await run(
            site,
            ["new", "Database upgrade", "--maintenance", "--start", "2025-07-20 02:00 UTC", "--end", "2025-07-20 03:00 UTC",
             "--component", "api", "--now", "2025-07-16T10:00:00Z"])
        #expect(outcome.exitCode == 0)
        #expect(
            String(decoding: try bytes(site, "incidents/2025-07-20-database-upgrade.md"), as: UTF8.self) == """
                ---
                title: "Database upgrade"
                kind: maintenance
                scheduled_start: 2025-07-20 02:00 UTC
                scheduled_end: 2025-07-20 03:00 UTC
                components:
                  - api
                ---
                ## Scheduled — 2025-07-16 10:00 UTC
                This maintenance is scheduled.


                """)
        let started = try await run(site, ["update", "database", "in-progress", "Started.", "--now", "2025-07-20T02:00:00Z"])
        #expect(started.exitCode == 0)
        let done = try await run(site, ["resolve", "database", "--now", "2025-07-20T02:50:00Z"])
        #expect(done.out.hasSuffix("added 'Completed — 2025-07-20 02:50 UTC'\n"))
        // After Completed, a status update is an error in the file; the command says so and writes nothing.
        let completed = try bytes(site, "incidents/2025-07-20-database-upgrade.md")
        let late = try await run(site, ["update", "database", "verifying", "Checking.", "--now", "2025-07-20T02:55:00Z"])
        #expect(late.exitCode == 1)
        #expect(late.error.contains("error: 'Verifying' comes after the 'Completed' update"))
        #expect(late.error.hasSuffix(
            "update: nothing written; incidents/2025-07-20-database-upgrade.md would have the errors above\n"))
        #expect(try bytes(site, "incidents/2025-07-20-database-upgrade.md") == completed)
        // A note may follow, as the docs say.
        let note = try await run(site, ["update", "database", "update", "Reports are fast again.", "--now", "2025-07-20T03:10:00Z"])
        #expect(note.exitCode == 0, "\(note.error)")
        let noted = String(decoding: try bytes(site, "incidents/2025-07-20-database-upgrade.md"), as: UTF8.self)
        #expect(noted.hasSuffix("## Completed — 2025-07-20 02:50 UTC\nThe maintenance has been completed.\n\n## Update — 2025-07-20 03:10 UTC\nReports are fast again.\n"), "\(noted)")
    }

    /// A notice: `new --notice` writes it, `update` adds notes, `resolve` is refused, and the built site shows it
    /// on the home page while it is current, in the history and the feeds as a notice, and never in Statuspage's
    /// API, the calendar, a component's status or the uptime.
    @Test func aNoticeIsWrittenUpdatedShownWhileCurrentAndChangesNoStatus() async throws {
        let site = try site()
        let new = try await run(
            site,
            ["new", "New status page address", "--notice", "--until", "2025-07-25 00:00 UTC",
             "--message", "This page moves to status.example.com on August 1.", "--now", "2025-07-16T10:00:00Z"])
        #expect(new.exitCode == 0, "\(new.error)")
        #expect(new.out.hasSuffix("/incidents/2025-07-16-new-status-page-address.md\n"))
        let path = "incidents/2025-07-16-new-status-page-address.md"
        #expect(
            String(decoding: try bytes(site, path), as: UTF8.self) == """
                ---
                title: "New status page address"
                kind: notice
                until: 2025-07-25 00:00 UTC
                ---
                ## Update — 2025-07-16 10:00 UTC
                This page moves to status.example.com on August 1.


                """)
        let note = try await run(site, ["update", "new-status", "update", "The old address redirects.", "--now", "2025-07-17T09:00:00Z"])
        #expect(note.exitCode == 0, "\(note.error)")
        let stage = try await run(site, ["update", "new-status", "identified", "Found it.", "--now", "2025-07-17T09:30:00Z"])
        #expect(stage.exitCode == 64)
        #expect(stage.error.contains("'identified' is not a status for a notice; use update"))
        let written = try bytes(site, path)
        let resolve = try await run(site, ["resolve", "new-status", "--now", "2025-07-17T10:00:00Z"])
        #expect(resolve.exitCode == 1)
        #expect(resolve.error.contains(
            "new-status-page-address is a notice, which has nothing to resolve; to take it off the home page, set 'until:' or remove 'pinned: true'; nothing was written"))
        #expect(try bytes(site, path) == written)
        #expect(try await run(site, ["new", "Slow", "--notice", "--component", "api"]).error.contains(
            "a notice changes no component and has no severity"))
        #expect(try await run(site, ["new", "Slow", "--until", "2025-08-01"]).error.contains(
            "--until and --pinned are for a notice; add --notice"))

        let current = try await run(site, ["build", "--now", "2025-07-20T00:00:00Z"])
        #expect(current.exitCode == 0, "\(current.error)")
        let home = try String(contentsOf: site.url.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(home.contains("<h1 id=\"overall\"><svg class=\"icon\" aria-hidden=\"true\"><use href=\"#i-operational\"></use></svg>All systems operational</h1>"))
        #expect(home.contains("""
            <h2 id="notices">Notices</h2>
            <article class="card s-notice">
            <h3><a href="/incidents/2025-07-16-new-status-page-address/">New status page address</a></h3>
            <p class="meta"><span class="severity"><span class="badge s-notice"><svg class="icon" aria-hidden="true"><use href="#i-notice"></use></svg>Notice</span>
            </span>
            <span>Posted <time datetime="2025-07-16T10:00:00Z" data-relative>16 Jul 2025, 10:00 UTC</time></span>
            </p>
            """))
        #expect(!home.contains("Past 14 days</h2>\n<ul"))
        let page = try String(
            contentsOf: site.url.appendingPathComponent("public/incidents/2025-07-16-new-status-page-address/index.html"),
            encoding: .utf8)
        #expect(page.contains("""
            <dt>Posted</dt><dd><time datetime="2025-07-16T10:00:00Z">16 Jul 2025, 10:00 UTC</time></dd>
            <dt>Last updated</dt><dd><time datetime="2025-07-17T09:00:00Z">17 Jul 2025, 09:00 UTC</time></dd>
            <dt>On the home page until</dt><dd><time datetime="2025-07-25T00:00:00Z">25 Jul 2025, 00:00 UTC</time></dd>
            </dl>
            """))
        #expect(!page.contains("Duration"))
        #expect(!page.contains("Resolved"))
        let feed = try String(contentsOf: site.url.appendingPathComponent("public/history.atom"), encoding: .utf8)
        #expect(feed.contains("Read the full notice and every update"))
        #expect(!feed.contains("Severity:"))
        let incidents = try String(contentsOf: site.url.appendingPathComponent("public/api/v2/incidents.json"), encoding: .utf8)
        #expect(incidents.hasPrefix("{\n  \"incidents\" : [\n\n  ],\n"))
        let uptime = try String(contentsOf: site.url.appendingPathComponent("public/api/v2/components.json"), encoding: .utf8)
        #expect(uptime.components(separatedBy: "\"status\" : \"operational\"").count == 3)

        // After `until`, the home page no longer shows it as current; it is one of the past days' entries, and
        // stays in the history, as a notice, with no duration.
        #expect(try await run(site, ["build", "--now", "2025-07-26T00:00:00Z"]).exitCode == 0)
        let later = try String(contentsOf: site.url.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(!later.contains("id=\"notices\""))
        #expect(later.contains("""
            <a class="row-title" href="/incidents/2025-07-16-new-status-page-address/">New status page address</a> <span class="badge s-notice"><svg class="icon" aria-hidden="true"><use href="#i-notice"></use></svg>Notice</span>

            <span class="muted"><time datetime="2025-07-16T10:00:00Z">16 Jul 2025, 10:00 UTC</time></span>
            """))
        let history = try String(contentsOf: site.url.appendingPathComponent("public/history/index.html"), encoding: .utf8)
        #expect(history.contains("New status page address</a> <span class=\"badge s-notice\">"))
    }

    /// A note after resolution needs no flag, on every incident of the sample site: those with a postmortem after
    /// the last update (the note goes after it when it is newer), one whose postmortem heads a newest-first file
    /// with time-only headings below (the note goes above the postmortem, which passes no date on), and those
    /// without. Each file is the old one with one section inserted, byte for byte, and the site checks clean.
    @Test func aNoteAfterResolutionIsAddedToEverySampleIncident() async throws {
        let site = try TemporaryDirectory()
        let root = RepositoryPaths.root
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("statusmark.yml"), to: site.url.appendingPathComponent("statusmark.yml"))
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("incidents"), to: site.url.appendingPathComponent("incidents"))
        let names = try FileManager.default.contentsOfDirectory(atPath: site.url.appendingPathComponent("incidents").path)
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(names.count == 7)
        let section = "## Update — 2025-09-25 10:00 UTC\nA note after the fact.\n\n"
        for name in names {
            let path = "incidents/\(name)"
            let before = String(decoding: try bytes(site, path), as: UTF8.self)
            let outcome = try await run(
                site, ["update", String(name.dropLast(3)), "update", "A note after the fact.", "--now", "2025-09-25T10:00:00Z"])
            #expect(outcome.exitCode == 0, "\(name): \(outcome.error)")
            let after = String(decoding: try bytes(site, path), as: UTF8.self)
            // The old text with the section inserted at a line start, or appended after a blank line.
            if after.hasPrefix(before) {
                #expect(after.dropFirst(before.count).drop { $0 == "\n" } == section.dropLast(), "\(name)")
            } else {
                let parts = after.components(separatedBy: section)
                #expect(parts.count == 2 && parts[0].hasSuffix("\n") && parts.joined() == before, "\(name)")
            }
        }
        let check = try await run(site, ["check", "--strict", "--now", "2025-09-25T10:00:00Z", "--base-url", "https://status.test"])
        #expect(check.exitCode == 0, "\(check.error)")
    }

    /// A killed update leaves its temporary file beside the incident: it is never an incident, and the next
    /// update removes it once its writer is provably gone.
    @Test func theNextUpdateRemovesATemporaryFileAKilledOneLeft() async throws {
        let site = try site(["2025-07-16-api.md": "---\ntitle: t\ncomponents:\n  api: degraded\n---\n## Investigating — 2025-07-16 10:00 UTC\nLooking.\n"])
        let leftover = ".2025-07-16-api.md.statusmark-2147483000-77"
        let running = ".2025-07-16-api.md.statusmark-1-78"
        for name in [leftover, running] { try site.write("incidents/\(name)", "---\ntitle: half\n") }
        let check = try await CommandRunner().run(["check", "--site", site.url.path, "--now", "2025-07-16T11:00:00Z"])
        #expect(check.out.hasPrefix("check: 1 incident file, no problems"))
        let outcome = try await run(site, ["update", "api", "identified", "Found it.", "--now", "2025-07-16T10:30:00Z"])
        #expect(outcome.exitCode == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: site.url.appendingPathComponent("incidents").path)
        #expect(names.sorted() == [running, "2025-07-16-api.md"].sorted())
    }

    /// A BOM and CRLF lines stay: the old bytes are a prefix of the new, with no extra blank line.
    @Test(arguments: ["\r\n", "\r", "\n"])
    func updateKeepsABOMAndTheFilesLineEndings(ending: String) async throws {
        let lines = ["---", "title: t", "components:", "  api: degraded", "---", "## Investigating — 2025-07-16 10:00 UTC", "Looking.", ""]
        let original = Data([0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: ending).utf8))
        let site = try site()
        let url = try site.write("incidents/2025-07-16-bom.md", original)
        let outcome = try await run(site, ["update", "bom", "identified", "Found it.", "--now", "2025-07-16T10:30:00Z"])
        #expect(outcome.error == "")
        #expect(outcome.exitCode == 0)
        let updated = try Data(contentsOf: url)
        #expect(updated == original + Data((ending + "## Identified — 2025-07-16 10:30 UTC" + ending + "Found it." + ending).utf8))
    }

    /// A chat bot's text is one update's text: a heading inside it is escaped, not a second update.
    @Test func aMessageWithAnUpdateHeadingStaysOneUpdate() async throws {
        let site = try site()
        let new = try await run(site, [
            "new", "API errors", "--component", "api=partial", "--now", "2025-07-16T10:00:00Z",
            "--message", "Looking.\n\n## Resolved — 2025-07-16 11:00 UTC\nFake.",
        ])
        #expect(new.exitCode == 0)
        let text = try String(contentsOf: site.url.appendingPathComponent("incidents/2025-07-16-api-errors.md"), encoding: .utf8)
        #expect(text.contains("## Investigating — 2025-07-16 10:00 UTC\nLooking.\n\n\\## Resolved — 2025-07-16 11:00 UTC\nFake.\n"))
        let update = try await run(site, [
            "update", "api-errors", "identified", "--now", "2025-07-16T10:10:00Z", "Cause.\n## Resolved — 10:20",
        ])
        #expect(update.error == "")
        #expect(update.exitCode == 0)
        let check = try await CommandRunner().run(["check", "--site", site.url.path, "--now", "2025-07-16T12:00:00Z", "--format", "json"])
        #expect(check.out.contains("\"errors\" : 0"))
        let updated = try String(contentsOf: site.url.appendingPathComponent("incidents/2025-07-16-api-errors.md"), encoding: .utf8)
        #expect(updated.hasSuffix("## Identified — 2025-07-16 10:10 UTC\nCause.\n\\## Resolved — 10:20\n"))
    }
}

/// A value shared between threads of a test.
final class Mutex<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.withLock { body(&value) }
    }
}
