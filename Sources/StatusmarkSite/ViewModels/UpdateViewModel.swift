internal import StatusmarkMustache

/// One update of an incident: its status, when it was posted, and its Markdown rendered by libcmark.
struct UpdateViewModel: Sendable, Equatable {
    /// `Identified`, `In progress`.
    var status: String
    /// `identified`, `in_progress`.
    var statusKey: String
    var time: ViewModelBox<TimeViewModel>
    /// Trusted HTML: libcmark's output in safe mode unless the site sets `unsafe_html`.
    var html: String
}

extension UpdateViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<UpdateViewModel>([
        "status": { $0.status.templateValue },
        "statusKey": { $0.statusKey.templateValue },
        "time": { $0.time.templateValue },
        "html": { $0.html.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
