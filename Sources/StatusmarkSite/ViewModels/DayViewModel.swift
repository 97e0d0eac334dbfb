internal import StatusmarkMustache

/// One day of a component's uptime bar.
struct DayViewModel: Sendable, Equatable {
    /// The day's short CSS class: `o` operational, `m` maintenance, `d` degraded, `p` partial outage, `x` major
    /// outage, `n` no data (before the component existed). Short because a home page holds hundreds of them.
    var cssClass: String
    /// `18 Sep 2025`.
    var day: String
    /// `2025-09-18`.
    var isoDay: String
    /// The worst level that day, in words.
    var status: ViewModelBox<StatusViewModel>?
    /// `1 h 12 min of partial outage`, or empty on a day without outage time.
    var outage: String
    var incidents: [ViewModelBox<LinkViewModel>]
    /// `18 Sep 2025: no data`, for a day before the component was monitored.
    var noDataSummary: String
    /// The worst level in words as the tooltip writes it after the day: `partial outage`.
    var levelWords: String

    /// The tooltip: `18 Sep 2025: 1 h 12 min of partial outage; SMS delivery delays`; a quiet day shows only its date
    /// (its colour and the legend say the rest), which keeps a home page of many components small.
    var summary: String {
        guard let status else { return noDataSummary }
        if incidents.isEmpty && outage.isEmpty && status.key == "operational" { return day }
        let level = outage.isEmpty ? levelWords : outage
        let titles = incidents.map(\.title).joined(separator: "; ")
        return "\(day): \(level)\(titles.isEmpty ? "" : "; \(titles)")"
    }
}

extension DayViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<DayViewModel>([
        "cssClass": { $0.cssClass.templateValue },
        "day": { $0.day.templateValue },
        "isoDay": { $0.isoDay.templateValue },
        "status": { $0.status.templateValue },
        "outage": { ($0.outage.isEmpty ? nil : $0.outage).templateValue },
        "incidents": { $0.incidents.templateValue },
        "summary": { $0.summary.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
