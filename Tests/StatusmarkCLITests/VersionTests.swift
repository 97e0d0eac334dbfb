import Foundation
import StatusmarkTestSupport
import StatusmarkVersion
import Testing

/// The release number comes from VERSION alone, the commit from the checkout; `--version` prints both, and
/// pages, feeds and the API's extension name the release as their generator.
@Suite struct VersionTests {
    static let release = (try? String(contentsOf: RepositoryPaths.root.appendingPathComponent("VERSION"), encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unreadable"

    @Test func theBinaryPrintsTheReleaseNumberInVersionAndItsCommit() throws {
        let head = try #require(try Self.git(["rev-parse", "HEAD"]), "the repository is a git checkout")
        let result = try Self.run(Self.tool("statusmark"), ["--version"])
        #expect(result.status == 0)
        #expect(result.out == "\(Self.release) (commit \(head.prefix(12)))\n")
        #expect(StatusmarkVersion.commit == head)
    }

    @Test func pagesFeedsAndTheExtensionNameTheReleaseAsGenerator() async throws {
        #expect(StatusmarkVersion.number == Self.release)
        #expect(StatusmarkVersion.generator == "Statusmark \(Self.release)")
        let output = try TemporaryDirectory()
        let result = try Self.run(Self.tool("statusmark"), [
            "build", "--site", RepositoryPaths.root.path, "--now", "2025-09-19T14:00:00Z", "--output", output.url.path,
        ])
        #expect(result.status == 0)
        func read(_ path: String) throws -> String {
            try String(contentsOf: output.url.appendingPathComponent(path), encoding: .utf8)
        }
        #expect(try read("index.html").contains("<meta name=\"generator\" content=\"Statusmark \(Self.release)\">"))
        #expect(try read("history.atom").contains("<generator version=\"\(Self.release)\">Statusmark</generator>"))
        #expect(try read("history.rss").contains("<generator>Statusmark \(Self.release)</generator>"))
        #expect(try read("api/v2/statusmark/reliability.json").contains("\"generator\" : \"Statusmark \(Self.release)\""))
    }

    // MARK: VersionStamper, on checkouts of every shape

    static let commit = "0123456789abcdef0123456789abcdef01234567"
    static let other = "fedcba9876543210fedcba9876543210fedcba98"

    @Test func aBranchIsReadFromItsLooseRefOrFromPackedRefs() throws {
        let package = try Self.package(version: "1.2.3")
        try Self.write("ref: refs/heads/main\n", package, ".git/HEAD")
        try Self.write("# pack-refs with: peeled fully-peeled sorted\n\(Self.other) refs/heads/other\n\(Self.commit) refs/heads/main\n", package, ".git/packed-refs")
        #expect(try Self.stamp(package) == Self.source(number: "1.2.3", commit: Self.commit))
        try Self.write("\(Self.other)\n", package, ".git/refs/heads/main")
        #expect(try Self.stamp(package) == Self.source(number: "1.2.3", commit: Self.other), "a loose ref is newer than packed-refs")
    }

    @Test func aDetachedHeadIsTheCommitItself() throws {
        let package = try Self.package(version: "2.0.0-rc.1")
        try Self.write("\(Self.commit)\n", package, ".git/HEAD")
        #expect(try Self.stamp(package) == Self.source(number: "2.0.0-rc.1", commit: Self.commit))
    }

    @Test func aWorktreeFindsItsHeadAndTheMainRepositorysRefs() throws {
        let package = try Self.package(version: "1.0.0")
        try Self.write("gitdir: main-repo/.git/worktrees/feature\n", package, ".git")
        try Self.write("ref: refs/heads/feature\n", package, "main-repo/.git/worktrees/feature/HEAD")
        try Self.write("../..\n", package, "main-repo/.git/worktrees/feature/commondir")
        try Self.write("\(Self.commit)\n", package, "main-repo/.git/refs/heads/feature")
        #expect(try Self.stamp(package) == Self.source(number: "1.0.0", commit: Self.commit))
    }

    @Test func aSourceTreeWithoutGitHasNoCommit() throws {
        let package = try Self.package(version: "1.0.0")
        #expect(try Self.stamp(package) == Self.source(number: "1.0.0", commit: nil))
        try Self.write("ref: refs/heads/unborn\n", package, ".git/HEAD")
        #expect(try Self.stamp(package) == Self.source(number: "1.0.0", commit: nil), "a branch with no commit yet")
    }

    @Test(arguments: ["", "v1.2.3", "1.2", "1.2.3 beta", "1.2.3\n4.5.6"])
    func aVersionFileThatIsNotAReleaseNumberFailsTheBuild(version: String) throws {
        let package = try Self.package(version: version)
        let output = package.url.appendingPathComponent("Stamped.swift")
        let result = try Self.run(Self.tool("VersionStamper"), [package.url.path, output.path])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("VersionStamper: error: VERSION holds"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func anUnchangedStampIsNotRewrittenSoNothingRecompiles() throws {
        let package = try Self.package(version: "1.0.0")
        let output = package.url.appendingPathComponent("Stamped.swift")
        _ = try Self.stamp(package)
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: output.path)
        _ = try Self.stamp(package)
        let attributes = try FileManager.default.attributesOfItem(atPath: output.path)
        #expect(attributes[.modificationDate] as? Date == old)
    }

    // MARK: Helpers

    static func source(number: String, commit: String?) -> String {
        """
        // Generated by VersionStamper from VERSION and the git checkout at build time. Do not edit; edit VERSION.

        let stampedNumber = "\(number)"
        let stampedCommit: String? = \(commit.map { "\"\($0)\"" } ?? "nil")

        """
    }

    static func package(version: String) throws -> TemporaryDirectory {
        let package = try TemporaryDirectory()
        try write(version + "\n", package, "VERSION")
        return package
    }

    static func write(_ text: String, _ package: TemporaryDirectory, _ path: String) throws {
        let url = package.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Runs VersionStamper on the package and returns the Swift file it wrote.
    static func stamp(_ package: TemporaryDirectory) throws -> String {
        let output = package.url.appendingPathComponent("Stamped.swift")
        let result = try run(tool("VersionStamper"), [package.url.path, output.path])
        #expect(result.status == 0, "\(result.error)")
        return try String(contentsOf: output, encoding: .utf8)
    }

    /// A product built next to the test bundle.
    static func tool(_ name: String) throws -> URL {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name)
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the package first")
        return binary
    }

    static func run(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, out: String, error: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let error = Pipe()
        process.standardOutput = out
        process.standardError = error
        try process.run()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        let complained = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: complained, as: UTF8.self))
    }

    static func git(_ arguments: [String]) throws -> String? {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", RepositoryPaths.root.path] + arguments)
        return result.status == 0 ? result.out.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }
}
