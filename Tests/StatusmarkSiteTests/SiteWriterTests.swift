import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing

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
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path) == ["public"])
    }

    @Test func replacesItsOwnOutputWhole() async throws {
        let parent = try TemporaryDirectory()
        let output = parent.url.appendingPathComponent("public")
        try await SiteWriter(output: output).write(files + [RenderedFile(path: "incidents/gone/index.html", text: "old\n")])
        try await SiteWriter(output: output).write([RenderedFile(path: "index.html", text: "new\n")])
        let snapshot = try FolderSnapshot.read(output)
        #expect(snapshot.keys.sorted() == [".statusmark-output", "index.html"])
        #expect(snapshot["index.html"] == Data("new\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path) == ["public"])
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path) == ["public"])
    }

    @Test func removesWhatAnInterruptedBuildLeftBehind() async throws {
        let parent = try TemporaryDirectory()
        try parent.write(".public.statusmark-staging-999/index.html", "half\n")
        try await SiteWriter(output: parent.url.appendingPathComponent("public")).write(files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path) == ["public"])
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path) == [])
    }
}
