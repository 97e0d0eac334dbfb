/// Where a `notify` channel sends its messages, as statusmark.yml's `type:` names it.
public enum NotifyChannelType: String, Sendable, Hashable, CaseIterable {
    /// A Slack incoming webhook: a message of Block Kit blocks.
    case slack
    /// A Mattermost incoming webhook: Markdown text.
    case mattermost
    /// A Microsoft Teams workflow webhook: an Adaptive Card.
    case teams
    /// A Discord webhook: an embed.
    case discord
    /// Any URL, sent Statuspage's webhook payload (`meta`, `page`, `incident`).
    case webhook
    /// Email over SMTP with STARTTLS.
    case email

    /// Whether the channel posts to a URL (held in an environment variable) rather than sending email.
    public var isWebhook: Bool { self != .email }
}
