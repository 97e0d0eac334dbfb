/// A Discord webhook's message: one embed (title linked to the page, the status line and the text as Markdown,
/// coloured by what happened), with mentions turned off so that an update's text cannot ping `@everyone`.
enum DiscordPayload {
    static func body(_ message: NotifyMessage, timestamp: String) -> String {
        var lines = ["**\(message.status)** · \(message.time)"]
        if let affected = message.affected { lines.append(affected) }
        if let window = message.window { lines.append(window) }
        if !message.markdown.isEmpty { lines += ["", message.markdown] }
        let embed: [String: Any] = [
            "title": PayloadJSON.limit(message.headline, 256), "url": message.link,
            "description": PayloadJSON.limit(lines.joined(separator: "\n"), 4096), "color": colour(message),
            "timestamp": timestamp, "footer": ["text": PayloadJSON.limit(message.site, 2048)],
        ]
        return PayloadJSON.encode(["embeds": [embed], "allowed_mentions": ["parse": [String]()]])
    }

    /// Green when it is over, blue for maintenance, and the severity's colour for an incident.
    static func colour(_ message: NotifyMessage) -> Int {
        switch message.announcement.event {
        case .incidentResolved, .maintenanceCompleted: return 0x2E7D32
        case .maintenanceScheduled, .maintenanceStarted, .maintenanceUpdated: return 0x1565C0
        case .postmortemPublished: return 0x546E7A
        case .incidentOpened, .incidentUpdated:
            switch message.impact {
            case "critical": return 0xC62828
            case "major": return 0xEF6C00
            case "minor": return 0xF9A825
            default: return 0x546E7A
            }
        }
    }
}
