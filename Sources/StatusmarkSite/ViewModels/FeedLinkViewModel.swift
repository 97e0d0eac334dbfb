internal import StatusmarkMustache

/// A feed a page links to: `<link rel="alternate" type="…" title="…" href="…">`.
struct FeedLinkViewModel: Sendable, Hashable {
    /// `Atom`, `RSS`, `JSON Feed`.
    var format: String
    /// The feed's title for `title=`, such as `Acme Status (Atom)`.
    var title: String
    /// The media type: `application/atom+xml`.
    var type: String
    var url: String
}

extension FeedLinkViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<FeedLinkViewModel>([
        "format": { $0.format.templateValue },
        "title": { $0.title.templateValue },
        "type": { $0.type.templateValue },
        "url": { $0.url.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
