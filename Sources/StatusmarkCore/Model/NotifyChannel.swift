/// One place `statusmark notify` sends messages to, from statusmark.yml's `notify.channels`.
public struct NotifyChannel: Sendable, Hashable {
    /// The channel's name in `notify`'s report and for `--channel`; its type when statusmark.yml names none.
    public var name: String
    public var type: NotifyChannelType
    /// The environment variable that holds a webhook's URL: the URL is a secret, so statusmark.yml never holds it.
    public var urlVariable: String?
    /// The component ids a message must affect one of to be sent; `nil` for every message.
    public var components: [String]?
    /// What the channel is sent.
    public var kinds: Set<NotifyKind>
    /// An email channel's server and recipients.
    public var email: EmailSettings?
    /// Where statusmark.yml describes the channel.
    public var location: SourceLocation

    public init(
        name: String, type: NotifyChannelType, urlVariable: String? = nil, components: [String]? = nil,
        kinds: Set<NotifyKind> = Set(NotifyKind.allCases), email: EmailSettings? = nil,
        location: SourceLocation = SourceLocation(path: ProjectLocator.configurationFileName, line: 1, column: 1)
    ) {
        self.name = name
        self.type = type
        self.urlVariable = urlVariable
        self.components = components
        self.kinds = kinds
        self.email = email
        self.location = location
    }
}
