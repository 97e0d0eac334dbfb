import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// Every generated file of a small fixture site (pages, feeds, API, calendar, badges, sitemap, headers) against
/// its golden file; the theme's assets, copied as they are, are only listed in files.txt. To update the goldens after an intended change,
/// run `STATUSMARK_RECORD=1 swift test --filter GoldenSiteTests` (the run fails on purpose) and review the diff.
@Suite struct GoldenSiteTests {
    static let site = RepositoryPaths.fixtures.appendingPathComponent("site/small-site")
    static let expected = RepositoryPaths.fixtures.appendingPathComponent("site/small-site-expected")

    @Test func everyGeneratedFileMatchesItsGolden() async throws {
        let result = try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: Self.site)
        #expect(result.diagnostics.isEmpty)
        let listing = result.files.map { "\($0.path) \($0.bytes.count)" }.joined(separator: "\n") + "\n"
        Golden.assert(listing, matches: Self.expected.appendingPathComponent("files.txt"))
        let generated = result.files.filter { !$0.path.hasPrefix("assets/") }
        #expect(generated.count(where: { $0.path.hasSuffix(".html") }) == 11)
        #expect(generated.count == 36)
        for file in generated {
            Golden.assert(String(decoding: file.bytes, as: UTF8.self), matches: Self.expected.appendingPathComponent(file.path))
        }
        let goldens = try FolderSnapshot.read(Self.expected).keys.filter { $0 != "files.txt" }.sorted()
        #expect(goldens == generated.map(\.path), "a golden file has no generated file: delete it")
    }
}
