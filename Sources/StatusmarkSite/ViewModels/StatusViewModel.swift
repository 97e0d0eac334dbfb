internal import StatusmarkMustache
import StatusmarkCore

/// A level of service as shown: a CSS key, an icon of the same name, and words, so colour never carries it alone.
struct StatusViewModel: Sendable, Hashable {
    /// `operational`, `maintenance`, `degraded`, `partial` or `major`: the CSS class suffix and the icon's name.
    var key: String
    /// `Operational`, `Under maintenance`, `Degraded performance`, `Partial outage`, `Major outage`.
    var label: String
}

extension StatusViewModel {
    init(_ status: ComponentStatus) {
        switch status {
        case .operational: self.init(key: "operational", label: "Operational")
        case .underMaintenance: self.init(key: "maintenance", label: "Under maintenance")
        case .degradedPerformance: self.init(key: "degraded", label: "Degraded performance")
        case .partialOutage: self.init(key: "partial", label: "Partial outage")
        case .majorOutage: self.init(key: "major", label: "Major outage")
        }
    }

    /// The site's overall status, worded as a banner.
    init(_ overall: OverallStatus) {
        switch overall {
        case .operational: self.init(key: "operational", label: "All systems operational")
        case .maintenance: self.init(key: "maintenance", label: "Maintenance in progress")
        case .degraded: self.init(key: "degraded", label: "Degraded performance")
        case .partialOutage: self.init(key: "partial", label: "Partial outage")
        case .majorOutage: self.init(key: "major", label: "Major outage")
        }
    }

    /// An incident's severity: `none` is shown as `No impact`.
    init(_ severity: Severity) {
        switch severity {
        case .none: self.init(key: "operational", label: "No impact")
        case .minor: self.init(key: "degraded", label: "Minor")
        case .major: self.init(key: "partial", label: "Major")
        case .critical: self.init(key: "major", label: "Critical")
        }
    }
}

extension StatusViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<StatusViewModel>([
        "key": { $0.key.templateValue },
        "label": { $0.label.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
