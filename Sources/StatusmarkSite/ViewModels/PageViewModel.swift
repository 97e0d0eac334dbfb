internal import StatusmarkMustache

/// One page: the layout's values (`site`, `title`, `canonicalURL`) over the page's own content, whose keys
/// templates reach directly (`{{#updates}}` on an incident page).
///
/// Equal view models render to the same bytes with the same templates, which is how the preview server knows
/// which pages to render again.
struct PageViewModel: Sendable, Equatable {
    var site: ViewModelBox<SiteViewModel>
    /// The page's own title; the layout adds the site's.
    var title: String
    /// The absolute URL of the page, when the site has a base URL.
    var canonicalURL: String?
    /// Which navigation entry is the current page: `home`, `history` or empty.
    var section: String
    var content: any PageContent
}

/// A page's content: a value tree for the templates, and comparable, so that a page whose content is unchanged
/// need not be rendered again.
typealias PageContent = TemplateValueConvertible & Sendable & Equatable

/// The 404 page has no content of its own.
struct NotFoundViewModel: PageContent {
    var templateValue: TemplateValue? { nil }
}

extension PageViewModel {
    static func == (lhs: PageViewModel, rhs: PageViewModel) -> Bool {
        lhs.title == rhs.title && lhs.canonicalURL == rhs.canonicalURL && lhs.section == rhs.section
            && lhs.site == rhs.site && isEqual(lhs.content, rhs.content)
    }

    /// Whether `rhs` is a `Content` equal to `lhs` (`lhs`'s type is opened from the existential).
    private static func isEqual<Content: PageContent>(_ lhs: Content, _ rhs: any PageContent) -> Bool {
        (rhs as? Content) == lhs
    }
}

extension PageViewModel {
    static let fields = TemplateFields<PageViewModel>([
        "site": { $0.site.templateValue },
        "t": { $0.site.words.templateValue },
        "title": { $0.title.templateValue },
        "canonicalURL": { $0.canonicalURL.templateValue },
        "isHome": { ($0.section == "home").templateValue },
        "isHistory": { ($0.section == "history").templateValue },
    ])

    /// What a page's template renders over: the layout's values, looked up first, over the page's content.
    var templateContext: [TemplateValue] {
        [content.templateValue, Self.fields.value(of: self)].compactMap { $0 }
    }
}
