internal import StatusmarkMustache

/// A titled link.
struct LinkViewModel: Sendable, Hashable {
    var title: String
    var url: String
}

extension LinkViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<LinkViewModel>([
        "title": { $0.title.templateValue },
        "url": { $0.url.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
