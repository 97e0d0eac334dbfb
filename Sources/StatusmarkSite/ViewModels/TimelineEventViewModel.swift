internal import Mustache

/// One event of a postmortem's timeline.
struct TimelineEventViewModel: Sendable, Equatable {
    var time: ViewModelBox<TimeViewModel>
    /// `Detected`, `Mitigated`…, when the event marks a milestone.
    var milestone: String?
    /// Trusted HTML rendered by libcmark.
    var html: String
}

extension TimelineEventViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "time": time
        case "milestone": milestone
        case "html": html
        default: nil
        }
    }
}
