/// A plural form, as Unicode's CLDR names them: which wording a count takes (`1 day`, `2 days`; Polish has
/// `2 dni` and `5 dni` besides `1 dzień` in its own forms).
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other
}
