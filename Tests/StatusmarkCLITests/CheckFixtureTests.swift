import Foundation
import StatusmarkTestSupport
import Testing

/// Every folder in Tests/Fixtures/check is a small site with one problem. `statusmark check` must print exactly
/// its `expected.txt` (the diagnostics with their lines and carets, then the summary and exit code).
///
/// Record new expectations with `STATUSMARK_RECORD=1 swift test --filter CheckFixtureTests`, then read the diff.
@Suite struct CheckFixtureTests {
    static let folder = RepositoryPaths.fixtures.appendingPathComponent("check")
    static let scenarios: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".yml") }.sorted()
    }()

    @Test func thereAreAtLeastTwentyFiveScenarios() async {
        #expect(Self.scenarios.count >= 25)
    }

    @Test(arguments: scenarios)
    func checkPrintsTheExpectedDiagnostics(scenario: String) async throws {
        let site = try TemporaryDirectory()
        let source = Self.folder.appendingPathComponent(scenario)
        try site.copyContents(of: source)
        try? FileManager.default.removeItem(at: site.url.appendingPathComponent("expected.txt"))
        if !FileManager.default.fileExists(atPath: site.url.appendingPathComponent("statusmark.yml").path) {
            try FileManager.default.copyItem(
                at: Self.folder.appendingPathComponent("statusmark.yml"),
                to: site.url.appendingPathComponent("statusmark.yml"))
        }
        let outcome = try await CommandRunner().run([
            "check", "--site", site.url.path, "--now", "2025-12-01T00:00:00Z", "--color", "never",
        ])
        let transcript = outcome.error + outcome.out + "exit: \(outcome.exitCode)\n"
        Golden.assert(transcript, matches: source.appendingPathComponent("expected.txt"))
    }
}
