/// A Mattermost incoming webhook's message: Markdown, which Mattermost renders, with the update's text as written.
enum MattermostPayload {
    static func body(_ message: NotifyMessage) -> String {
        var lines = ["#### " + message.headline]
        var facts = "**\(message.status)** · \(message.time)"
        if let affected = message.affected { facts += " · " + affected }
        lines.append(facts)
        if let window = message.window { lines.append(window) }
        if !message.markdown.isEmpty { lines += ["", message.markdown] }
        lines += ["", "[\(message.linkText)](\(message.link))"]
        return PayloadJSON.encode(["text": lines.joined(separator: "\n")])
    }
}
