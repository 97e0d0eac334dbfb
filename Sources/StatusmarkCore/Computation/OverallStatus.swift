/// The status of the whole site, shown in the banner at the top of the page.
public enum OverallStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case operational
    case maintenance
    case degraded
    case partialOutage = "partial_outage"
    case majorOutage = "major_outage"

    public static func < (lhs: OverallStatus, rhs: OverallStatus) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .operational: 0
        case .maintenance: 1
        case .degraded: 2
        case .partialOutage: 3
        case .majorOutage: 4
        }
    }

    /// The overall status a component status implies.
    public init(_ status: ComponentStatus) {
        switch status {
        case .operational: self = .operational
        case .underMaintenance: self = .maintenance
        case .degradedPerformance: self = .degraded
        case .partialOutage: self = .partialOutage
        case .majorOutage: self = .majorOutage
        }
    }

    /// The overall status an open incident of a severity implies, for incidents that name no component.
    init(_ severity: Severity) {
        switch severity {
        case .none, .minor: self = .degraded
        case .major: self = .partialOutage
        case .critical: self = .majorOutage
        }
    }
}
