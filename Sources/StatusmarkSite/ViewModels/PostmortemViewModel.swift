internal import Mustache

/// An incident's postmortem: its text and its timeline of events.
struct PostmortemViewModel: Sendable, Equatable {
    var time: ViewModelBox<TimeViewModel>
    /// Trusted HTML rendered by libcmark.
    var html: String
    var timeline: [ViewModelBox<TimelineEventViewModel>]
    /// The HTML before and after the timeline list, when the page shows the events itself.
    var beforeTimeline: String?
    var afterTimeline: String?
}

extension PostmortemViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "time": time
        case "html": html
        case "timeline": timeline
        case "hasTimeline": !timeline.isEmpty
        case "showsTimeline": beforeTimeline != nil
        case "beforeTimeline": beforeTimeline
        case "afterTimeline": afterTimeline
        default: nil
        }
    }
}
