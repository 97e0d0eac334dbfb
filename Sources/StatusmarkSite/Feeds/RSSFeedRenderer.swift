import StatusmarkVersion

/// An RSS 2.0 feed: `history.rss`, the path Statuspage uses.
struct RSSFeedRenderer: Sendable {
    /// - Parameters:
    ///   - feedURL: the feed's own absolute URL, for its `atom:link rel="self"`.
    func render(_ channel: FeedChannel, feedURL: String) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
            <title>\(XMLText.escape(channel.title))</title>
            <link>\(XMLText.escape(channel.pageURL))</link>
            <description>\(XMLText.escape(channel.description))</description>
            <language>en</language>
            <lastBuildDate>\(InstantFormat.rfc822(channel.updated))</lastBuildDate>
            <generator>\(StatusmarkVersion.generator)</generator>
            <atom:link href="\(XMLText.escape(feedURL))" rel="self" type="application/rss+xml"/>

            """
        for entry in channel.entries {
            xml += "<item>\n<title>\(XMLText.escape(entry.title))</title>\n"
            xml += "<link>\(XMLText.escape(entry.url))</link>\n"
            xml += "<guid isPermaLink=\"true\">\(XMLText.escape(entry.url))</guid>\n"
            xml += "<pubDate>\(InstantFormat.rfc822(entry.updated))</pubDate>\n"
            for category in entry.categories {
                xml += "<category>\(XMLText.escape(category.label))</category>\n"
            }
            xml += "<description>\(XMLText.escape(entry.contentHTML))</description>\n</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }
}
