/// A Microsoft Teams workflow webhook's message: one Adaptive Card (schema 1.4) with the headline, the status
/// line, the text and a button to the page, as the "post to a channel when a webhook request is received"
/// workflow expects it.
enum TeamsPayload {
    static func body(_ message: NotifyMessage) -> String {
        var facts = "\(message.status) · \(message.time)"
        if let affected = message.affected { facts += " · " + affected }
        var body: [[String: Any]] = [
            ["type": "TextBlock", "text": message.headline, "weight": "Bolder", "size": "Medium", "wrap": true],
            ["type": "TextBlock", "text": facts, "isSubtle": true, "spacing": "None", "wrap": true],
        ]
        if let window = message.window {
            body.append(["type": "TextBlock", "text": window, "isSubtle": true, "spacing": "None", "wrap": true])
        }
        if !message.plainText.isEmpty { body.append(["type": "TextBlock", "text": message.plainText, "wrap": true]) }
        let card: [String: Any] = [
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
            "body": body, "actions": [["type": "Action.OpenUrl", "title": message.linkText, "url": message.link]],
        ]
        return PayloadJSON.encode([
            "type": "message",
            "attachments": [["contentType": "application/vnd.microsoft.card.adaptive", "content": card]],
        ])
    }
}
