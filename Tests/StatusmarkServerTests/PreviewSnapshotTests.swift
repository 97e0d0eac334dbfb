import Foundation
import Testing
@testable import StatusmarkServer
import StatusmarkSite

/// Which paths the preview treats as folders, found from the files alone.
@Suite struct PreviewSnapshotTests {
    let snapshot = PreviewSnapshot(
        files: SiteFiles(
            ["index.html", "incidents/2025-03-03-api-errors/index.html", "api/v2/status.json", "badges/api.svg"].map {
                RenderedFile(path: $0, bytes: [])
            }),
        builtAt: Date(timeIntervalSince1970: 0), generation: 1)

    @Test func foldersArePagesFoldersAndFoldersThatHoldFiles() {
        #expect(snapshot.isFolder(""))
        #expect(snapshot.isFolder("incidents/2025-03-03-api-errors"))
        #expect(snapshot.isFolder("incidents"))
        #expect(snapshot.isFolder("api"))
        #expect(snapshot.isFolder("api/v2"))
        #expect(snapshot.isFolder("badges"))
    }

    @Test func aPathThatOnlyStartsLikeAFolderIsNotOne() {
        #expect(!snapshot.isFolder("incidents/2025-03-03-api"))
        #expect(!snapshot.isFolder("api/v"))
        #expect(!snapshot.isFolder("badge"))
        #expect(!snapshot.isFolder("history"))
    }
}
