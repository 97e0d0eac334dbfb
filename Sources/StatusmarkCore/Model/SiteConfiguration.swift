/// The settings in a site's statusmark.yml.
public struct SiteConfiguration: Sendable, Hashable {
    public var title: String
    public var description: String?
    /// The absolute URL the site is published at, such as `https://status.example.com`.
    public var baseURL: String?
    /// The zone in which pages show times and for timestamps that name none.
    public var timeZone: ZoneReference
    /// Components in the order statusmark.yml lists them.
    public var components: [Component]
    /// The groups `groups:` describes, in its order; a group the components name without an entry has neither
    /// description nor folding.
    public var groups: [ComponentGroup]
    public var severityRules: SeverityRules
    /// How many days the uptime bars and percentages cover.
    public var uptimeDays: Int
    /// How much a second of partial outage counts as downtime (a second of major outage counts 1).
    public var partialOutageWeight: Double
    /// Whether raw HTML in Markdown is passed through instead of being removed.
    public var unsafeHTML: Bool
    /// How many incidents and maintenance the feeds list at most, newest update first.
    public var feedLimit: Int
    /// A mailing list, chat channels or a bot that readers can follow, besides the feeds.
    public var subscribe: SubscribeLinks
    /// Where `statusmark notify` sends the page's news.
    public var notify = NotifySettings()
    /// The BCP 47 tag of the language pages are written in (`de`, `pt-BR`), with where statusmark.yml names it.
    public var language: Located<String>
    /// The words incident files may use in that language besides the English ones: set from the theme's
    /// translation when the model is built, English alone otherwise.
    public var incidentVocabulary: IncidentVocabulary = .english

    public init(
        title: String,
        description: String? = nil,
        baseURL: String? = nil,
        timeZone: ZoneReference = .utc,
        components: [Component] = [],
        groups: [ComponentGroup] = [],
        severityRules: SeverityRules = SeverityRules(),
        uptimeDays: Int = 90,
        partialOutageWeight: Double = 0.3,
        unsafeHTML: Bool = false,
        feedLimit: Int = 50,
        subscribe: SubscribeLinks = SubscribeLinks(),
        language: Located<String> = Located("en", at: SourceLocation(path: ProjectLocator.configurationFileName, line: 1, column: 1))
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.timeZone = timeZone
        self.components = components
        self.groups = groups
        self.severityRules = severityRules
        self.uptimeDays = uptimeDays
        self.partialOutageWeight = partialOutageWeight
        self.unsafeHTML = unsafeHTML
        self.feedLimit = feedLimit
        self.subscribe = subscribe
        self.language = language
    }
}

extension SiteConfiguration {
    /// The component an incident names, by name or id, ignoring case.
    public func component(named reference: String) -> Component? {
        let key = reference.lowercased()
        // Every incident names its components, so names and a key in ASCII, nearly all of them, are compared
        // byte by byte, lower-casing as they go; anything else is lower-cased whole and compared as strings.
        let keyIsASCII = key.isASCII
        return components.first { component in
            if component.id == key { return true }
            guard keyIsASCII, component.name.isASCII else { return component.name.lowercased() == key }
            return component.name.utf8.elementsEqual(key.utf8) { byte, lower in
                (byte &- 0x41 < 26 ? byte | 0x20 : byte) == lower
            }
        }
    }

    /// The group with a name, as `groups:` describes it.
    public func group(named name: String) -> ComponentGroup? {
        groups.first { $0.name == name }
    }

    /// The component with an id.
    public func component(id: String) -> Component? {
        components.first { $0.id == id }
    }
}
