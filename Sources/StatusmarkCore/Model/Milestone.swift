/// A point in an incident's life that a postmortem timeline event can mark with its first word.
public enum Milestone: String, Sendable, Hashable, Codable, CaseIterable {
    case detected
    case acknowledged
    case identified
    case mitigated
    case resolved

    /// The word as written: `Detected`.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
