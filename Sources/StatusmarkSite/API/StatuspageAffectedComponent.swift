/// A component an update changed: `affected_components` of an incident update.
struct StatuspageAffectedComponent: Encodable, Sendable, Equatable {
    var code: String
    var name: String
    var oldStatus: String
    var newStatus: String
}
