internal import StatusmarkMustache

/// A labelled value in a definition list: `Duration: 2 h 14 min`.
struct FactViewModel: Sendable, Hashable {
    var label: String
    var value: String
    /// When the value is an instant, for `<time datetime>`.
    var time: ViewModelBox<TimeViewModel>?
}

extension FactViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<FactViewModel>([
        "label": { $0.label.templateValue },
        "value": { $0.value.templateValue },
        "time": { $0.time.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
