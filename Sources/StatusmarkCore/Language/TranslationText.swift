/// One text of a translation, split once into its literal parts and its `{name}` placeholders, so that filling
/// it in is a pass over the parts.
public struct TranslationText: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case literal(String)
        case placeholder(String)
    }

    public let parts: [Part]

    /// Reads `Past {count} days`. A brace that opens no `{name}` of letters, digits and `_` is kept as text, and
    /// `{{` writes one brace.
    public init(_ text: String) {
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "{" {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == "{" {
                    literal.append("{")
                    index = text.index(after: next)
                    continue
                }
                if let close = text[next...].firstIndex(of: "}"), close > next,
                    text[next..<close].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
                {
                    if !literal.isEmpty { parts.append(.literal(literal)) }
                    literal = ""
                    parts.append(.placeholder(String(text[next..<close])))
                    index = text.index(after: close)
                    continue
                }
            }
            literal.append(character)
            index = text.index(after: index)
        }
        if !literal.isEmpty || parts.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// The names of its placeholders, in order.
    public var placeholders: [String] {
        parts.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The text with each placeholder replaced by its value; a placeholder without one is left out.
    public func filled(_ values: KeyValuePairs<String, String>) -> String {
        filled(values.map { ($0.key, $0.value) })
    }

    /// The text before and after its one placeholder, for a template that puts markup there (`Status as of
    /// <time>…</time>.`); without a placeholder, all of it is before.
    public var aroundPlaceholder: (before: String, after: String) {
        var before = ""
        var after = ""
        var seen = false
        for part in parts {
            switch part {
            case .literal(let text): if seen { after += text } else { before += text }
            case .placeholder: seen = true
            }
        }
        return (before, after)
    }
}

extension TranslationText {
    /// The text filled in from pairs built at run time.
    public func filled(_ values: [(String, String)]) -> String {
        if parts.count == 1, case .literal(let text) = parts[0] { return text }
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .placeholder(let name):
                if let value = values.first(where: { $0.0 == name })?.1 { result += value }
            }
        }
        return result
    }
}
