import Foundation

/// A chat payload's JSON: keys sorted, slashes as they are, so the same message is the same bytes every run.
enum PayloadJSON {
    static func encode(_ object: [String: Any]) -> String {
        // Built only of strings, numbers, booleans, arrays and dictionaries: serialising cannot fail.
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { preconditionFailure("a payload that JSONSerialization refused") }
        return String(decoding: data, as: UTF8.self)
    }

    /// A text cut to a channel's limit on characters, with an ellipsis when it was longer.
    static func limit(_ text: String, _ count: Int) -> String {
        guard text.count > count else { return text }
        return String(text.prefix(count - 1)) + "…"
    }
}
