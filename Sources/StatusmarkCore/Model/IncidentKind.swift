/// What a file describes: an unplanned incident, a planned maintenance, or a notice (an announcement that changes
/// no component's status).
public enum IncidentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case incident
    case maintenance
    case notice
}

extension IncidentKind {
    /// The kind as a noun with its article, for messages: "an incident", "a planned maintenance", "a notice".
    public var noun: String {
        switch self {
        case .incident: "an incident"
        case .maintenance: "a planned maintenance"
        case .notice: "a notice"
        }
    }
}
