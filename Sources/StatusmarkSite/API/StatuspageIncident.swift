/// An incident or a scheduled maintenance, as `incidents.json` and `scheduled-maintenances.json` list them.
struct StatuspageIncident: Encodable, Sendable, Equatable {
    var id: String
    var name: String
    /// `investigating`, `identified`, `monitoring`, `resolved`, `postmortem`; for maintenance `scheduled`,
    /// `in_progress`, `verifying`, `completed`.
    var status: String
    /// `none`, `minor`, `major`, `critical`; `maintenance` for maintenance.
    var impact: String
    var createdAt: String
    var updatedAt: String
    var monitoringAt: Nullable<String>
    var resolvedAt: Nullable<String>
    var startedAt: String
    var shortlink: String
    var pageID: String
    var incidentUpdates: [StatuspageIncidentUpdate]
    var components: [StatuspageComponent]
    /// The postmortem's Markdown, when one is published.
    var postmortemBody: Nullable<String>
    var postmortemPublishedAt: Nullable<String>
    /// For maintenance only: the scheduled window.
    var scheduledFor: Nullable<String>?
    var scheduledUntil: Nullable<String>?
}
