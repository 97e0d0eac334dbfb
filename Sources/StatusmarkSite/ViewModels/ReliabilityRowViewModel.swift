internal import StatusmarkMustache

/// A row of a component's reliability table: a figure over the uptime window and over all time.
struct ReliabilityRowViewModel: Sendable, Equatable {
    /// `Incidents`, `Time to resolve`…
    var label: String
    /// `3`, or `mean 1 h 5 min, median 48 min`, or `not recorded`.
    var recent: String
    var allTime: String
}

extension ReliabilityRowViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<ReliabilityRowViewModel>([
        "label": { $0.label.templateValue },
        "recent": { $0.recent.templateValue },
        "allTime": { $0.allTime.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
