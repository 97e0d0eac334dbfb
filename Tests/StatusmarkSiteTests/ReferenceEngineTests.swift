import Foundation
import MustacheOracle
import StatusmarkCore
import StatusmarkMustache
import StatusmarkTestSupport
import Testing

@testable import StatusmarkSite

/// Every file of a site is byte for byte the same whether its pages are rendered by StatusmarkMustache or by
/// swift-mustache over the same value trees: the sample site at two moments, and a generated site of 1,000
/// incidents.
@Suite struct ReferenceEngineTests {
    /// How many pages the reference engine rendered.
    final class PageCount: @unchecked Sendable {
        private let lock = NSLock()
        private var pages = 0
        func add() { lock.withLock { pages += 1 } }
        var count: Int { lock.withLock { pages } }
    }

    /// swift-mustache with the built-in theme's templates.
    static func oracle() throws -> MustacheOracle {
        let folder = RepositoryPaths.root.appendingPathComponent("site-template/templates")
        var sources: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            sources[String(name.dropLast(".mustache".count))] = try String(
                contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return try #require(MustacheOracle(sources))
    }

    func expectSameFiles(root: URL, now: Date) async throws {
        let oracle = try Self.oracle()
        let ours = try await SiteBuilder(now: now).build(root: root)
        #expect(!ours.diagnostics.hasErrors)
        let pages = PageCount()
        let theirs = try await TemplateLibrary.$referenceEngine.withValue({ name, context in
            pages.add()
            return oracle.render(name, context: context).map { Array($0.utf8) }
        }) {
            try await SiteBuilder(now: now).build(root: root)
        }
        // Every page went through swift-mustache, and embed.js, which is written from a template too.
        #expect(
            pages.count
                == ours.files.filter { $0.path.hasSuffix(".html") && !$0.path.contains("/redirect") || $0.path == "embed.js" }
                .count)
        #expect(ours.files.map(\.path) == theirs.files.map(\.path))
        var differing: [String] = []
        for (mine, reference) in zip(ours.files, theirs.files) where mine.bytes != reference.bytes {
            differing.append(mine.path)
        }
        #expect(differing == [], "\(differing.count) of \(ours.files.count) files differ")
        #expect(ours.files.count > 20)
    }

    @Test(arguments: ["2025-09-19T14:00:00Z", "2025-09-23T03:00:00Z"])
    func theSampleSite(now: String) async throws {
        try await expectSameFiles(root: RepositoryPaths.root, now: instant(now))
    }

    @Test func aGeneratedSiteOfAThousandIncidents() async throws {
        let now = instant("2025-09-19T14:00:00Z")
        let folder = try TemporaryDirectory()
        for file in SampleSiteGenerator(incidents: 1000, seed: 3, now: now).files() {
            _ = try folder.write(file.path, file.text)
        }
        try await expectSameFiles(root: folder.url, now: now)
    }
}
