/// How a language chooses the plural form of a whole number, after CLDR's plural rules for integers.
///
/// The rules are those of the languages Statusmark ships and of their close relatives; a language without a rule
/// here counts as English does (`one` for 1, `other` otherwise), and a translation may give `other` alone.
public struct PluralRule: Sendable, Hashable {
    enum Family: Sendable, Hashable {
        /// `one` for 1: English, German, Dutch, Italian, Spanish, the Nordic languages, Greek …
        case oneOther
        /// `one` for 0 and 1: French, Portuguese.
        case zeroOneOther
        /// No plural forms: Japanese, Chinese, Korean, Thai, Vietnamese, Indonesian.
        case otherOnly
        /// Polish: `one` 1, `few` 2–4 (not 12–14), `many` the rest.
        case polish
        /// Russian and Ukrainian: `one` 1, 21, 31 …, `few` 2–4, 22–24 …, `many` the rest.
        case eastSlavic
        /// Czech and Slovak: `one` 1, `few` 2–4, `other` the rest.
        case westSlavic
        /// Arabic: `zero`, `one`, `two`, `few` (3–10 of each hundred), `many` (11–99), `other`.
        case arabic
        /// Hebrew: `one` 1, `two` 2, `other` the rest.
        case hebrew
    }

    let family: Family

    /// The rule of a BCP 47 language tag, by its language subtag.
    public init(language tag: String) {
        let language = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch language {
        case "fr", "pt": family = .zeroOneOther
        case "ja", "zh", "ko", "th", "vi", "id", "ms": family = .otherOnly
        case "pl": family = .polish
        case "ru", "uk", "be": family = .eastSlavic
        case "cs", "sk": family = .westSlavic
        case "ar": family = .arabic
        case "he", "iw": family = .hebrew
        default: family = .oneOther
        }
    }

    /// The forms a translation of this language may give, `other` last.
    public var categories: [PluralCategory] {
        switch family {
        case .oneOther, .zeroOneOther: [.one, .other]
        case .otherOnly: [.other]
        case .polish, .eastSlavic: [.one, .few, .many, .other]
        case .westSlavic: [.one, .few, .other]
        case .arabic: [.zero, .one, .two, .few, .many, .other]
        case .hebrew: [.one, .two, .other]
        }
    }

    /// The form a count takes.
    public func category(_ count: Int) -> PluralCategory {
        let n = abs(count)
        let ten = n % 10
        let hundred = n % 100
        switch family {
        case .oneOther: return n == 1 ? .one : .other
        case .zeroOneOther: return n <= 1 ? .one : .other
        case .otherOnly: return .other
        case .polish:
            if n == 1 { return .one }
            return (2...4).contains(ten) && !(12...14).contains(hundred) ? .few : .many
        case .eastSlavic:
            if ten == 1 && hundred != 11 { return .one }
            return (2...4).contains(ten) && !(12...14).contains(hundred) ? .few : .many
        case .westSlavic:
            if n == 1 { return .one }
            return (2...4).contains(n) ? .few : .other
        case .arabic:
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default:
                if (3...10).contains(hundred) { return .few }
                return (11...99).contains(hundred) ? .many : .other
            }
        case .hebrew:
            return n == 1 ? .one : n == 2 ? .two : .other
        }
    }
}
