/// `&`, `<` and `>` as entities, for HTML text and Slack's mrkdwn alike (Slack reads only those three), and `"`
/// too for HTML attributes.
enum MarkupEscaping {
    static func escape(_ text: String, quotes: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
