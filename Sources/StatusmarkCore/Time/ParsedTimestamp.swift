public import Foundation

/// A timestamp read from an incident file.
public struct ParsedTimestamp: Sendable, Hashable {
    /// The instant it names.
    public var date: Date
    /// Whether the text gave a date; `false` when the date came from the timestamp before it.
    public var hasDate: Bool
    /// The calendar date in the timestamp's own zone, as written or as taken from the timestamp before it.
    public var day: CivilDate

    public init(date: Date, hasDate: Bool, day: CivilDate) {
        self.date = date
        self.hasDate = hasDate
        self.day = day
    }
}
