/// One file of the API: the page, and the parts the endpoint returns (the others are left out).
struct StatuspageResponse: Encodable, Sendable, Equatable {
    var page: StatuspagePage
    var status: StatuspageStatus?
    var components: [StatuspageComponent]?
    var incidents: [StatuspageIncident]?
    var scheduledMaintenances: [StatuspageIncident]?
}
