internal import StatusmarkMustache

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

extension PostmortemViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<PostmortemViewModel>([
        "time": { $0.time.templateValue },
        "html": { $0.html.templateValue },
        "timeline": { $0.timeline.templateValue },
        "hasTimeline": { (!$0.timeline.isEmpty).templateValue },
        "showsTimeline": { ($0.beforeTimeline != nil).templateValue },
        "beforeTimeline": { $0.beforeTimeline.templateValue },
        "afterTimeline": { $0.afterTimeline.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
