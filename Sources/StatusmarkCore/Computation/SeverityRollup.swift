/// Computes an incident's severity from its facts and the site's ``SeverityRules``: the highest of the components'
/// levels, the affected share, and a one-level escalation for long impact.
public struct SeverityRollup: Sendable {
    public let rules: SeverityRules

    public init(rules: SeverityRules) {
        self.rules = rules
    }

    /// Assesses an incident whose impact lasted (or has lasted so far) `durationSeconds`.
    public func assess(_ incident: Incident, durationSeconds: Int) -> SeverityAssessment {
        var reasons: [SeverityAssessment.Reason] = incident.impacts.map {
            .component(id: $0.componentID, level: $0.level, severity: $0.level.severity)
        }
        if let percent = incident.affectedPercent {
            reasons.append(.affected(percent: percent, severity: severity(forAffected: percent)))
        }
        var computed = reasons.map(\.severity).max() ?? .none
        if let threshold = rules.escalateAfter, durationSeconds >= threshold, computed != .critical {
            let raised = computed.escalated
            reasons.append(.duration(seconds: durationSeconds, threshold: threshold, from: computed, to: raised))
            computed = raised
        }
        // Strongest first; equal ones keep their order (components as listed, then share, then duration).
        let ordered = reasons.enumerated()
            .sorted { ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset) }
            .map(\.element)
        return SeverityAssessment(computed: computed, declared: incident.declaredSeverity, reasons: ordered)
    }

    /// The severity an affected share gives: critical at or above the critical share, major at or above the major
    /// share, minor for any other share above zero.
    public func severity(forAffected percent: Double) -> Severity {
        if percent >= rules.criticalAffectedPercent { return .critical }
        if percent >= rules.majorAffectedPercent { return .major }
        return percent > 0 ? .minor : .none
    }
}
