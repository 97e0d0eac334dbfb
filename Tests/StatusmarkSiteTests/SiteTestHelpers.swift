import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport

/// An instant from an ISO 8601 string in UTC, such as `2025-03-10T12:00:00Z`.
func instant(_ text: String) -> Date {
    guard let date = ISO8601DateFormatter().date(from: text) else { fatalError("bad test date \(text)") }
    return date
}

/// The text of a built file, or an empty string when the build did not make it.
func text(of path: String, in result: BuildResult) -> String {
    result.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
}

/// A site with one component and the given incident files, in a temporary folder.
func makeSite(
    configuration: String = "title: Test\nbase_url: https://status.test\ncomponents:\n  - name: API\n", incidents: [String: String] = [:],
    theme: [String: String] = [:]
) throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory()
    try folder.write("statusmark.yml", configuration)
    for (name, text) in incidents { try folder.write("incidents/\(name)", text) }
    for (path, text) in theme { try folder.write("site-template/\(path)", text) }
    return folder
}
