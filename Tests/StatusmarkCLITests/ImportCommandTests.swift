import Foundation
import StatusmarkTestSupport
import Testing

/// `statusmark import statuspage`: the sample site's own API output, imported into an empty folder and built
/// again, carries the same incidents, statuses, times and update texts.
@Suite struct ImportCommandTests {
    static let now = "2025-09-19T14:00:00Z"

    /// The fields a Statuspage client reads from each incident and maintenance, keyed by name.
    func incidents(_ site: URL) throws -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for file in ["incidents", "scheduled-maintenances"] {
            let data = try Data(contentsOf: site.appendingPathComponent("public/api/v2/\(file).json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let list = try #require((json["incidents"] ?? json["scheduled_maintenances"]) as? [[String: Any]])
            for incident in list {
                var fields: [String: String] = [:]
                for key in ["status", "impact", "created_at", "started_at", "resolved_at", "monitoring_at", "scheduled_for", "scheduled_until"] {
                    fields[key] = incident[key].map { "\($0)" }
                }
                let updates = try #require(incident["incident_updates"] as? [[String: Any]])
                fields["updates"] = updates.map { "\($0["status"] ?? "") \($0["created_at"] ?? "") \($0["body"] ?? "")" }
                    .joined(separator: "\n---\n")
                fields["postmortem_body"] = (incident["postmortem_body"] as? String) ?? "none"
                result[try #require(incident["name"] as? String)] = fields
            }
        }
        return result
    }

    @Test func theSampleSitesAPIRoundTrips() throws {
        let original = try TemporaryDirectory()
        for name in ["statusmark.yml", "incidents"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(name), to: original.url.appendingPathComponent(name))
        }
        #expect(try CommandRunner().run(["build", "--site", original.url.path, "--now", Self.now]).exitCode == 0)
        let imported = try TemporaryDirectory()
        let outcome = try CommandRunner().run([
            "import", "statuspage", original.url.appendingPathComponent("public/api/v2").path, "--site", imported.url.path,
            "--now", Self.now,
        ])
        #expect(outcome.exitCode == 0, "\(outcome.error)")
        #expect(outcome.out == "import: 7 files written, 0 skipped\ncheck: 7 incident files, no errors\n")
        #expect(try CommandRunner().run(["build", "--site", imported.url.path, "--now", Self.now]).exitCode == 0)
        let before = try incidents(original.url)
        let after = try incidents(imported.url)
        #expect(before.count == 7)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (name, fields) in before {
            #expect(after[name] == fields, "\(name)")
        }
        let again = try CommandRunner().run([
            "import", "statuspage", original.url.appendingPathComponent("public/api/v2").path, "--site", imported.url.path,
            "--now", Self.now,
        ])
        #expect(again.out == "import: 0 files written, 7 skipped\ncheck: 7 incident files, no errors\n")
        #expect(again.error.hasPrefix("import: skipped incidents/2023-11-26-valid-payments-declined-by-the-payments-api.md: exists (pass --force to replace it)\n"))
    }
}
