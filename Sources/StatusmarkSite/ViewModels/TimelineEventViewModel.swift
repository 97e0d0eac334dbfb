internal import StatusmarkMustache

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

extension TimelineEventViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<TimelineEventViewModel>([
        "time": { $0.time.templateValue },
        "label": { $0.label.templateValue },
        "isTimeOnly": { ($0.label == $0.time.clock).templateValue },
        "milestone": { $0.milestone.templateValue },
        "html": { $0.html.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
