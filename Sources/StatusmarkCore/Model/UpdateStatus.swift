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

    /// Whether a text may begin with a status word: `false` when its first word, all ASCII letters, is the first
    /// word of no status (`12:30 UTC — …`, `Customers saw …`). A test that costs one pass over that word, before
    /// a line is split to be read as `Status — time`.
    static func mayBegin(_ text: String) -> Bool {
        var word: [UInt8] = []
        word.reserveCapacity(16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte)
            // Lower-casing other letters is Unicode's business: the full reading decides.
            case 0x80...: return true
            default:
                // Blanks before the word are skipped; anything else after it ends it.
                if word.isEmpty, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
                return firstWords.contains(word)
            }
            if word.count > longestFirstWord { return false }
        }
        return firstWords.contains(word)
    }

    /// The first word of every status's title, in lower case: `in` for `In progress`.
    private static let firstWords = Set(byNormalizedTitle.keys.map { Array($0.split(separator: " ")[0].utf8) })
    private static let longestFirstWord = firstWords.map(\.count).max() ?? 0

    /// Every status by its title in lower case: `in progress`.
    private static let byNormalizedTitle = Dictionary(uniqueKeysWithValues: allCases.map { ($0.title.lowercased(), $0) })
}
