import Foundation
import StatusmarkTestSupport
import Testing
@testable import StatusmarkCore

/// Which files under incidents/ are incident files, as listed by `FolderWalker`.
@Suite struct IncidentListingTests {
    @Test func listsMarkdownFilesInSubfoldersAndSkipsHiddenAndBackupFiles() throws {
        let folder = try TemporaryDirectory()
        for path in [
            "incidents/2025-01-01-a.md", "incidents/2024/2024-05-05-b.md", "incidents/2024/q4/2024-11-11-c.MD",
            "incidents/.hidden/d.md", "incidents/.#e.md", "incidents/f.md~", "incidents/#g.md#", "incidents/notes.txt",
        ] {
            _ = try folder.write(path, "---\ntitle: x\n---\n")
        }
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("elsewhere/more"), withIntermediateDirectories: true)
        _ = try folder.write("elsewhere/more/h.md", "")
        // A link to a folder inside the site is followed, under the link's own path.
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("incidents/linked").path,
            withDestinationPath: folder.url.appendingPathComponent("elsewhere").path)

        #expect(try ProjectLoader().incidentPaths(root: folder.url) == [
            "incidents/2024/2024-05-05-b.md", "incidents/2024/q4/2024-11-11-c.MD", "incidents/2025-01-01-a.md",
            "incidents/linked/more/h.md",
        ])
    }

    /// Names of every length up to the system's longest, in a folder large enough that the system reads its
    /// entries in several buffers: each name is read whole and only up to its end.
    @Test func namesOfEveryLengthInALargeFolderAreListedExactly() throws {
        let folder = try TemporaryDirectory()
        let incidents = folder.url.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: incidents, withIntermediateDirectories: true)
        var expected: [String] = []
        for index in 0..<2_000 {
            let stem = "\(index)-" + String(repeating: "é", count: index % 124)
            let name = stem + ".md"
            FileManager.default.createFile(atPath: incidents.appendingPathComponent(name).path, contents: nil)
            expected.append("incidents/" + name)
        }
        #expect(try ProjectLoader().incidentPaths(root: folder.url) == expected.sorted())
    }

    @Test func aSiteWithoutAnIncidentsFolderHasNoIncidents() throws {
        let folder = try TemporaryDirectory()
        #expect(try ProjectLoader().incidentPaths(root: folder.url) == [])
    }
}
