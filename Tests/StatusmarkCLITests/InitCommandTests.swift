import Foundation
import StatusmarkTestSupport
import Testing

/// `statusmark init`: a site that checks and builds at once, and never a file overwritten.
@Suite struct InitCommandTests {
    @Test func createsASiteThatChecksAndBuilds() async throws {
        let folder = try TemporaryDirectory()
        let site = folder.url.appendingPathComponent("status").path
        let created = try await CommandRunner().run(["init", site, "--title", "Acme: Status", "--now", "2026-11-21T12:00:00Z"])
        #expect(created.exitCode == 0)
        #expect(created.out.hasPrefix("Created a status site in \(site):\n"))
        let files = try FolderSnapshot.read(URL(fileURLWithPath: site))
        #expect(files.keys.sorted() == [".gitignore", "incidents/2026-11-20-example-incident.md", "statusmark.yml"])
        #expect(String(decoding: try #require(files["statusmark.yml"]), as: UTF8.self).contains("title: \"Acme: Status\"\n"))
        let check = try await CommandRunner().run(["check", "--site", site, "--now", "2026-11-21T12:00:00Z"])
        #expect(check.out == "check: 1 incident file, no problems; status: operational\n")
        let build = try await CommandRunner().run(["build", "--site", site, "--now", "2026-11-21T12:00:00Z"])
        #expect(build.exitCode == 0)
    }

    @Test func refusesWhenAnyFileExistsAndCreatesNone() async throws {
        let folder = try TemporaryDirectory()
        try folder.write(".gitignore", "node_modules/\n")
        let outcome = try await CommandRunner().run(["init", folder.url.path, "--now", "2026-11-21T12:00:00Z"])
        #expect(outcome.exitCode == 64)
        #expect(outcome.error.hasPrefix(
            "Error: .gitignore already exists in \(folder.url.path); nothing was created. Choose an empty folder: statusmark init <folder>\n"))
        #expect(try FolderSnapshot.read(folder.url).keys.sorted() == [".gitignore"])
        #expect(try String(contentsOf: folder.url.appendingPathComponent(".gitignore"), encoding: .utf8) == "node_modules/\n")
    }

    @Test func withTemplateCopiesTheBuiltInTheme() async throws {
        let folder = try TemporaryDirectory()
        let outcome = try await CommandRunner().run(["init", folder.url.path, "--with-template", "--now", "2026-11-21T12:00:00Z"])
        #expect(outcome.exitCode == 0)
        let files = try FolderSnapshot.read(folder.url)
        let theme = try FolderSnapshot.read(RepositoryPaths.root.appendingPathComponent("site-template"))
        for (path, bytes) in theme {
            #expect(files["site-template/\(path)"] == bytes, "site-template/\(path)")
        }
    }
}
