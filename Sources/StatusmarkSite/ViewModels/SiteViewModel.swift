internal import StatusmarkMustache

/// What every page's layout shows: the site's name, its navigation and its asset links.
struct SiteViewModel: Sendable, Equatable {
    var title: String
    var description: String?
    var homeURL: String
    var historyURL: String
    /// The stylesheet, script and any other file of the theme's assets/ folder, by file name.
    var assets: [String: String]
    /// The moment the site shows status for.
    var generated: ViewModelBox<TimeViewModel>
    /// The BCP 47 tag of the pages' language, and `ltr` or `rtl`.
    var language: String
    var direction: String
    /// The theme's words in that language, which templates read as `t`.
    var words: ViewModelBox<TranslationViewModel>
    /// The duration patterns, for the script that keeps "ongoing for …" counting; templates read them joined
    /// by `|` as `site.durations`.
    var durationWords: [String]
    /// `UTC`, `UTC+2`: the zone the pages' times are written in.
    var zoneName: String
    /// The site's feeds, for `<link rel="alternate">` and the footer: Atom, RSS and JSON Feed.
    var feeds: [ViewModelBox<FeedLinkViewModel>]
    /// Each component's own Atom feed, titled with the component's name, in statusmark.yml order.
    var componentFeeds: [ViewModelBox<FeedLinkViewModel>]
    /// What statusmark.yml's `subscribe:` names: a mailing list, a Slack or Teams channel, a chat bot.
    var subscribe: [ViewModelBox<LinkViewModel>]
    /// The maintenance calendar and the Statuspage-compatible API's summary.
    var calendarURL: String
    var apiURL: String
    /// The history's search index, which the history page's search box reads.
    var searchURL: String
    /// `Statusmark 0.1.0`, for `<meta name="generator">`.
    var generator: String
}

extension SiteViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<SiteViewModel>([
        "title": { $0.title.templateValue },
        "description": { $0.description.templateValue },
        "homeURL": { $0.homeURL.templateValue },
        "historyURL": { $0.historyURL.templateValue },
        "assets": { $0.assetLinks },
        "generated": { $0.generated.templateValue },
        "language": { $0.language.templateValue },
        "direction": { $0.direction.templateValue },
        "durations": { $0.durationWords.joined(separator: "|").templateValue },
        "zoneName": { $0.zoneName.templateValue },
        "feeds": { $0.feeds.templateValue },
        "componentFeeds": { $0.componentFeeds.templateValue },
        "hasComponentFeeds": { (!$0.componentFeeds.isEmpty).templateValue },
        "subscribe": { $0.subscribe.templateValue },
        "calendarURL": { $0.calendarURL.templateValue },
        "apiURL": { $0.apiURL.templateValue },
        "searchURL": { $0.searchURL.templateValue },
        "generator": { $0.generator.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }

    /// The asset links by file name, with the extension's dot written as `_`: `{{site.assets.style_css}}`.
    private var assetLinks: TemplateValue {
        let names = assets.keys.sorted()
        return .object(TemplateObject(TemplateShape(names), names.map { assets[$0]?.templateValue }))
    }
}
