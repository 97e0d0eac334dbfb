/// Where a reader can follow the status page besides its feeds, from statusmark.yml's `subscribe:`: each an
/// absolute address, shown in every page's subscribe block.
public struct SubscribeLinks: Sendable, Hashable {
    /// A mailing list's sign-up page, or a `mailto:` address.
    public var mailingList: String?
    /// A Slack channel's address.
    public var slack: String?
    /// A Microsoft Teams channel's address.
    public var teams: String?
    /// A chat bot's address, such as a Telegram or Matrix bot.
    public var chatBot: String?

    public init(mailingList: String? = nil, slack: String? = nil, teams: String? = nil, chatBot: String? = nil) {
        self.mailingList = mailingList
        self.slack = slack
        self.teams = teams
        self.chatBot = chatBot
    }

    /// The keys of `subscribe:`, in the order the block lists them.
    public static let keys = ["mailing_list", "slack", "teams", "chat_bot"]
}
