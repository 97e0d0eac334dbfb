/// A Slack incoming webhook's message: Block Kit blocks (a header, the status line, the text, a button to the
/// page), and `text` as the notification's fallback.
enum SlackPayload {
    static func body(_ message: NotifyMessage) -> String {
        var context = "*\(escape(message.status))* · \(escape(message.time))"
        if let affected = message.affected { context += " · " + escape(affected) }
        if let window = message.window { context += "\n" + escape(window) }
        var blocks: [[String: Any]] = [
            ["type": "header", "text": ["type": "plain_text", "text": PayloadJSON.limit(message.headline, 150), "emoji": false]],
            ["type": "context", "elements": [["type": "mrkdwn", "text": context]]],
        ]
        if !message.plainText.isEmpty {
            blocks.append(["type": "section", "text": ["type": "mrkdwn", "text": PayloadJSON.limit(escape(message.plainText), 3000)]])
        }
        blocks.append([
            "type": "actions",
            "elements": [
                [
                    "type": "button", "text": ["type": "plain_text", "text": PayloadJSON.limit(message.linkText, 75)],
                    "url": message.link,
                ]
            ],
        ])
        return PayloadJSON.encode(["text": "\(message.headline) (\(message.site))", "blocks": blocks])
    }

    /// Slack's three control characters in mrkdwn, so that text cannot mention `<!channel>` or forge a link.
    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text)
    }
}
