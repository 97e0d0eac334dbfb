import Foundation
import StatusmarkTestSupport
import Testing
import StatusmarkCore
import StatusmarkSite
#if canImport(Glibc)
import Glibc
#endif

/// `statusmark build` end to end: the summary line, fail-closed builds that leave the previous output
/// byte-identical, the ownership check, usage errors, and byte-identical output across separate processes.
@Suite struct BuildCommandTests {
    static let now = "2025-09-19T14:00:00Z"

    /// A copy of the repository's sample site in a temporary folder.
    func sampleSite() throws -> TemporaryDirectory {
        let site = try TemporaryDirectory()
        for name in ["statusmark.yml", "incidents"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(name), to: site.url.appendingPathComponent(name))
        }
        return site
    }

    func build(_ site: TemporaryDirectory, _ extra: [String] = []) async throws -> CommandRunner.Outcome {
        try await CommandRunner().run(["build", "--site", site.url.path, "--now", Self.now] + extra)
    }

    @Test func buildsTheSampleSiteAndSaysWhatItWrote() async throws {
        let site = try sampleSite()
        let outcome = try await build(site)
        #expect(outcome.exitCode == 0)
        #expect(outcome.error == "")
        let pattern = #/build: 21 pages \(64 files\) for 7 incidents written to (.+)/ in \d+ ms\n/#
        let match = try #require(try pattern.wholeMatch(in: outcome.out))
        #expect(String(match.1) == site.url.appendingPathComponent("public").path)
        let output = try FolderSnapshot.read(site.url.appendingPathComponent("public"))
        #expect(output.count == 65)
        for page in [
            "index.html", "history/index.html", "404.html", "components/sms/index.html",
            "incidents/2025-09-19-sms-delivery-delays/index.html", "incidents/2025-09-23-database-upgrade/index.html",
        ] {
            #expect(output[page] != nil, "\(page) is missing")
        }
    }

    @Test func aBrokenIncidentLeavesThePreviousOutputByteIdentical() async throws {
        let site = try sampleSite()
        await #expect(try build(site).exitCode == 0)
        let output = site.url.appendingPathComponent("public")
        let before = try FolderSnapshot.read(output)
        try site.write("incidents/2025-09-20-broken.md", "---\ntitle: Broken\ncomponents: [API]\n---\n## Investigatin — 2025-09-20 10:00 UTC\n")
        let outcome = try await build(site)
        #expect(outcome.exitCode == 1)
        #expect(outcome.out == "")
        #expect(outcome.error.hasPrefix("incidents/2025-09-20-broken.md:5:4: error: unknown update status 'Investigatin' [update.unknown-status]\n"))
        #expect(outcome.error.hasSuffix("build: 1 error, 0 warnings; nothing written, \(output.path)/ is unchanged\n"))
        #expect(try FolderSnapshot.read(output) == before)
    }

    /// The pages go into the staging folder as they are rendered: what lands in the output folder is, file for
    /// file and byte for byte, what an in-memory build of the same site renders, whatever the site's shape.
    @Test(arguments: [(0, 0, 0), (1, 1, 5), (120, 1, 6), (400, 3, 7), (600, 12, 8)])
    func theWrittenSiteIsTheRenderedSite(incidents: Int, components: Int, seed: UInt64) async throws {
        let site: TemporaryDirectory
        if incidents == 0 {
            site = try sampleSite()
        } else {
            site = try TemporaryDirectory()
            let generator = SampleSiteGenerator(
                incidents: incidents, components: components, seed: seed, now: try Date(Self.now, strategy: .iso8601))
            for file in generator.files() { _ = try site.write(file.path, file.text) }
        }
        let rendered = try await SiteBuilder(now: try Date(Self.now, strategy: .iso8601)).build(root: site.url)
        #expect(!rendered.diagnostics.hasErrors)
        await #expect(try build(site).exitCode == 0)
        var written = try FolderSnapshot.read(site.url.appendingPathComponent("public"))
        #expect(written.removeValue(forKey: SiteWriter.markerName) != nil)
        #expect(written.keys.sorted() == rendered.files.map(\.path))
        let differing = rendered.files.filter { written[$0.path] != Data($0.bytes) }.map(\.path)
        #expect(differing == [])
    }

    /// A template that never ends is found while the pages are rendered and written: the build fails, the output
    /// is as it was, and the pages staged before and after the failing one are gone with their folder.
    @Test func aTemplateErrorFoundWhileRenderingLeavesThePreviousOutputAndNoStagingFolder() async throws {
        let site = try sampleSite()
        await #expect(try build(site).exitCode == 0)
        let output = site.url.appendingPathComponent("public")
        let before = try FolderSnapshot.read(output)
        try site.write("site-template/templates/404.mustache", "{{>404}}\n")
        let outcome = try await build(site)
        #expect(outcome.exitCode == 1)
        #expect(outcome.error.contains("[template.recursion]"))
        #expect(try FolderSnapshot.read(output) == before)
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.url.path)
        #expect(!beside.contains { $0.contains("staging") || $0.contains("retired") })
    }

    @Test func strictFailsOnAWarningAndWritesNothing() async throws {
        let site = try sampleSite()
        try site.write("incidents/2025-09-01-misdated.md", "---\ntitle: Misdated\ncomponents: [API]\n---\n## Investigating — 2025-09-02 10:00 UTC\n## Resolved — 10:30 UTC\n")
        let strict = try await build(site, ["--strict"])
        #expect(strict.exitCode == 1)
        #expect(strict.error.hasSuffix("build: 0 errors, 1 warning; nothing written, \(site.url.path)/public/ is unchanged\n"))
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("public").path))
        let lenient = try await build(site)
        #expect(lenient.exitCode == 0)
        #expect(lenient.out.hasSuffix(" ms; 1 warning\n"))
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() async throws {
        let site = try sampleSite()
        try site.write("public/keep.txt", "precious\n")
        let outcome = try await build(site)
        #expect(outcome.exitCode == 1)
        #expect(outcome.error == """
            Error: \(site.url.path)/public is not empty and was not written by 'statusmark build'; refusing to replace it
            help: choose another folder with --output, or pass --force to replace this one

            """)
        #expect(try FolderSnapshot.read(site.url.appendingPathComponent("public")) == ["keep.txt": Data("precious\n".utf8)])
        await #expect(try build(site, ["--force"]).exitCode == 0)
    }

    /// Even with --force, a build never swaps away the site's own sources, nor publishes them.
    @Test func neverWritesOverOrInsideTheSitesOwnSources() async throws {
        let site = try sampleSite()
        _ = try site.write("site-template/static/extra.css", "body{}\n")
        try FileManager.default.createSymbolicLink(
            atPath: site.url.appendingPathComponent("linked-incidents").path,
            withDestinationPath: site.url.appendingPathComponent("incidents").path)
        let before = try FolderSnapshot.read(site.url)
        let cases: [(String, String)] = [
            (site.url.path, "it is the site folder itself (statusmark.yml and incidents/); choose another folder"),
            (site.url.deletingLastPathComponent().path, "it holds the site folder (statusmark.yml and incidents/); choose another folder"),
            (site.url.appendingPathComponent("incidents").path, "it is the site's incidents/ folder, which a build would replace; choose another folder"),
            (site.url.appendingPathComponent("linked-incidents").path, "it is the site's incidents/ folder, which a build would replace; choose another folder"),
            (site.url.appendingPathComponent("incidents/public").path, "it is inside the site's incidents/ folder, whose files it would publish; choose another folder"),
            (site.url.appendingPathComponent("site-template").path, "it is the site's site-template/ folder, which a build would replace; choose another folder"),
            (site.url.appendingPathComponent("site-template/static/out").path, "it is inside the site's site-template/ folder, whose files it would publish; choose another folder"),
        ]
        for (output, reason) in cases {
            let outcome = try await build(site, ["--output", output, "--force"])
            #expect(outcome.exitCode == 1)
            #expect(outcome.error.hasPrefix("Error: cannot write \(output)/\nreason: \(reason)\n"), "\(output)")
        }
        #expect(try FolderSnapshot.read(site.url) == before)
        let check = try await CommandRunner().run(["check", "--site", site.url.path, "--now", Self.now])
        #expect(check.out.hasPrefix("check: 7 incident files, no problems"))
    }

    /// Two real builds of different sites into one folder, the second started while the first is writing its
    /// staging folder (where the second used to delete it): the second waits for the first, both exit 0, and the
    /// folder ends as one whole site, the later build's, never a mix or a site with pages missing.
    @Test func twoConcurrentBuildsIntoOneFolderTakeTurnsAndLeaveOneWholeSite() async throws {
        let binary = try statusmarkBinary()
        let small = try sampleSite()
        let large = try TemporaryDirectory()
        // Large enough that its write phase lasts long enough to be seen, on a machine busy with other tests.
        #expect(try run(binary, ["sample", "--incidents", "2500", "--output", large.url.path]).status == 0)
        let shared = try TemporaryDirectory()
        let output = shared.url.appendingPathComponent("out")
        let reference = shared.url.appendingPathComponent("reference")
        #expect(try run(binary, ["build", "--site", small.url.path, "--now", Self.now, "--output", reference.path]).status == 0)
        let expected = try FolderSnapshot.read(reference)
        var overlapped = 0
        for _ in 0..<8 where overlapped == 0 {
            let first = try start(binary, ["build", "--site", large.url.path, "--now", Self.now, "--output", output.path])
            while first.process.isRunning,
                !(try FileManager.default.contentsOfDirectory(atPath: shared.url.path)).contains(where: { $0.contains("staging") })
            {
                try await Task.sleep(for: .milliseconds(1))
            }
            guard first.process.isRunning else {
                first.process.waitUntilExit()
                continue
            }
            overlapped += 1
            let second = try start(binary, ["build", "--site", small.url.path, "--now", Self.now, "--output", output.path])
            for build in [first, second] {
                build.process.waitUntilExit()
                #expect(build.process.terminationStatus == 0)
            }
            let message = String(decoding: second.error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(message.hasPrefix("build: waiting for another build (pid \(first.process.processIdentifier)) to finish writing "))
            #expect(try FolderSnapshot.read(output) == expected)
            // No staging or retired folder is left, only the lock file.
            let beside = try FileManager.default.contentsOfDirectory(atPath: shared.url.path).filter { $0.contains("out") }
            #expect(beside.sorted() == [".out.statusmark-lock", "out"])
        }
        #expect(overlapped == 1, "the first build finished before its staging folder was seen, eight times")
    }

    @Test func aBuildWithNoWaitFailsWhileAnotherHoldsTheFolder() async throws {
        let binary = try statusmarkBinary()
        let site = try sampleSite()
        let output = site.url.appendingPathComponent("public")
        let lock = try await OutputLock.acquire(output)
        let refused = try run(binary, ["build", "--site", site.url.path, "--now", Self.now, "--no-wait"])
        #expect(refused.status == 1)
        #expect(refused.error == """
            Error: another build (pid \(getpid())) is writing \(output.path); nothing was written
            help: run the build again when it is done, or leave out --no-wait to wait for it

            """)
        let waiting = try start(binary, ["build", "--site", site.url.path, "--now", Self.now])
        try await Task.sleep(for: .milliseconds(500))
        #expect(waiting.process.isRunning)
        withExtendedLifetime(lock) {}
        _ = consume lock
        waiting.process.waitUntilExit()
        #expect(waiting.process.terminationStatus == 0)
        let message = String(decoding: waiting.error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message == "build: waiting for another build (pid \(getpid())) to finish writing \(output.path)/\n")
    }

    /// A build killed mid-write leaves its staging folder; the next build removes it before it reads a file,
    /// even when that build then fails.
    @Test func theNextBuildRemovesWhatAKilledBuildLeft() async throws {
        let site = try sampleSite()
        _ = try site.write(".public.statusmark-staging-2147483000/index.html", "half\n")
        _ = try site.write("incidents/2025-01-01-broken.md", "not an incident\n")
        let outcome = try await build(site)
        #expect(outcome.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent(".public.statusmark-staging-2147483000").path))
    }

    /// SIGTERM while the files are being written: the staging folder goes, the exit status is the shell's 143,
    /// and no half-written folder is left beside the output.
    @Test func aBuildStoppedWhileWritingRemovesItsStagingFolder() async throws {
        let binary = try statusmarkBinary()
        let site = try TemporaryDirectory()
        #expect(try run(binary, ["sample", "--incidents", "1000", "--output", site.url.path]).status == 0)
        let shared = try TemporaryDirectory()
        var caught = 0
        for _ in 0..<6 where caught == 0 {
            let build = try start(binary, ["build", "--site", site.url.path, "--now", Self.now, "--output", shared.url.appendingPathComponent("out").path])
            while build.process.isRunning {
                let names = try FileManager.default.contentsOfDirectory(atPath: shared.url.path)
                if names.contains(where: { $0.contains("staging") }) {
                    build.process.terminate()
                    caught += 1
                    break
                }
                try await Task.sleep(for: .milliseconds(1))
            }
            build.process.waitUntilExit()
            guard caught > 0 else { continue }
            // 143: stopped while writing, and cleaned up. A signal that lands after the swap finds the build done:
            // it exits 0, or is ended by the signal as it would have been without a handler.
            let ended = (build.process.terminationReason, build.process.terminationStatus)
            #expect(ended == (.exit, 143) || ended == (.exit, 0) || ended == (.uncaughtSignal, SIGTERM), "\(ended)")
            // Never a staging or retired folder; after the swap, the new site is out, whole.
            let left = try FileManager.default.contentsOfDirectory(atPath: shared.url.path).sorted()
            #expect(left == [".out.statusmark-lock"] || left == [".out.statusmark-lock", "out"], "\(left)")
            if left.contains("out") {
                #expect(FileManager.default.fileExists(atPath: shared.url.appendingPathComponent("out/.statusmark-output").path))
            }
        }
        #expect(caught == 1, "the build finished before its staging folder was seen, six times")
    }

    /// The built binary next to the test bundle.
    func statusmarkBinary() throws -> URL {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("statusmark")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the statusmark product first")
        return binary
    }

    func start(_ binary: URL, _ arguments: [String]) throws -> (process: Process, error: Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let error = Pipe()
        process.standardError = error
        try process.run()
        return (process, error)
    }

    func run(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, error: String) {
        let started = try start(binary, arguments)
        let error = started.error.fileHandleForReading.readDataToEndOfFile()
        started.process.waitUntilExit()
        return (started.process.terminationStatus, String(decoding: error, as: UTF8.self))
    }

    @Test func writesWhereOutputSaysWithTheBaseURLGiven() async throws {
        let site = try sampleSite()
        let elsewhere = try TemporaryDirectory()
        let output = elsewhere.url.appendingPathComponent("site")
        let outcome = try await build(site, ["--output", output.path, "--base-url", "https://example.org/status"])
        #expect(outcome.exitCode == 0)
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<link rel=\"canonical\" href=\"https://example.org/status/\">"))
        #expect(home.contains("<a href=\"/status/history/\">All incidents and maintenance</a>"))
    }

    @Test(arguments: [
        ("ftp://example.org/", "it is not an absolute http or https URL"),
        ("example.org", "it is not an absolute http or https URL"),
        ("https://", "it has no host name after 'https://'"),
        ("https://example.org/?q=1", "it has a query ('?…'); page links are made by adding paths to the base URL, so it can have none"),
        ("https://example.org/#top", "it has a fragment ('#…'); page links are made by adding paths to the base URL, so it can have none"),
        ("https://example.org/my status", "it has a space at character 23; write it as %20"),
        ("https://example.org/\"x", "it has a double quote at character 21; write it as %22"),
        ("https://example.org/é", "it has 'é' at character 21, which a URL cannot hold as it is; write it as %C3%A9"),
        ("https://example.org/100%", "'%' at character 24 does not start an escape such as %20; write a percent sign as %25"),
        ("https://me:secret@example.org/", "it holds a user name or password, which every published link would repeat"),
    ])
    func aBadBaseURLIsAUsageErrorThatSaysWhatIsWrong(url: String, reason: String) async throws {
        let outcome = try await build(try sampleSite(), ["--base-url", url])
        #expect(outcome.exitCode == 64)
        #expect(outcome.error.hasPrefix("Error: --base-url cannot be used: \(reason)\n"))
    }

    @Test(arguments: [
        ("https://status.example.com/a b", "it has a space at character 29; write it as %20"),
        ("https://status.example.com/#x", "it has a fragment ('#…'); page links are made by adding paths to the base URL, so it can have none"),
    ])
    func aBadBaseURLInTheConfigurationIsAnErrorAtItsLine(url: String, reason: String) async throws {
        let site = try sampleSite()
        let configuration = site.url.appendingPathComponent("statusmark.yml")
        let text = try String(contentsOf: configuration, encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("base_url:") })
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[line] = "base_url: \"\(url)\""
        try lines.joined(separator: "\n").write(to: configuration, atomically: true, encoding: .utf8)
        for command in ["check", "build"] {
            let outcome = try await CommandRunner().run([command, "--site", site.url.path, "--now", "2025-09-19T14:00:00Z", "--color", "never"])
            #expect(outcome.exitCode == 1)
            #expect(outcome.error.hasPrefix("statusmark.yml:\(line + 1):11: error: 'base_url' cannot be used: \(reason) [config.invalid-value]\n"))
        }
    }

    /// Two builds in two processes (each with its own hash seed, so any unsorted dictionary would show) give
    /// byte-identical output.
    @Test func separateProcessesGiveByteIdenticalOutput() async throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("statusmark")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the statusmark product first")
        let site = try sampleSite()
        var snapshots: [[String: Data]] = []
        for name in ["first", "second"] {
            let process = Process()
            process.executableURL = binary
            let output = site.url.appendingPathComponent(name)
            process.arguments = ["build", "--site", site.url.path, "--now", Self.now, "--output", output.path]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            snapshots.append(try FolderSnapshot.read(output))
        }
        #expect(snapshots[0].count == 65)
        #expect(snapshots[0] == snapshots[1])
    }
}
