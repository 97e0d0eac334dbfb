public import Foundation

/// The timestamp commands write into update headings: `2025-07-16 07:58 UTC`, to the minute, in UTC, so it reads
/// the same to everyone and parses in any site zone.
public enum HeadingTimestamp {
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CivilDate(daysSinceEpoch: floorDivide(seconds, 86_400))
        let second = seconds - day.daysSinceEpoch * 86_400
        return "\(day) \(CivilDate.pad(second / 3600, 2)):\(CivilDate.pad(second % 3600 / 60, 2)) UTC"
    }

    /// The instant a heading written for `date` stands for: `date` without its seconds.
    public static func truncated(_ date: Date) -> Date {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return Date(timeIntervalSince1970: TimeInterval(seconds - ((seconds % 60) + 60) % 60))
    }
}
