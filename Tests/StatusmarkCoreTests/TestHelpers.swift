import Foundation
@testable import StatusmarkCore

/// `2025-07-16T07:58:00Z` for a date, in UTC.
func iso(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
}

/// The date for an ISO 8601 UTC string; traps on a typo in a test.
func date(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    guard let date = formatter.date(from: text) else { fatalError("bad test date \(text)") }
    return date
}

/// A configuration with the components tests refer to.
func testConfiguration(zone: ZoneReference = .utc) -> SiteConfiguration {
    SiteConfiguration(
        title: "Test Status", timeZone: zone,
        components: [
            Component(id: "api", name: "API", position: 0),
            Component(id: "website", name: "Website", position: 1),
        ])
}

/// Parses an incident file's text, as `incidents/<name>`.
func parseIncident(
    _ text: String, name: String = "test.md", configuration: SiteConfiguration = testConfiguration()
) -> (incident: Incident?, diagnostics: [Diagnostic]) {
    IncidentParser(configuration: configuration).parse(SourceFile(path: "incidents/\(name)", text: text))
}

/// A planned maintenance on the API, 2025-09-23 02:00–04:00 UTC, announced with one Scheduled update.
let scheduledMaintenanceFile = """
    ---
    title: Upgrade
    kind: maintenance
    components: [API]
    scheduled_start: 2025-09-23 02:00 UTC
    scheduled_end: 2025-09-23 04:00 UTC
    ---
    ## Scheduled — 2025-09-16 10:00 UTC
    """
