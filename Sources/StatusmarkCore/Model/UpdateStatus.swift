/// The status word of an update heading: `## Identified — …`.
public enum UpdateStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case investigating
    case identified
    case monitoring
    case update
    case resolved
    case postmortem
    case scheduled
    case inProgress = "in_progress"
    case verifying
    case completed

    /// The word as written in headings: `In progress`.
    public var title: String {
        switch self {
        case .inProgress: "In progress"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }

    /// The kind of file this status belongs to.
    public var kind: IncidentKind {
        switch self {
        case .investigating, .identified, .monitoring, .update, .resolved, .postmortem: .incident
        case .scheduled, .inProgress, .verifying, .completed: .maintenance
        }
    }

    /// Whether this status closes the incident or maintenance.
    public var isClosing: Bool { self == .resolved || self == .completed }

    /// The statuses valid in a kind of file, in the order they are documented. `Update`, news that changes no
    /// stage, is valid in all three; a notice's updates are all `Update`, since it has no stages.
    public static func statuses(for kind: IncidentKind) -> [UpdateStatus] {
        switch kind {
        case .incident: allCases.filter { $0.kind == .incident }
        case .maintenance: [.scheduled, .inProgress, .verifying, .update, .completed]
        case .notice: [.update]
        }
    }

    /// Reads a status word, case-insensitively; `In progress` may also be written `In-progress` or `In_progress`.
    public init?(word: String) {
        guard let status = Self.byNormalizedTitle[word.normalizedWords()] else { return nil }
        self = status
    }

    /// Every status by its title in lower case: `in progress`.
    private static let byNormalizedTitle = Dictionary(uniqueKeysWithValues: allCases.map { ($0.title.lowercased(), $0) })
}
