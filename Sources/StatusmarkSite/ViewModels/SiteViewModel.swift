internal import Mustache

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
    /// `UTC`, `UTC+2`: the zone the pages' times are written in.
    var zoneName: String
    /// The site's feeds, for `<link rel="alternate">` and the footer: Atom, RSS and JSON Feed.
    var feeds: [ViewModelBox<FeedLinkViewModel>]
    /// The maintenance calendar and the Statuspage-compatible API's summary.
    var calendarURL: String
    var apiURL: String
}

extension SiteViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "homeURL": homeURL
        case "historyURL": historyURL
        case "assets": AssetLinks(links: assets)
        case "generated": generated
        case "zoneName": zoneName
        case "feeds": feeds
        case "calendarURL": calendarURL
        case "apiURL": apiURL
        default: nil
        }
    }
}

/// The asset links by file name, with the extension's dot written as `_`: `{{site.assets.style_css}}`.
private struct AssetLinks: MustacheParent {
    var links: [String: String]

    func child(named name: String) -> Any? {
        links[name]
    }
}
