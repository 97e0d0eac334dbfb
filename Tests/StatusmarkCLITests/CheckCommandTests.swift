import Foundation
import StatusmarkTestSupport
import Testing

@Suite struct CheckCommandTests {
    static let config = """
        title: Test Status
        base_url: https://status.example.com
        components:
          - API
        """

    static let valid = """
        ---
        title: Errors
        components: [API]
        ---
        ## Investigating — 2025-07-16 10:00 UTC
        ## Resolved — 10:30
        """

    func site(_ files: [String: String]) throws -> TemporaryDirectory {
        let site = try TemporaryDirectory()
        try site.write("statusmark.yml", Self.config)
        for (path, text) in files { try site.write(path, text) }
        return site
    }

    func check(_ site: TemporaryDirectory, _ extra: [String] = []) async throws -> CommandRunner.Outcome {
        try await CommandRunner().run(["check", "--site", site.url.path, "--now", "2025-08-01T00:00:00Z"] + extra)
    }

    @Test func cleanSiteExitsZeroWithASummaryOnStandardOutput() async throws {
        let outcome = try await check(try site(["incidents/2025-07-16-errors.md": Self.valid]))
        #expect(outcome.exitCode == 0)
        #expect(outcome.out == "check: 1 incident file, no problems; status: operational\n")
        #expect(outcome.error == "")
    }

