/// A BCP 47 language tag as statusmark.yml's `language:` takes it: a language subtag of two or three letters,
/// then optional script, region and variant subtags (`de`, `pt-BR`, `zh-Hans`, `sr-Latn-RS`).
public enum LanguageTag {
    /// The tag in its usual case (`pt-BR`, `zh-Hans`), or `nil` when it is not a language tag. `_` is read as `-`.
    public static func canonical(_ text: String) -> String? {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let language = subtags.first, (2...3).contains(language.count), language.allSatisfy(\.isASCIILetter)
        else { return nil }
        var result = [language.lowercased()]
        for subtag in subtags.dropFirst() {
            guard (1...8).contains(subtag.count), subtag.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }) else {
                return nil
            }
            switch subtag.count {
            case 4 where subtag.allSatisfy(\.isASCIILetter): result.append(subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased())
            case 2 where subtag.allSatisfy(\.isASCIILetter): result.append(subtag.uppercased())
            case 3 where subtag.allSatisfy(\.isASCIIDigit): result.append(String(subtag))
            default: result.append(subtag.lowercased())
            }
        }
        return result.joined(separator: "-")
    }

    /// The tags a language falls back through, most specific first: `de-AT` → `de-AT`, `de`.
    public static func fallbacks(_ tag: String) -> [String] {
        var parts = tag.split(separator: "-").map(String.init)
        var tags: [String] = []
        while !parts.isEmpty {
            tags.append(parts.joined(separator: "-"))
            parts.removeLast()
        }
        return tags
    }
}

private extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
}
