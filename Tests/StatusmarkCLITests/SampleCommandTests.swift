import Foundation
import StatusmarkTestSupport
import Testing

/// `statusmark sample`: what it writes checks clean and builds, and the same seed writes the same bytes.
@Suite struct SampleCommandTests {
    static let now = "2025-09-19T14:00:00Z"

    @Test func aSampleSiteChecksCleanBuildsAndIsTheSameForTheSameSeed() async throws {
        let folder = try TemporaryDirectory()
        let first = folder.url.appendingPathComponent("first").path
        let written = try await CommandRunner().run(["sample", "--incidents", "150", "--components", "5", "--output", first])
        #expect(written.exitCode == 0, "\(written.error)")
        #expect(written.out.hasPrefix("sample: 150 incident files and statusmark.yml ("))
        let check = try await CommandRunner().run(["check", "--site", first, "--now", Self.now, "--strict"])
        #expect(check.exitCode == 0, "\(check.out)\(check.error)")
        #expect(check.out.hasPrefix("check: 150 incident files, no problems"))
        let build = try await CommandRunner().run(["build", "--site", first, "--now", Self.now, "--timings"])
        #expect(build.exitCode == 0, "\(build.error)")
        #expect(build.error.components(separatedBy: "\n").map { $0.prefix(16) }.filter { !$0.isEmpty }
            == ["timings: read   ", "timings: parse  ", "timings: compute", "timings: render ", "timings: write  ", "timings: total  "])

        let second = folder.url.appendingPathComponent("second").path
        #expect(try await CommandRunner().run(["sample", "--incidents", "150", "--components", "5", "--output", second]).exitCode == 0)
        #expect(try FolderSnapshot.read(URL(fileURLWithPath: first).appendingPathComponent("incidents"))
            == FolderSnapshot.read(URL(fileURLWithPath: second).appendingPathComponent("incidents")))
        let other = folder.url.appendingPathComponent("other").path
        #expect(try await CommandRunner().run(["sample", "--incidents", "150", "--components", "5", "--seed", "2", "--output", other]).exitCode == 0)
        #expect(try FolderSnapshot.read(URL(fileURLWithPath: first).appendingPathComponent("incidents"))
            != FolderSnapshot.read(URL(fileURLWithPath: other).appendingPathComponent("incidents")))
        let refused = try await CommandRunner().run(["sample", "--incidents", "1", "--output", first])
        #expect(refused.exitCode == 64)
    }
}
