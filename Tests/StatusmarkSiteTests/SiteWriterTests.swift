import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The writer publishes all or nothing, never replaces a folder it did not write, and never writes outside it.
@Suite struct SiteWriterTests {
    let files = [RenderedFile(path: "index.html", text: "home\n"), RenderedFile(path: "incidents/a/index.html", text: "a\n")]

    @Test func writesTheFilesAndAMarkerIntoANewFolder() async throws {
        let parent = try TemporaryDirectory()
        let output = parent.url.appendingPathComponent("public")
        try await SiteWriter(output: output).write(files)
        let snapshot = try FolderSnapshot.read(output)
        #expect(snapshot.keys.sorted() == [".statusmark-output", "incidents/a/index.html", "index.html"])
        #expect(snapshot["incidents/a/index.html"] == Data("a\n".utf8))
        // Nothing is left beside the output folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path).sorted() == [".public.statusmark-lock", "public"])
    }

    @Test func replacesItsOwnOutputWhole() async throws {
        let parent = try TemporaryDirectory()
        let output = parent.url.appendingPathComponent("public")
        try await SiteWriter(output: output).write(files + [RenderedFile(path: "incidents/gone/index.html", text: "old\n")])
        try await SiteWriter(output: output).write([RenderedFile(path: "index.html", text: "new\n")])
        let snapshot = try FolderSnapshot.read(output)
        #expect(snapshot.keys.sorted() == [".statusmark-output", "index.html"])
        #expect(snapshot["index.html"] == Data("new\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path).sorted() == [".public.statusmark-lock", "public"])
    }

    @Test func refusesAFolderItDidNotWriteUnlessForced() async throws {
        let parent = try TemporaryDirectory()
        try parent.write("public/notes.txt", "mine\n")
        let output = parent.url.appendingPathComponent("public")
        await #expect(throws: StatusmarkError.outputNotOwned(path: output.path)) {
            try await SiteWriter(output: output).write(files)
        }
        #expect(try FolderSnapshot.read(output) == ["notes.txt": Data("mine\n".utf8)])
        try await SiteWriter(output: output, force: true).write(files)
        #expect(try FolderSnapshot.read(output).keys.sorted() == [".statusmark-output", "incidents/a/index.html", "index.html"])
    }

    @Test func aFailedWriteLeavesThePreviousOutputByteIdentical() async throws {
        let parent = try TemporaryDirectory()
        let output = parent.url.appendingPathComponent("public")
        try await SiteWriter(output: output).write(files)
        let before = try FolderSnapshot.read(output)
        // "a" as a file and as a folder cannot both be written: the write fails half-way.
        let impossible = [RenderedFile(path: "a", text: "1"), RenderedFile(path: "a/b", text: "2")]
        await #expect(throws: StatusmarkError.self) { try await SiteWriter(output: output).write(impossible) }
        #expect(try FolderSnapshot.read(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path).sorted() == [".public.statusmark-lock", "public"])
    }

    /// A pid past any the system hands out (Linux's limit is 2^22): its process is provably gone.
    static let deadPID = 2_147_483_000

    @Test func removesWhatAKilledBuildLeftBehindButNotAFolderOfARunningProcess() async throws {
        let parent = try TemporaryDirectory()
        try parent.write(".public.statusmark-staging-\(Self.deadPID)/index.html", "half\n")
        try parent.write(".public.statusmark-retired-\(Self.deadPID)/index.html", "old\n")
        // pid 1 always runs: its folder may be an older Statusmark's build, which took no lock.
        try parent.write(".public.statusmark-staging-1/index.html", "running\n")
        try await SiteWriter(output: parent.url.appendingPathComponent("public")).write(files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path).sorted() == [
            ".public.statusmark-lock", ".public.statusmark-staging-1", "public",
        ])
    }

    @Test func aSecondWriterWaitsForTheLockOrFailsWithoutWaiting() async throws {
        let parent = try TemporaryDirectory()
        let output = parent.url.appendingPathComponent("public")
        let lock = try await OutputLock.acquire(output)
        await #expect(throws: StatusmarkError.outputLocked(path: output.path, pid: getpid())) {
            _ = try await OutputLock.acquire(output, wait: false)
        }
        let waited = Task { try await SiteWriter(output: output).write(files) }
        try await Task.sleep(for: .milliseconds(200))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        withExtendedLifetime(lock) {}
        _ = consume lock
        try await waited.value
        #expect(try FolderSnapshot.read(output).keys.sorted() == [".statusmark-output", "incidents/a/index.html", "index.html"])
    }

    @Test(arguments: [
        ("index.html", true), ("incidents/a/index.html", true), ("../escape.html", false), ("/etc/passwd", false),
        ("a/../../b", false), ("a//b", false), ("./a", false), ("", false), ("a\\..\\b", false), ("a/", false),
        ("a/.", false), ("a/..", false), ("..", false), ("a\u{0}b", false), ("...", true), (".well-known/x", true),
        ("a/b.c/..d", true),
    ])
    func onlyPathsInsideTheOutputFolderAreSafe(path: String, isSafe: Bool) {
        #expect(RenderedFile.isSafe(path) == isSafe)
    }

    @Test func anUnsafePathIsNeverWritten() async throws {
        let parent = try TemporaryDirectory()
        let output = parent.url.appendingPathComponent("public")
        await #expect(throws: StatusmarkError.outputUnwritable(path: "../escape.html", reason: "the path leaves the output folder")) {
            try await SiteWriter(output: output).write([RenderedFile(path: "../escape.html", text: "x")])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path) == [".public.statusmark-lock"])
    }
}
