import StatusmarkVersion

/// An Atom 1.0 feed (RFC 4287): `history.atom`, the path Statuspage uses, and `components/<id>/history.atom`.
struct AtomFeedRenderer: Sendable {
    /// - Parameters:
    ///   - feedURL: the feed's own absolute URL, its id and `rel="self"` link.
    func render(_ channel: FeedChannel, feedURL: String) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
            <id>\(XMLText.escape(feedURL))</id>
            <title>\(XMLText.escape(channel.title))</title>
            <subtitle>\(XMLText.escape(channel.description))</subtitle>
            <updated>\(InstantFormat.rfc3339(channel.updated))</updated>
            <link rel="self" type="application/atom+xml" href="\(XMLText.escape(feedURL))"/>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(channel.pageURL))"/>
            <author><name>\(XMLText.escape(channel.title))</name></author>
            <generator version="\(StatusmarkVersion.number)">Statusmark</generator>

            """
        for entry in channel.entries {
            xml += "<entry>\n<id>\(XMLText.escape(entry.url))</id>\n"
            xml += "<title type=\"text\">\(XMLText.escape(entry.title))</title>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(entry.url))\"/>\n"
            xml += "<published>\(InstantFormat.rfc3339(entry.published))</published>\n"
            xml += "<updated>\(InstantFormat.rfc3339(entry.updated))</updated>\n"
            for category in entry.categories {
                xml += "<category term=\"\(XMLText.escape(category.term))\" label=\"\(XMLText.escape(category.label))\"/>\n"
            }
            xml += "<content type=\"html\">\(XMLText.escape(entry.contentHTML))</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
