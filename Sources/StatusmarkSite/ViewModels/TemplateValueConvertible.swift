public import StatusmarkMustache

/// A value that templates can show: a view model gives its fields as an object of the value tree.
protocol TemplateValueConvertible {
    /// The value as templates see it; `nil` for an absent value, which a template treats as missing.
    var templateValue: TemplateValue? { get }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue? { .string(self) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue? { .bool(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue? { .number(Double(self)) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue? { self?.templateValue ?? nil }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue? { .list(compactMap(\.templateValue)) }
}
