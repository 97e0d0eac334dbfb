internal import StatusmarkMustache

/// An instant as a page shows it: `16 Jul 2025, 07:58 UTC`, with the ISO form for `<time datetime>`.
struct TimeViewModel: Sendable, Hashable {
    /// `2025-07-16T07:58:00Z`.
    var iso: String
    /// `16 Jul 2025`, in the site's zone.
    var day: String
    /// `07:58 UTC`, in the site's zone.
    var clock: String

    /// `16 Jul 2025, 07:58 UTC`: the day and the clock as the language joins them (`dates.time`).
    var text: String
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

/// The language's pattern for a day and a clock together (`{day}, {clock}`), as the bytes around them.
struct TimeJoin: Sendable, Hashable {
    var before: [UInt8] = []
    var between = Array(", ".utf8)
    var after: [UInt8] = []
    var clockFirst = false
}
