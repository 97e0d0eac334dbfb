internal import StatusmarkMustache

/// An incident's own page.
struct IncidentPageViewModel: Sendable, Equatable {
    var summary: ViewModelBox<IncidentSummaryViewModel>
    /// Trusted HTML of the text before the first update, if any.
    var summaryHTML: String?
    var affected: [ViewModelBox<AffectedComponentViewModel>]
    /// Start, end, duration, time to identify, mitigate and resolve; scheduled window for maintenance.
    var facts: [ViewModelBox<FactViewModel>]
    /// Why the severity is what it is, one sentence a reason.
    var severityReasons: [String]
    /// Set when the incident file declares a severity other than the computed one.
    var severityNote: String?
    /// Newest first, as status pages show them.
    var updates: [ViewModelBox<UpdateViewModel>]
    var postmortem: ViewModelBox<PostmortemViewModel>?
}

extension IncidentPageViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<IncidentPageViewModel>([
        "incident": { $0.summary.templateValue },
        "summaryHTML": { $0.summaryHTML.templateValue },
        "affected": { $0.affected.templateValue },
        "hasAffected": { (!$0.affected.isEmpty).templateValue },
        "facts": { $0.facts.templateValue },
        "severityReasons": { $0.severityReasons.templateValue },
        "hasSeverityReasons": { (!$0.severityReasons.isEmpty).templateValue },
        "severityNote": { $0.severityNote.templateValue },
        "updates": { $0.updates.templateValue },
        "postmortem": { $0.postmortem.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}

/// A component an incident affected, and how badly.
struct AffectedComponentViewModel: Sendable, Equatable {
    var name: String
    var url: String
    var level: ViewModelBox<StatusViewModel>
}

extension AffectedComponentViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<AffectedComponentViewModel>([
        "name": { $0.name.templateValue },
        "url": { $0.url.templateValue },
        "level": { $0.level.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
