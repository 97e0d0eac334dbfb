internal import StatusmarkMustache

/// An instant as a page shows it: `16 Jul 2025, 07:58 UTC`, with the ISO form for `<time datetime>`.
struct TimeViewModel: Sendable, Hashable {
    /// `2025-07-16T07:58:00Z`.
    var iso: String
    /// `16 Jul 2025`, in the site's zone.
    var day: String
    /// `07:58 UTC`, in the site's zone.
    var clock: String

    /// How the language joins the day and the clock into `text`.
    var join: TimeJoin

    /// `16 Jul 2025, 07:58 UTC`: the day and the clock as the language joins them. Made when a template asks,
    /// since most times are shown by their day or their clock alone.
    var text: String {
        join.clockFirst
            ? join.before + clock + join.between + day + join.after : join.before + day + join.between + clock + join.after
    }
}

extension TimeViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<TimeViewModel>([
        "iso": { $0.iso.templateValue },
        "day": { $0.day.templateValue },
        "clock": { $0.clock.templateValue },
        "text": { $0.text.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}

/// The language's pattern for a day and a clock together (`{day}, {clock}`), as the text around them.
struct TimeJoin: Sendable, Hashable {
    var before = ""
    var between = ", "
    var after = ""
    var clockFirst = false
}
