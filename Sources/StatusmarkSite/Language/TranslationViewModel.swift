internal import StatusmarkMustache
import StatusmarkCore

/// The site's translation as templates read it: `{{t.home.active}}`. A text with a placeholder is an object of
/// the text `before` and `after` it, so a template puts its own markup there:
/// `{{t.layout.as_of.before}}<time …>…</time>{{t.layout.as_of.after}}`. Texts by plural form are worded by the
/// view models (`{{recentHeading}}`), which know the count.
struct TranslationViewModel: Sendable, Equatable {
    let translation: Translation
}

extension TranslationViewModel: TemplateValueConvertible {
    var templateValue: TemplateValue? { Self.tree(translation.messages.map { ($0.key.split(separator: ".").map(String.init), $0.value) }) }

    /// The value names the tree has under `t`, with `before` and `after` for texts with a placeholder: what a
    /// template may name.
    static func names(_ translation: Translation) -> Set<String> {
        var names: Set<String> = ["before", "after"]
        for key in translation.messages.keys { names.formUnion(key.split(separator: ".").map(String.init)) }
        return names
    }

    private static func tree(_ entries: [([String], TranslationMessage)]) -> TemplateValue {
        var groups: [String: [([String], TranslationMessage)]] = [:]
        var leaves: [String: TemplateValue] = [:]
        for (path, message) in entries {
            guard let first = path.first else { continue }
            if path.count > 1 {
                groups[first, default: []].append((Array(path.dropFirst()), message))
            } else if let value = leaf(message) {
                leaves[first] = value
            }
        }
        for (name, children) in groups { leaves[name] = tree(children) }
        let names = leaves.keys.sorted()
        return .object(TemplateObject(TemplateShape(names), names.map { leaves[$0] }))
    }

    private static func leaf(_ message: TranslationMessage) -> TemplateValue? {
        switch message {
        case .text(let text):
            guard !text.placeholders.isEmpty else { return .string(text.filled([:])) }
            let (before, after) = text.aroundPlaceholder
            return .object(TemplateObject(TemplateShape(["after", "before"]), [.string(after), .string(before)]))
        case .list(let items): return .list(items.map(TemplateValue.string))
        case .plural: return nil
        }
    }
}
