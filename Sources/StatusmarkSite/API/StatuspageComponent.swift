/// A component or a group of components, as `components.json` lists them.
struct StatuspageComponent: Encodable, Sendable, Equatable {
    var id: String
    var name: String
    /// `operational`, `degraded_performance`, `partial_outage`, `major_outage` or `under_maintenance`.
    var status: String
    var createdAt: String
    var updatedAt: String
    var position: Int
    var description: Nullable<String>
    var showcase: Bool
    /// `2025-08-04`, when the component went live.
    var startDate: Nullable<String>
    var groupID: Nullable<String>
    var pageID: String
    var group: Bool
    var onlyShowIfDegraded: Bool
    /// For a group, the ids of its components; absent for a component.
    var components: [String]?
}
