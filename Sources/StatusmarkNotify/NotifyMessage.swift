import Foundation

/// One announcement in words, in the site's language: what every channel's payload is made from.
public struct NotifyMessage: Sendable, Hashable {
    public var announcement: Announcement
    /// The site's title, as statusmark.yml names it.
    public var site: String
    /// The site's host: email's Message-IDs end in it.
    public var host: String
    /// The record's title.
    public var title: String
    /// `Identified: Elevated API errors`: the event and the title, as the language writes them.
    public var headline: String
    /// The update's status word (`Identified`), or `Postmortem`.
    public var status: String
    /// The ids of the components the record affects: what a channel's `components:` filter reads.
    public var componentIDs: [String]
    /// `Affected: API, Dashboard`, or `nil` when it names none.
    public var affected: String?
    /// When, as the site's pages write it: `16 Jul 2025, 07:58 UTC`.
    public var time: String
    /// A maintenance's window, `Scheduled from … to …`, or `nil`.
    public var window: String?
    /// The update's or postmortem's Markdown, as written.
    public var markdown: String
    /// The same as plain text, and as the site's HTML.
    public var plainText: String
    public var html: String
    /// The record's page, absolute.
    public var link: String
    /// The words of the link: `Read the full incident and every update`.
    public var linkText: String
    /// The effective severity of an incident (`none`, `minor`, `major`, `critical`), `maintenance` for maintenance.
    public var impact: String
    /// The words for unsubscribing from email.
    public var unsubscribeText: String
    /// The key of the record's first message, which the others reply to: email threads by it.
    public var threadKey: String

    public init(
        announcement: Announcement, site: String, host: String, title: String, headline: String, status: String,
        componentIDs: [String], affected: String?, time: String, window: String?, markdown: String, plainText: String,
        html: String, link: String, linkText: String, impact: String, unsubscribeText: String, threadKey: String
    ) {
        self.announcement = announcement
        self.site = site
        self.host = host
        self.title = title
        self.headline = headline
        self.status = status
        self.componentIDs = componentIDs
        self.affected = affected
        self.time = time
        self.window = window
        self.markdown = markdown
        self.plainText = plainText
        self.html = html
        self.link = link
        self.linkText = linkText
        self.impact = impact
        self.unsubscribeText = unsubscribeText
        self.threadKey = threadKey
    }

    /// The message's text in one block, as email's plain-text part has it: headline, facts, text, link.
    public var plainBody: String {
        var lines = [headline]
        var facts = [status + " · " + time]
        if let affected { facts.append(affected) }
        if let window { facts.append(window) }
        lines += facts
        if !plainText.isEmpty { lines += ["", plainText] }
        lines += ["", "\(linkText): \(link)"]
        return lines.joined(separator: "\n")
    }
}
