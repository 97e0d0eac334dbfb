import Foundation
import StatusmarkTestSupport
import Testing

/// One rule for every source: a symbolic link inside the site is followed, one out of it (or broken, or in a
/// loop) is an error naming the link, and its target's content is never read, printed or published.
@Suite struct SourceLinkTests {
    static let now = "2025-08-01T00:00:00Z"
    static let incident = """
        ---
        title: Errors
        components: [API]
        ---
        ## Investigating — 2025-07-16 10:00 UTC
        Looking.

        ## Resolved — 10:30
        Fixed.

        """
    /// What a file outside the site holds: it must appear in no output.
    static let secret = "SECRET_TOKEN=hunter2"

    func site() throws -> (site: TemporaryDirectory, outside: TemporaryDirectory) {
        let site = try TemporaryDirectory()
        _ = try site.write("statusmark.yml", "title: Test Status\nbase_url: https://status.example.com\ncomponents:\n  - API\n")
        _ = try site.write("incidents/2025-07-16-errors.md", Self.incident)
        let outside = try TemporaryDirectory()
        _ = try outside.write("2025-07-17-leak.md", "---\ntitle: \(Self.secret)\ncomponents: [API]\n---\n## Investigating — 2025-07-17 10:00 UTC\n\(Self.secret)\n")
        _ = try outside.write("statusmark.yml", "title: \(Self.secret)\n")
        return (site, outside)
    }

