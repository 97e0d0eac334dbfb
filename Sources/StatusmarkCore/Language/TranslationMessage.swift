/// What a key of a translation file holds: a text, a text by plural form, or a list (the months).
public enum TranslationMessage: Sendable, Hashable {
    case text(TranslationText)
    case plural([PluralCategory: TranslationText])
    case list([String])

    /// What kind of value it is, in words for a diagnostic: `a text`.
    var kindName: String {
        switch self {
        case .text: "a text"
        case .plural: "a text by plural form (one: …, other: …)"
        case .list: "a list"
        }
    }

    /// Whether a file's value may stand for the reference's: a text and a text by plural form stand for each
    /// other (a language without plurals writes one text where English has two forms); a list only for a list.
    func isCompatible(with reference: TranslationMessage) -> Bool {
        switch (self, reference) {
        case (.list, .list): true
        case (.list, _), (_, .list): false
        default: true
        }
    }

    /// Every placeholder it names.
    var placeholders: Set<String> {
        switch self {
        case .text(let text): Set(text.placeholders)
        case .plural(let forms): Set(forms.values.flatMap(\.placeholders))
        case .list: []
        }
    }
}
