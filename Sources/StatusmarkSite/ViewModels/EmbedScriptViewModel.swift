import Foundation
internal import StatusmarkMustache
import StatusmarkCore

/// What `embed.js` is written from: the notice's words in the site's language, as a JSON object the script
/// reads (`{{{words}}}`).
struct EmbedScriptViewModel: PageContent {
    var words: String
}

extension EmbedScriptViewModel {
    /// The keys the script reads: the impact's heading (`minor`, `major`, `critical`, `maintenance`), and the
    /// notice's other words.
    init(_ t: Translation) {
        let keys: KeyValuePairs = [
            "minor": "minor", "major": "major", "critical": "critical", "maintenance": "maintenance_now",
            "affects": "affects", "details": "details", "dismiss": "dismiss", "region": "region",
        ]
        var object: [String: String] = [:]
        for (name, key) in keys { object[name] = t.text("embed.\(key)") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(object)) ?? Data("{}".utf8)
        // A `<` could end a script element that inlines the file; JSON lets it be written as an escape.
        words = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }

    static let fields = TemplateFields<EmbedScriptViewModel>(["words": { $0.words.templateValue }])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