    func link(_ site: TemporaryDirectory, _ path: String, to target: String) throws {
        let url = site.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    func run(_ site: TemporaryDirectory, _ arguments: [String]) async throws -> CommandRunner.Outcome {
        let color = ["check", "build"].contains(arguments[0]) ? ["--color", "never"] : []
        return try await CommandRunner().run(arguments + ["--site", site.url.path, "--now", Self.now] + color)
    }

    @Test(arguments: ["check", "build"])
    func aLinkToAFileOutsideTheSiteIsAnErrorAndItsContentIsNeverShown(command: String) async throws {
        let (site, outside) = try self.site()
        let target = outside.url.appendingPathComponent("2025-07-17-leak.md").path
        try link(site, "incidents/2025-07-17-leak.md", to: target)
        try link(site, "incidents/2025-01-01-environ.md", to: "/proc/self/environ")
        let outcome = try await run(site, [command, "--format", "github"])
        #expect(outcome.exitCode == 1)
        let real = SourcePathForTests.resolve(target)
        #expect(outcome.out == """
            ::error file=incidents/2025-01-01-environ.md,title=file.link-outside-site::incidents/2025-01-01-environ.md \
            is a symbolic link to /proc/\(getpid())/environ, outside the site folder; Statusmark reads nothing outside the \
            site%0Anote: copy the file into the site, or link to a file inside the site folder
            ::error file=incidents/2025-07-17-leak.md,title=file.link-outside-site::incidents/2025-07-17-leak.md is a \
            symbolic link to \(real), outside the site folder; Statusmark reads nothing outside the site%0Anote: copy the \
            file into the site, or link to a file inside the site folder

            """)
        #expect(!(outcome.out + outcome.error).contains(Self.secret))
        #expect(!(outcome.out + outcome.error).contains("PATH="))
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("public").path))
    }

    @Test func linksInsideTheSiteAreFollowedForFilesAndFolders() async throws {
        let (site, _) = try self.site()
        _ = try site.write("archive/2024/2024-03-01-old.md", Self.incident.replacingOccurrences(of: "2025-07-16", with: "2024-03-01"))
        _ = try site.write("drafts/2025-07-18-linked.md", Self.incident.replacingOccurrences(of: "2025-07-16", with: "2025-07-18"))
        try link(site, "incidents/archive", to: "../archive")
        try link(site, "incidents/2025-07-18-linked.md", to: "../drafts/2025-07-18-linked.md")
        let outcome = try await run(site, ["build"])
        #expect(outcome.error == "")
        #expect(outcome.exitCode == 0)
        for slug in ["2024-03-01-old", "2025-07-18-linked", "2025-07-16-errors"] {
            #expect(FileManager.default.fileExists(atPath: site.url.appendingPathComponent("public/incidents/\(slug)/index.html").path))
        }
    }

    @Test func aLoopOfLinksAndABrokenLinkAreErrorsNamingTheLink() async throws {
        let (site, outside) = try self.site()
        try link(site, "incidents/loop", to: ".")
        try link(site, "incidents/up", to: "..")
        try link(site, "incidents/2025-07-19-gone.md", to: "nowhere.md")
        try link(site, "incidents/2025-07-20-a.md", to: "2025-07-20-b.md")
        try link(site, "incidents/2025-07-20-b.md", to: "2025-07-20-a.md")
        try link(site, "incidents/elsewhere", to: outside.url.path)
        let outcome = try await run(site, ["check"])
        #expect(outcome.exitCode == 1)
        let messages = outcome.error.split(separator: "\n").filter { $0.contains(": error: ") }
        let real = SourcePathForTests.resolve(outside.url.path)
        #expect(messages == [
            "incidents/2025-07-19-gone.md: error: incidents/2025-07-19-gone.md is a symbolic link to a file that does not exist [file.link-broken]",
            "incidents/2025-07-20-a.md: error: incidents/2025-07-20-a.md is a symbolic link in a loop of links [file.link-broken]",
            "incidents/2025-07-20-b.md: error: incidents/2025-07-20-b.md is a symbolic link in a loop of links [file.link-broken]",
            "incidents/elsewhere: error: incidents/elsewhere is a symbolic link to \(real), outside the site folder; Statusmark reads nothing outside the site [file.link-outside-site]",
            "incidents/loop: error: incidents/loop is a symbolic link in a loop of links [file.link-broken]",
            "incidents/up: error: incidents/up is a symbolic link in a loop of links [file.link-broken]",
        ])
    }

    @Test func statusmarkYMLAndTheThemeFollowTheSameRule() async throws {
        let (site, outside) = try self.site()
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("statusmark.yml"))
        try link(site, "statusmark.yml", to: outside.url.appendingPathComponent("statusmark.yml").path)
        let configuration = try await run(site, ["check"])
        #expect(configuration.exitCode == 1)
        #expect(configuration.error.hasPrefix("Error: cannot read statusmark.yml\nreason: it is a symbolic link to "))
        #expect(!configuration.error.contains(Self.secret))

        let (themed, elsewhere) = try self.site()
        try link(themed, "site-template/static/leak.txt", to: elsewhere.url.appendingPathComponent("statusmark.yml").path)
        let theme = try await run(themed, ["build"])
        #expect(theme.exitCode == 1)
        #expect(theme.error.hasPrefix("Error: cannot read site-template/static/leak.txt\nreason: it is a symbolic link to "))
        #expect(!FileManager.default.fileExists(atPath: themed.url.appendingPathComponent("public").path))
    }

    /// incidents/ and site-template/ themselves as links out of the site: the same errors, nothing read.
    @Test func sourceFoldersThatAreLinksOutOfTheSiteAreRefused() async throws {
        let (site, outside) = try self.site()
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("incidents"))
        try link(site, "incidents", to: outside.url.path)
        let incidents = try await run(site, ["check"])
        #expect(incidents.exitCode == 1)
        #expect(incidents.error.hasPrefix(
            "incidents: error: incidents is a symbolic link to \(SourcePathForTests.resolve(outside.url.path)), outside the site folder; "
                + "Statusmark reads nothing outside the site [file.link-outside-site]\n"))
        #expect(!incidents.error.contains(Self.secret))

        let (themed, elsewhere) = try self.site()
        try link(themed, "site-template", to: elsewhere.url.path)
        let theme = try await run(themed, ["check"])
        #expect(theme.exitCode == 1)
        #expect(theme.error.hasPrefix("Error: cannot read site-template\nreason: it is a symbolic link to "))
    }

    @Test func updateWritesThroughALinkInsideTheSiteAndRefusesOneOutsideIt() async throws {
        let (site, outside) = try self.site()
        _ = try site.write("drafts/2025-07-18-linked.md", Self.incident.replacingOccurrences(of: "2025-07-16", with: "2025-07-18")
            .replacingOccurrences(of: "## Resolved — 10:30\nFixed.\n", with: ""))
        try link(site, "incidents/2025-07-18-linked.md", to: "../drafts/2025-07-18-linked.md")
        let outcome = try await run(site, ["update", "linked", "identified", "Found it."])
        #expect(outcome.error == "")
        #expect(outcome.exitCode == 0)
        let linkPath = site.url.appendingPathComponent("incidents/2025-07-18-linked.md").path
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: linkPath) == "../drafts/2025-07-18-linked.md")
        let target = try String(contentsOf: site.url.appendingPathComponent("drafts/2025-07-18-linked.md"), encoding: .utf8)
        #expect(target.hasSuffix("## Identified — 2025-08-01 00:00 UTC\nFound it.\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.url.appendingPathComponent("drafts").path)
        #expect(leftovers == ["2025-07-18-linked.md"])

        try link(site, "incidents/2025-07-17-leak.md", to: outside.url.appendingPathComponent("2025-07-17-leak.md").path)
        let before = try Data(contentsOf: outside.url.appendingPathComponent("2025-07-17-leak.md"))
        // The loader never reads the link, so there is no such incident to update.
        let refused = try await run(site, ["update", "incidents/2025-07-17-leak.md", "update", "A note."])
        #expect(refused.exitCode == 1)
        #expect(refused.error.hasPrefix("Error: no incident 'incidents/2025-07-17-leak.md' in incidents/"))
        #expect(try Data(contentsOf: outside.url.appendingPathComponent("2025-07-17-leak.md")) == before)
    }

    @Test func aReadOnlyIncidentIsRefusedAndKeepsItsMode() async throws {
        let (site, _) = try self.site()
        let path = site.url.appendingPathComponent("incidents/2025-07-16-errors.md").path
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let outcome = try await run(site, ["update", "errors", "update", "A note."])
        #expect(outcome.exitCode == 1)
        #expect(outcome.error == """
            Error: incidents/2025-07-16-errors.md is read-only; nothing was written. Make it writable (chmod u+w \
            \(path)) to post the update

            """)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.incident)
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o444)
    }
}

/// The real path of a file, as the diagnostics print a link's target.
enum SourcePathForTests {
    static func resolve(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
