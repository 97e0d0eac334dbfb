internal import Mustache

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

extension IncidentPageViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "incident": summary
        case "summaryHTML": summaryHTML
        case "affected": affected
        case "hasAffected": !affected.isEmpty
        case "facts": facts
        case "severityReasons": severityReasons
        case "hasSeverityReasons": !severityReasons.isEmpty
        case "severityNote": severityNote
        case "updates": updates
        case "postmortem": postmortem
        default: nil
        }
    }
}

/// A component an incident affected, and how badly.
struct AffectedComponentViewModel: Sendable, Equatable {
    var name: String
    var url: String
    var level: ViewModelBox<StatusViewModel>
}

extension AffectedComponentViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        case "level": level
        default: nil
        }
    }
}
