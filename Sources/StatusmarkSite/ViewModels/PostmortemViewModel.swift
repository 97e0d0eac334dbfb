internal import Mustache

/// An incident's postmortem: its text and its timeline of events.
struct PostmortemViewModel: Sendable, Equatable {
    var time: ViewModelBox<TimeViewModel>
    /// Trusted HTML rendered by libcmark.
    var html: String
    var timeline: [ViewModelBox<TimelineEventViewModel>]
}

extension PostmortemViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "time": time
        case "html": html
        case "timeline": timeline
        case "hasTimeline": !timeline.isEmpty
        default: nil
        }
    }
}
