import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// Every page of a small fixture site against its golden file. To update the goldens after an intended change,
/// run `STATUSMARK_RECORD=1 swift test --filter GoldenSiteTests` (the run fails on purpose) and review the diff.
@Suite struct GoldenSiteTests {
    static let site = RepositoryPaths.fixtures.appendingPathComponent("site/small-site")
    static let expected = RepositoryPaths.fixtures.appendingPathComponent("site/small-site-expected")

    @Test func everyPageMatchesItsGolden() throws {
        let result = try SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: Self.site)
        #expect(result.diagnostics.isEmpty)
        let listing = result.files.map { "\($0.path) \($0.bytes.count)" }.joined(separator: "\n") + "\n"
        Golden.assert(listing, matches: Self.expected.appendingPathComponent("files.txt"))
        let pages = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count == 10)
        for page in pages {
            Golden.assert(String(decoding: page.bytes, as: UTF8.self), matches: Self.expected.appendingPathComponent(page.path))
        }
        let goldens = try FolderSnapshot.read(Self.expected).keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(goldens == pages.map(\.path), "a golden file has no page: delete it")
    }
}
