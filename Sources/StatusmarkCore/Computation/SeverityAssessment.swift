/// An incident's severity and why: the computed level, the declared one if any, and each rule that applied.
public struct SeverityAssessment: Sendable, Hashable {
    /// One rule that raised the computed severity.
    public enum Reason: Sendable, Hashable {
        /// A component at a level: degraded → minor, partial outage → major, major outage → critical.
        case component(id: String, level: ComponentStatus, severity: Severity)
        /// The affected share against the `severity.affected` thresholds.
        case affected(percent: Double, severity: Severity)
        /// Impact lasting at least `severity.escalate_after` raised the level by one.
        case duration(seconds: Int, threshold: Int, from: Severity, to: Severity)

        /// The severity the rule gives.
        public var severity: Severity {
            switch self {
            case .component(_, _, let severity), .affected(_, let severity): severity
            case .duration(_, _, _, let to): to
            }
        }
    }

    /// The severity the rules give.
    public var computed: Severity
    /// The severity the file declares.
    public var declared: Severity?
    /// The rules that applied, strongest first.
    public var reasons: [Reason]

    /// The severity shown: the declared one when given, else the computed one.
    public var effective: Severity { declared ?? computed }

    public init(computed: Severity, declared: Severity?, reasons: [Reason]) {
        self.computed = computed
        self.declared = declared
        self.reasons = reasons
    }
}
