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
    init(_ status: ComponentStatus, _ t: Translation) {
        switch status {
        case .operational: self.init(key: "operational", label: t.text("status.operational"))
        case .underMaintenance: self.init(key: "maintenance", label: t.text("status.under_maintenance"))
        case .degradedPerformance: self.init(key: "degraded", label: t.text("status.degraded_performance"))
        case .partialOutage: self.init(key: "partial", label: t.text("status.partial_outage"))
        case .majorOutage: self.init(key: "major", label: t.text("status.major_outage"))
        }
    }

    /// The site's overall status, worded as a banner.
    init(_ overall: OverallStatus, _ t: Translation) {
        switch overall {
        case .operational: self.init(key: "operational", label: t.text("overall.operational"))
        case .maintenance: self.init(key: "maintenance", label: t.text("overall.maintenance"))
        case .degraded: self.init(key: "degraded", label: t.text("overall.degraded"))
        case .partialOutage: self.init(key: "partial", label: t.text("overall.partial_outage"))
        case .majorOutage: self.init(key: "major", label: t.text("overall.major_outage"))
        }
    }

    /// An incident's severity: `none` is shown as `No impact`.
    init(_ severity: Severity, _ t: Translation) {
        switch severity {
        case .none: self.init(key: "operational", label: t.text("severity.none"))
        case .minor: self.init(key: "degraded", label: t.text("severity.minor"))
        case .major: self.init(key: "partial", label: t.text("severity.major"))
        case .critical: self.init(key: "major", label: t.text("severity.critical"))
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
