/// One update of an incident or maintenance, as `incident_updates` lists them (newest first).
struct StatuspageIncidentUpdate: Encodable, Sendable, Equatable {
    var id: String
    var status: String
    /// The update's Markdown as written.
    var body: String
    var incidentID: String
    var createdAt: String
    var updatedAt: String
    var displayAt: String
    var affectedComponents: Nullable<[StatuspageAffectedComponent]>
    var deliverNotifications: Bool
    var customTweet: Nullable<String>
    var tweetID: Nullable<String>
}
