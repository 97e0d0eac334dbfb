/// Whether a file describes an unplanned incident or a planned maintenance.
public enum IncidentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case incident
    case maintenance
}
