/// The thresholds that turn an incident's facts into a severity, from statusmark.yml's `severity:` block.
public struct SeverityRules: Sendable, Hashable {
    /// An affected share at or above this percentage makes an incident at least major.
    public var majorAffectedPercent: Double
    /// An affected share at or above this percentage makes an incident critical.
    public var criticalAffectedPercent: Double
    /// Impact lasting at least this many seconds raises the severity one level; `nil` turns escalation off.
    public var escalateAfter: Int?

    public init(majorAffectedPercent: Double = 10, criticalAffectedPercent: Double = 50, escalateAfter: Int? = 4 * 3600) {
        self.majorAffectedPercent = majorAffectedPercent
        self.criticalAffectedPercent = criticalAffectedPercent
        self.escalateAfter = escalateAfter
    }
}
