import Foundation
public import StatusmarkCore

/// Turns the model's instants, durations and levels into the words and attributes pages show. Times are written
/// in the site's time zone; the zone is named by its offset (`UTC`, `UTC+2`, `UTC-5:30`), the same on every
/// platform, so output does not depend on the machine's time-zone database names.
public struct DisplayFormatting: Sendable {
    public let zone: ZoneReference

    public init(zone: ZoneReference) {
        self.zone = zone
    }
}

extension DisplayFormatting {
    /// An instant as a view model: `16 Jul 2025, 07:58 UTC` with its ISO form for `<time datetime>`.
    func time(_ date: Date) -> ViewModelBox<TimeViewModel> {
        let instant = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = zone.offset(at: instant)
        let local = instant + offset
        let day = CivilDate(daysSinceEpoch: floorDivide(local, 86_400))
        let secondOfDay = local - day.daysSinceEpoch * 86_400
        let zoneName = Self.zoneName(offset)
        let clock = ASCIIText.make(capacity: 6 + zoneName.utf8.count) { text in
            text.append(secondOfDay / 3600, width: 2)
            text.append(UInt8(ascii: ":"))
            text.append(secondOfDay % 3600 / 60, width: 2)
            text.append(UInt8(ascii: " "))
            text.append(zoneName)
        }
        return ViewModelBox(TimeViewModel(iso: InstantFormat.rfc3339(date), day: dayText(day), clock: clock))
    }

    /// `16 Jul 2025`.
    func dayText(_ day: CivilDate) -> String {
        ASCIIText.make(capacity: ASCIIText.length(of: day.day) + ASCIIText.length(of: day.year) + 5) { text in
            text.append(day.day)
            text.append(UInt8(ascii: " "))
            text.append(
                (1...12).contains(day.month)
                    ? Self.monthAbbreviations[day.month - 1] : String(CivilDate.monthName(day.month).prefix(3)))
            text.append(UInt8(ascii: " "))
            text.append(day.year)
        }
    }

    /// `Jan` to `Dec`.
    private static let monthAbbreviations = (1...12).map { String(CivilDate.monthName($0).prefix(3)) }

    /// `UTC`, `UTC+2`, `UTC-5:30`.
    static func zoneName(_ offset: Int) -> String {
        guard offset != 0 else { return "UTC" }
        let minutes = abs(offset) / 60
        let sign = offset < 0 ? "-" : "+"
        return minutes % 60 == 0 ? "UTC\(sign)\(minutes / 60)" : "UTC\(sign)\(minutes / 60):\(CivilDate.pad(minutes % 60, 2))"
    }

    /// A length of time in words a reader takes in at a glance: `under 1 min`, `42 min`, `3 h 5 min`, `2 d 4 h`.
    public static func duration(_ seconds: Int) -> String {
        let minutes = max(0, seconds) / 60
        if minutes < 1 { return "under 1 min" }
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 24 { return minutes % 60 == 0 ? "\(hours) h" : "\(hours) h \(minutes % 60) min" }
        return hours % 24 == 0 ? "\(hours / 24) d" : "\(hours / 24) d \(hours % 24) h"
    }

    /// An uptime percentage as shown: `99.95%`, or `no data`.
    static func uptime(_ value: UptimePercentage?) -> String {
        value.map { "\($0)%" } ?? "no data"
    }
}
