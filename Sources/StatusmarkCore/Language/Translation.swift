/// The words of a theme in one language: every text its pages, feeds and API show, by dotted key
/// (`home.recent`), with the language's plural rule.
///
/// It is read from the theme's `i18n/<tag>.yml` (``TranslationDecoder``); a key the language's file lacks holds
/// the English text.
public struct Translation: Sendable, Hashable {
    /// The BCP 47 tag pages are marked with: `de`, `pt-BR`.
    public let tag: String
    public let pluralRule: PluralRule
    /// Each key's message.
    public let messages: [String: TranslationMessage]
    /// Each key's text as ``text(_:)`` gives it, made once: pages ask for the same few texts many times.
    private let plainTexts: [String: String]

    public init(tag: String, messages: [String: TranslationMessage]) {
        self.tag = tag
        self.pluralRule = PluralRule(language: tag)
        self.messages = messages
        var plain: [String: String] = [:]
        for (key, message) in messages {
            switch message {
            case .text(let text): plain[key] = text.filled([(String, String)]())
            case .plural(let forms): plain[key] = (forms[.other] ?? forms.values.first)?.filled([(String, String)]())
            case .list: break
            }
        }
        self.plainTexts = plain
    }
}

extension Translation {
    /// `rtl` for a language written right to left, else `ltr`.
    public var direction: String {
        text("language.direction") == "rtl" ? "rtl" : "ltr"
    }

    /// A key's text; for a text by plural form, its `other` form. Empty for a key it does not have.
    public func text(_ key: String) -> String {
        plainTexts[key] ?? ""
    }

    /// A key's text with its placeholders filled in: `text("incident.posted", ["time": "…"])`.
    public func text(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
        template(key)?.filled(values) ?? ""
    }

    /// A key's text in the plural form for `count`, with `{count}` and the other placeholders filled in.
    public func text(_ key: String, count: Int, _ values: KeyValuePairs<String, String> = [:]) -> String {
        let text: TranslationText?
        switch messages[key] {
        case .plural(let forms): text = forms[pluralRule.category(count)] ?? forms[.other]
        case .text(let single): text = single
        case .list, nil: text = nil
        }
        guard let text else { return "" }
        if values.isEmpty { return text.filled(["count": String(count)]) }
        // `count` goes first; the few texts with counts name at most two other values.
        var all: [(String, String)] = [("count", String(count))]
        for (name, value) in values { all.append((name, value)) }
        return text.filled(all)
    }

    /// A key's list (`dates.months`); empty for a key that is not a list.
    public func list(_ key: String) -> [String] {
        if case .list(let items) = messages[key] { return items }
        return []
    }

    /// A key's text as written, before it is filled in; a text by plural form gives its `other` form.
    public func template(_ key: String) -> TranslationText? {
        switch messages[key] {
        case .text(let text): text
        case .plural(let forms): forms[.other] ?? forms.values.first
        case .list, nil: nil
        }
    }
}
