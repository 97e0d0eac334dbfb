import Foundation

/// A JSON Feed 1.1 (https://jsonfeed.org/version/1.1): `feed.json`.
struct JSONFeedRenderer: Sendable {
    /// - Parameters:
    ///   - feedURL: the feed's own absolute URL.
    func render(_ channel: FeedChannel, feedURL: String) -> String {
        let feed = Feed(
            version: "https://jsonfeed.org/version/1.1", title: channel.title, homePageUrl: channel.pageURL,
            feedUrl: feedURL, description: channel.description, language: "en",
            authors: [Author(name: channel.title)],
            items: channel.entries.map { entry in
                Item(
                    id: entry.url, url: entry.url, title: entry.title, contentHtml: entry.contentHTML,
                    datePublished: InstantFormat.rfc3339(entry.published),
                    dateModified: InstantFormat.rfc3339(entry.updated), tags: entry.categories.map(\.label))
            })
        return JSONOutput.encode(feed)
    }

    private struct Feed: Encodable {
        var version: String
        var title: String
        var homePageUrl: String
        var feedUrl: String
        var description: String
        var language: String
        var authors: [Author]
        var items: [Item]
    }

    private struct Author: Encodable {
        var name: String
    }

    private struct Item: Encodable {
        var id: String
        var url: String
        var title: String
        var contentHtml: String
        var datePublished: String
        var dateModified: String
        var tags: [String]
    }
}
