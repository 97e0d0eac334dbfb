/// The state of a component, and the level at which an incident affects one.
public enum ComponentStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case operational
    case underMaintenance = "under_maintenance"
    case degradedPerformance = "degraded_performance"
    case partialOutage = "partial_outage"
    case majorOutage = "major_outage"

    /// Worse statuses compare greater; maintenance is better than any degradation.
    public static func < (lhs: ComponentStatus, rhs: ComponentStatus) -> Bool {
        lhs.rank < rhs.rank
    }

    var rank: Int {
        switch self {
        case .operational: 0
        case .underMaintenance: 1
        case .degradedPerformance: 2
        case .partialOutage: 3
        case .majorOutage: 4
        }
    }

    /// The words for the level in incident files: `partial outage`.
    public var words: String {
        switch self {
        case .operational: "operational"
        case .underMaintenance: "under maintenance"
        case .degradedPerformance: "degraded performance"
        case .partialOutage: "partial outage"
        case .majorOutage: "major outage"
        }
    }

    /// The severity an incident at this level has: degraded → minor, partial → major, major outage → critical.
    public var severity: Severity {
        switch self {
        case .operational, .underMaintenance: .none
        case .degradedPerformance: .minor
        case .partialOutage: .major
        case .majorOutage: .critical
        }
    }

    /// Reads a level as people write it: `partial outage`, `partial_outage`, `Partial-Outage`, or the short forms
    /// `degraded`, `partial`, `major`, `maintenance`.
    public init?(words: String) {
        let normalized = words.normalizedWords()
        switch normalized {
        case "operational": self = .operational
        case "under maintenance", "maintenance": self = .underMaintenance
        case "degraded performance", "degraded": self = .degradedPerformance
        case "partial outage", "partial": self = .partialOutage
        case "major outage", "major", "outage": self = .majorOutage
        default: return nil
        }
    }

    /// The levels an incident may give a component, for messages.
    static let incidentLevels: [ComponentStatus] = [.degradedPerformance, .partialOutage, .majorOutage]
}