    /// check runs every stage of build but the write: what would fail a build fails check first, with its file.
    @Test func checkFindsWhatOnlyRenderingTheSiteWouldFind() async throws {
        let site = try site(["incidents/2025-07-16-errors.md": Self.valid])
        try site.write("site-template/static/feed.json", "{}")
        let outcome = try await check(site, ["--color", "never"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.error == """
            site-template/static/feed.json: error: 'feed.json' is written twice: by site-template/static/feed.json and by \
            the feeds [output.conflict]
               note: rename or remove one of them
            check: 1 error, 0 warnings in 1 incident file

            """)
        let build = try await CommandRunner().run(["build", "--site", site.url.path, "--now", "2025-08-01T00:00:00Z", "--color", "never"])
        #expect(build.exitCode == 1)
        #expect(build.error.hasPrefix(outcome.error.split(separator: "\n").prefix(2).joined(separator: "\n")))
    }

    @Test func aSiteWithoutBaseURLFailsCheckAsItFailsBuildUnlessOneIsGiven() async throws {
        let site = try site(["incidents/2025-07-16-errors.md": Self.valid])
        try site.write("statusmark.yml", "title: Test Status\ncomponents:\n  - API\n")
        let outcome = try await check(site, ["--color", "never"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.error.hasPrefix(
            "statusmark.yml:1:1: error: statusmark.yml has no 'base_url', which feeds, the API and the sitemap need for "
                + "their links [config.missing-key]\n"))
        let given = try await check(site, ["--base-url", "https://status.example.com"])
        #expect(given.exitCode == 0)
        #expect(given.out == "check: 1 incident file, no problems; status: operational\n")
    }

    /// A file name with a newline, and YAML that echoes ESC and BEL, print no line of their own and no raw
    /// control character, in any format.
    @Test(arguments: ["text", "github", "json"])
    func hostileFileNamesAndBytesCannotInjectLinesOrEscapes(format: String) async throws {
        let name = "incidents/2025-07-16-x\n::error file=README.md,line=1::INJECTED.md"
        let site = try site([name: "---\ntitle: \"\u{1B}[2J\u{7}\n---\n"])
        let outcome = try await check(site, ["--format", format, "--color", "never"])
        #expect(outcome.exitCode == 1)
        let printed = outcome.out + outcome.error
        #expect(printed.contains("INJECTED"))
        for line in printed.split(separator: "\n") {
            #expect(!line.hasPrefix("::error file=README.md"), "\(line)")
        }
        #expect(!printed.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" })
    }

    @Test func warningsPassUnlessStrict() async throws {
        let site = try site(["incidents/2025-07-11-errors.md": Self.valid])
        let relaxed = try await check(site, ["--color", "never"])
        #expect(relaxed.exitCode == 0)
        #expect(relaxed.error.hasSuffix("check: 0 errors, 1 warning in 1 incident file; passed\n"))
        let strict = try await check(site, ["--strict", "--color", "never"])
        #expect(strict.exitCode == 1)
        #expect(strict.error.hasSuffix("check: 0 errors, 1 warning in 1 incident file\n"))
    }

    @Test func jsonFormatPrintsOneReportOnStandardOutput() async throws {
        let broken = Self.valid.replacingOccurrences(of: "Investigating", with: "Investigatng")
        let outcome = try await check(try site(["incidents/2025-07-16-errors.md": broken]), ["--format", "json"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.error == "")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
        #expect(report["errors"] as? Int == 1)
        #expect(report["warnings"] as? Int == 0)
        let first = try #require((report["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["code"] as? String == "update.unknown-status")
        #expect(first["file"] as? String == "incidents/2025-07-16-errors.md")
        #expect(first["line"] as? Int == 5)
        #expect(first["column"] as? Int == 4)
        #expect(first["severity"] as? String == "error")
        #expect(first["message"] as? String == "unknown update status 'Investigatng'")
    }

    @Test func githubFormatPrintsAnnotations() async throws {
        let broken = Self.valid.replacingOccurrences(of: "Investigating", with: "Investigatng")
        let outcome = try await check(try site(["incidents/2025-07-16-errors.md": broken]), ["--format", "github"])
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.out
                == "::error file=incidents/2025-07-16-errors.md,line=5,col=4,title=update.unknown-status::"
                + "unknown update status 'Investigatng'%0Anote: did you mean 'Investigating'?%0Anote: update statuses: "
                + "Investigating, Identified, Monitoring, Update, Resolved, Postmortem\n")
    }

    @Test func usageErrorsExitSixtyFour() async throws {
        let site = try site([:])
        await #expect(try check(site, ["--format", "xml"]).exitCode == 64)
        let badNow = try await CommandRunner().run(["check", "--site", site.url.path, "--now", "tomorrow"])
        #expect(badNow.exitCode == 64)
        #expect(badNow.error.contains("--now 'tomorrow': expected a time such as 2025-07-16 07:58 UTC"))
    }

    @Test func missingSiteIsAClearErrorNamingTheFolder() async throws {
        let empty = try TemporaryDirectory()
        let outcome = try await CommandRunner().run(["check", "--site", empty.url.path])
        #expect(outcome.exitCode == 1)
        #expect(outcome.error.contains("Error: no statusmark.yml in \(empty.url.path)"))
        #expect(outcome.error.contains("statusmark init"))
    }

    @Test func sourceDateEpochSetsNowWhenNoFlagIsGiven() async throws {
        let ongoing = "---\ntitle: t\ncomponents: [API]\n---\n## Investigating — 2025-07-16 10:00 UTC\n"
        let site = try site(["incidents/2025-07-16-t.md": ongoing])
        // 2025-07-16T11:00:00Z: the incident is ongoing, so the API shows a partial outage.
        let outcome = try await CommandRunner(environment: ["SOURCE_DATE_EPOCH": "1752663600"])
            .run(["check", "--site", site.url.path])
        #expect(outcome.out == "check: 1 incident file, no problems; status: partial_outage\n")
    }

    @Test func everyFilesProblemsAreReportedInOneRun() async throws {
        let site = try site([
            "incidents/2025-07-16-a.md": Self.valid.replacingOccurrences(of: "[API]", with: "[Databse]"),
            "incidents/2025-07-16-b.md": Self.valid.replacingOccurrences(of: "10:30", with: "09:30"),
            "incidents/2025-07-16-c.md": "no front matter\n",
        ])
        let outcome = try await check(site, ["--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
        let codes = (report["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        // b: '09:30' under '10:00' took that day's date and so runs backwards: it asks for the date.
        #expect(codes == ["incident.unknown-component", "timestamp.missing-date", "frontmatter.missing"])
    }

    @Test func theSampleSiteChecksClean() async throws {
        let outcome = try await CommandRunner().run([
            "check", "--site", RepositoryPaths.root.path, "--now", "2025-09-19T14:00:00Z",
        ])
        #expect(outcome.error == "")
        #expect(outcome.exitCode == 0)
        #expect(outcome.out == "check: 7 incident files, no problems; status: degraded\n")
    }
}
