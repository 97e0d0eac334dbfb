package import Foundation
import StatusmarkCore

/// An instant written the way a machine-readable format wants it. Computed from the seconds with ``CivilDate``,
/// not with a Foundation formatter, so the text is the same on every platform and costs no formatter per file.
package enum InstantFormat {
    /// RFC 3339 in UTC, as Atom, JSON Feed and sitemaps use it: `2025-07-16T07:58:00Z`.
    package static func rfc3339(_ date: Date) -> String {
        let parts = Parts(date, offset: 0)
        return ASCIIText.make(capacity: parts.dayLength + 10) { text in
            parts.write(to: &text)
            text.append(UInt8(ascii: "Z"))
        }
    }

    /// RFC 822 with a four-digit year, as RSS uses it: `Wed, 16 Jul 2025 07:58:00 +0000`.
    package static func rfc822(_ date: Date) -> String {
        let parts = Parts(date, offset: 0)
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][floorModulo(parts.day.daysSinceEpoch, 7)]
        let month = CivilDate.monthName(parts.day.month).prefix(3)
        return "\(weekday), \(CivilDate.pad(parts.day.day, 2)) \(month) \(parts.day.year) \(parts.clock) +0000"
    }

    /// An iCalendar DATE-TIME in UTC (RFC 5545 §3.3.5, form 2): `20250716T075800Z`.
    static func iCalendar(_ date: Date) -> String {
        let parts = Parts(date, offset: 0)
        let day = parts.day
        return "\(CivilDate.pad(day.year, 4))\(CivilDate.pad(day.month, 2))\(CivilDate.pad(day.day, 2))T"
            + parts.clock(separator: "") + "Z"
    }

    /// Statuspage's form: ISO 8601 in the page's zone, with milliseconds and the offset:
    /// `2025-07-16T09:58:00.000+02:00`, or `…Z` in UTC.
    static func statuspage(_ date: Date, zone: ZoneReference) -> String {
        let instant = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = zone.offset(at: instant)
        let parts = Parts(date, offset: offset)
        let minutes = abs(offset) / 60
        return ASCIIText.make(capacity: parts.dayLength + 19 + ASCIIText.length(of: minutes / 60, width: 2)) { text in
            parts.write(to: &text)
            text.append(".000")
            guard offset != 0 else { return text.append(UInt8(ascii: "Z")) }
            text.append(UInt8(ascii: offset < 0 ? "-" : "+"))
            text.append(minutes / 60, width: 2)
            text.append(UInt8(ascii: ":"))
            text.append(minutes % 60, width: 2)
        }
    }

    private static func floorModulo(_ value: Int, _ divisor: Int) -> Int {
        value - floorDivide(value, divisor) * divisor
    }

    /// The civil day and `HH:MM:SS` of an instant shifted by an offset.
    private struct Parts {
        var day: CivilDate
        /// Seconds since the day's midnight.
        var second: Int

        init(_ date: Date, offset: Int) {
            let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
            day = CivilDate(daysSinceEpoch: floorDivide(local, 86_400))
            second = local - day.daysSinceEpoch * 86_400
        }

        /// `14:05:09`.
        var clock: String { clock(separator: ":") }

        /// How long `2025-07-16` is: longer for a year past 9999.
        var dayLength: Int { ASCIIText.length(of: day.year, width: 4) + 6 }

        /// `2025-07-16T14:05:09`, which is `dayLength + 9` bytes.
        func write(to text: inout ASCIIText) {
            text.append(day.year, width: 4)
            text.append(UInt8(ascii: "-"))
            text.append(day.month, width: 2)
            text.append(UInt8(ascii: "-"))
            text.append(day.day, width: 2)
            text.append(UInt8(ascii: "T"))
            text.append(second / 3600, width: 2)
            text.append(UInt8(ascii: ":"))
            text.append(second % 3600 / 60, width: 2)
            text.append(UInt8(ascii: ":"))
            text.append(second % 60, width: 2)
        }

        func clock(separator: String) -> String {
            "\(CivilDate.pad(second / 3600, 2))\(separator)\(CivilDate.pad(second % 3600 / 60, 2))\(separator)"
                + CivilDate.pad(second % 60, 2)
        }
    }
}
