/// Says in words why a severity rule applied, for diagnostics and for the incident page.
public struct SeverityExplanation: Sendable {
    public let configuration: SiteConfiguration

    public init(configuration: SiteConfiguration) {
        self.configuration = configuration
    }

    /// `partial outage of Calling → major`.
    public func sentence(for reason: SeverityAssessment.Reason) -> String {
        switch reason {
        case .component(let id, let level, let severity):
            let name = configuration.component(id: id)?.name ?? id
            return "\(level.words) of \(name) → \(severity.rawValue)"
        case .affected(let percent, let severity):
            let rules = configuration.severityRules
            let threshold: String
            switch severity {
            case .critical: threshold = " (at least \(Self.format(rules.criticalAffectedPercent))%)"
            case .major: threshold = " (at least \(Self.format(rules.majorAffectedPercent))%)"
            default: threshold = ""
            }
            return "\(Self.format(percent))% of users affected\(threshold) → \(severity.rawValue)"
        case .duration(let seconds, let threshold, let from, let to):
            return "impact of \(Self.hours(seconds)) (at least \(Self.hours(threshold))) raises \(from.rawValue) → \(to.rawValue)"
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func hours(_ seconds: Int) -> String {
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes)m" }
        return minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes / 60)h \(minutes % 60)m"
    }
}
