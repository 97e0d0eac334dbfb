/// Which dates of numbers with dots or slashes (`18.09.2025`, `09/18/2025`) a site's incident files may use,
/// from its language's `dates.numeric_order`. Without one such dates are refused, since the order of day and
/// month differs from country to country.
public enum NumericDateOrder: String, Sendable, Hashable {
    /// Neither: only ISO dates and dates with month names are read.
    case none
    /// Day first: `18.09.2025` and `18/09/2025`, as in German, French or Spanish.
    case dmy
    /// Month first with slashes: `09/18/2025`, as in American English.
    case mdy
}
