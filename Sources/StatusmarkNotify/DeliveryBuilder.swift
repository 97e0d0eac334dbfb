public import Foundation
public import StatusmarkCore
public import StatusmarkSite

/// Turns the plan into each channel's payloads and transport: filters by the channel's kinds and components,
/// writes each message in the channel's format, and reads the channel's secrets from the environment.
public struct DeliveryBuilder: Sendable {
    public let model: StatusModel
    public let links: SiteLinks
    public let environment: [String: String]
    /// The site's folder: an email channel's `ca_file` is read from inside it.
    public let root: URL
    public let userAgent: String

    public init(model: StatusModel, links: SiteLinks, environment: [String: String], root: URL, userAgent: String) {
        self.model = model
        self.links = links
        self.environment = environment
        self.root = root
        self.userAgent = userAgent
    }

    /// The deliveries for the channels, in their order, and every secret value read (for redaction).
    public func deliveries(for plan: AnnouncementPlan, channels: [NotifyChannel]) -> (deliveries: [ChannelDelivery], secrets: [String]) {
        let composer = MessageComposer(model: model, links: links)
        let messages = plan.announcements.compactMap(composer.message)
        let statuspageBodies =
            channels.contains { $0.type == .webhook }
            ? StatuspageWebhookPayload.bodies(
                model: model, links: links, slugs: Set(messages.map(\.announcement.slug)),
                documentation: links.baseURL)
            : [:]
        var secrets: [String] = []
        var deliveries: [ChannelDelivery] = []
        for channel in channels {
            let chosen = messages.filter { message in
                guard channel.kinds.contains(message.announcement.event.kind) else { return false }
                guard let wanted = channel.components else { return true }
                return message.componentIDs.contains(where: wanted.contains)
            }
            let payloads = chosen.compactMap { message -> (key: String, payload: ChannelPayload)? in
                guard let payload = payload(message, channel: channel, statuspage: statuspageBodies) else { return nil }
                return (message.announcement.key, payload)
            }
            let transport = transport(for: channel, secrets: &secrets)
            deliveries.append(ChannelDelivery(channel: channel.name, type: channel.type.rawValue, payloads: payloads, transport: transport))
        }
        return (deliveries, secrets)
    }

    func payload(_ message: NotifyMessage, channel: NotifyChannel, statuspage: [String: String]) -> ChannelPayload? {
        switch channel.type {
        case .slack: return .json(SlackPayload.body(message))
        case .mattermost: return .json(MattermostPayload.body(message))
        case .teams: return .json(TeamsPayload.body(message))
        case .discord: return .json(DiscordPayload.body(message, timestamp: InstantFormat.rfc3339(message.announcement.date)))
        case .webhook: return statuspage[message.announcement.slug].map { .json(String($0.dropLast())) }
        case .email: return channel.email.map { .email(EmailMessage(message, channel: channel.name, settings: $0)) }
        }
    }

    /// How to reach a channel, from the environment; a failure names the variable, never its value.
    func transport(for channel: NotifyChannel, secrets: inout [String]) -> Result<any MessageTransport, DeliveryFailure> {
        func value(_ variable: String?) -> Result<String?, DeliveryFailure> {
            guard let variable else { return .success(nil) }
            guard let value = environment[variable], !value.isEmpty else {
                return .failure(DeliveryFailure("the environment variable \(variable) is not set", isTransient: false))
            }
            secrets.append(value)
            return .success(value)
        }
        if channel.type.isWebhook {
            switch value(channel.urlVariable) {
            case .failure(let failure): return .failure(failure)
            case .success(let url):
                guard let url, let scheme = URLComponents(string: url)?.scheme?.lowercased(), scheme == "https" || scheme == "http",
                    URLComponents(string: url)?.host?.isEmpty == false
                else {
                    return .failure(
                        DeliveryFailure("\(channel.urlVariable ?? "url_env") does not hold an http or https address", isTransient: false))
                }
                return .success(WebhookTransport(url: url, userAgent: userAgent))
            }
        }
        guard let email = channel.email else {
            return .failure(DeliveryFailure("the channel has no email settings", isTransient: false))
        }
        let username: String?
        let password: String?
        switch (value(email.usernameVariable), value(email.passwordVariable)) {
        case (.failure(let failure), _), (_, .failure(let failure)): return .failure(failure)
        case (.success(let user), .success(let secret)):
            username = user
            password = secret
        }
        var caFile: String?
        if let path = email.caFile {
            let file = root.appendingPathComponent(path).resolvingSymlinksInPath()
            let inside = root.resolvingSymlinksInPath().path
            guard file.path.hasPrefix(inside.hasSuffix("/") ? inside : inside + "/"),
                FileManager.default.isReadableFile(atPath: file.path)
            else {
                return .failure(DeliveryFailure("ca_file \(path) is not a readable file inside the site", isTransient: false))
            }
            caFile = file.path
        }
        return .success(SMTPTransport(host: email.host, port: email.port, username: username, password: password, caFile: caFile))
    }
}
