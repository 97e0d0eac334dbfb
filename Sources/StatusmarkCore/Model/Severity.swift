/// How bad an incident is, from `none` to `critical`: Statuspage's `impact`.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case none
    case minor
    case major
    case critical

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    var rank: Int {
        switch self {
        case .none: 0
        case .minor: 1
        case .major: 2
        case .critical: 3
        }
    }

    /// The next level up, stopping at `critical`.
    var escalated: Severity {
        switch self {
        case .none: .minor
        case .minor: .major
        case .major, .critical: .critical
        }
    }
}
