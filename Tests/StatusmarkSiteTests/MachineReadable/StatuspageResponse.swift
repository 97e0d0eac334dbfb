@testable import StatusmarkSite

/// The oracle of the API's files: one file's whole response (the page, and the parts the endpoint returns), as
/// ``JSONOutput/encode(_:)`` writes it in one go. The build puts each file together from fragments encoded once
/// (``StatuspageAPIRenderer/files(incidentJSON:)``), and must give exactly these bytes.
struct StatuspageResponse: Encodable, Sendable, Equatable {
    var page: StatuspagePage
    var status: StatuspageStatus?
    var components: [StatuspageComponent]?
    var incidents: [StatuspageIncident]?
    var scheduledMaintenances: [StatuspageIncident]?
}
