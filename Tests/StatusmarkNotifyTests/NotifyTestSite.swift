import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport

/// A small site built in a temporary folder: the model and links the notify stages take.
struct NotifyTestSite {
    let folder: TemporaryDirectory
    let model: StatusModel
    let links: SiteLinks

    static let configuration = """
        title: Acme Status
        base_url: https://status.acme.example
        time_zone: Europe/Berlin
        components:
          - name: API
            id: api
          - name: Dashboard
            id: dashboard

        """

    /// Builds the files (paths under the site) as of `now`.
    static func build(
        _ files: [String: String], configuration: String = configuration, now: String = "2025-09-19T14:00:00Z"
    ) async throws -> NotifyTestSite {
        let folder = try TemporaryDirectory()
        try folder.write("statusmark.yml", configuration)
        for (path, text) in files { try folder.write(path, text) }
        let instant = try Date(now, strategy: .iso8601)
        let result = try await SiteBuilder(now: instant).build(root: folder.url)
        guard let model = result.model, !result.diagnostics.hasErrors else {
            throw BuildFailure(diagnostics: result.diagnostics.map(\.message))
        }
        return NotifyTestSite(folder: folder, model: model, links: SiteLinks(baseURL: model.configuration.baseURL!)!)
    }

    struct BuildFailure: Error {
        var diagnostics: [String]
    }
}

/// An incident on the API with an Investigating update at 11:52 UTC and the updates given after it.
func apiIncident(_ more: String = "", title: String = "Elevated API errors") -> String {
    """
    ---
    title: \(title)
    components:
      API: partial outage
    ---
    ## Investigating — 2025-09-19 11:52 UTC
    We are seeing **elevated errors** on the API.
    \(more)
    """
}

func instant(_ text: String) -> Date {
    // Test literals only: a typo traps.
    try! Date(text, strategy: .iso8601)
}
