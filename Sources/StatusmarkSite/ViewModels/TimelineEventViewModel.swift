internal import Mustache

/// One event of a postmortem's timeline.
struct TimelineEventViewModel: Sendable, Equatable {
    var time: ViewModelBox<TimeViewModel>
    /// The time as the list shows it: with its day for the first event and when the day changes, else the clock.
    var label: String
    /// `Detected`, `Mitigated`…, when the event marks a milestone.
    var milestone: String?
    /// Trusted HTML rendered by libcmark.
    var html: String
}

extension TimelineEventViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "time": time
        case "label": label
        case "isTimeOnly": label == time.clock
        case "milestone": milestone
        case "html": html
        default: nil
        }
    }
}
