import Foundation
public import StatusmarkCore

/// Turns the model's instants, durations and levels into the words and attributes pages show, in the site's
/// language. Times are written in the site's time zone; the zone is named by its offset (`UTC`, `UTC+2`,
/// `UTC-5:30`), the same on every platform and in every language, so output does not depend on the machine's
/// time-zone database or its locale data.
public struct DisplayFormatting: Sendable {
    public let zone: ZoneReference
    public let translation: Translation
    private let dayPattern: TranslationText
    private let monthPattern: TranslationText
    private let clockPattern: TranslationText
    private let timePattern: TranslationText
    private let months: [String]
    private let shortMonths: [String]
    private let am: String
    private let pm: String
    private let decimalSeparator: String
    private let percentPattern: TranslationText
    private let durationPatterns: [TranslationText]

    public init(zone: ZoneReference, translation: Translation) {
        self.zone = zone
        let translation = translation.messages.isEmpty ? Theme.builtInEnglish : translation
        self.translation = translation
        func pattern(_ key: String) -> TranslationText { translation.template(key) ?? TranslationText("") }
        dayPattern = pattern("dates.day")
        monthPattern = pattern("dates.month")
        clockPattern = pattern("dates.clock")
        timePattern = pattern("dates.time")
        let months = translation.list("dates.months")
        self.months = months.count == 12 ? months : (1...12).map(CivilDate.monthName)
        let shortMonths = translation.list("dates.months_short")
        self.shortMonths = shortMonths.count == 12 ? shortMonths : self.months
        am = translation.text("dates.am")
        pm = translation.text("dates.pm")
        decimalSeparator = translation.text("numbers.decimal")
        percentPattern = pattern("numbers.percent")
        durationPatterns = [
            "under_minute", "minutes", "hours", "hours_minutes", "days", "days_hours",
        ].map { pattern("durations.\($0)") }
    }

    /// English, for tests and callers without a site.
    public init(zone: ZoneReference) {
        self.init(zone: zone, translation: Theme.builtInEnglish)
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
        let dayText = dayText(day)
        let clock = clockText(secondOfDay: secondOfDay, zone: Self.zoneName(offset))
        return ViewModelBox(
            TimeViewModel(
                iso: InstantFormat.rfc3339(date), day: dayText, clock: clock,
                text: fill(timePattern) { name, text in
                    switch name {
                    case "day": text += dayText
                    case "clock": text += clock
                    default: break
                    }
                }))
    }

    /// `16 Jul 2025` in English, `16. Juli 2025` in German, `2025年7月16日` in Japanese.
    func dayText(_ day: CivilDate) -> String {
        date(day, dayPattern)
    }

    /// `July 2025`: the history's month headings.
    func monthText(year: Int, month: Int) -> String {
        date(CivilDate(year: year, month: month, day: 1), monthPattern)
    }

    private func date(_ day: CivilDate, _ pattern: TranslationText) -> String {
        fill(pattern) { name, text in
            switch name {
            case "d": text += String(day.day)
            case "dd": text += CivilDate.pad(day.day, 2)
            case "M": text += String(day.month)
            case "MM": text += CivilDate.pad(day.month, 2)
            case "MMM": text += (1...12).contains(day.month) ? shortMonths[day.month - 1] : String(day.month)
            case "MMMM": text += (1...12).contains(day.month) ? months[day.month - 1] : String(day.month)
            case "y": text += String(day.year)
            default: break
            }
        }
    }

    private func clockText(secondOfDay: Int, zone: String) -> String {
        let hour = secondOfDay / 3600
        let minute = secondOfDay % 3600 / 60
        return fill(clockPattern) { name, text in
            switch name {
            case "H": text += String(hour)
            case "HH": text += CivilDate.pad(hour, 2)
            case "h": text += String(hour % 12 == 0 ? 12 : hour % 12)
            case "hh": text += CivilDate.pad(hour % 12 == 0 ? 12 : hour % 12, 2)
            case "mm": text += CivilDate.pad(minute, 2)
            case "a": text += hour < 12 ? am : pm
            case "zone": text += zone
            default: break
            }
        }
    }

    /// A pattern's literal parts with each placeholder written by `write`.
    private func fill(_ pattern: TranslationText, _ write: (String, inout String) -> Void) -> String {
        var text = ""
        text.reserveCapacity(24)
        for part in pattern.parts {
            switch part {
            case .literal(let literal): text += literal
            case .placeholder(let name): write(name, &text)
            }
        }
        return text
    }

    /// `UTC`, `UTC+2`, `UTC-5:30`.
    static func zoneName(_ offset: Int) -> String {
        guard offset != 0 else { return "UTC" }
        let minutes = abs(offset) / 60
        let sign = offset < 0 ? "-" : "+"
        return minutes % 60 == 0 ? "UTC\(sign)\(minutes / 60)" : "UTC\(sign)\(minutes / 60):\(CivilDate.pad(minutes % 60, 2))"
    }

    /// A length of time in words a reader takes in at a glance: `under 1 min`, `42 min`, `3 h 5 min`, `2 d 4 h`.
    public func duration(_ seconds: Int) -> String {
        let minutes = max(0, seconds) / 60
        let hours = minutes / 60
        let (pattern, values): (Int, [(String, String)]) =
            if minutes < 1 { (0, []) }
            else if minutes < 60 { (1, [("m", String(minutes))]) }
            else if hours < 24 { minutes % 60 == 0 ? (2, [("h", String(hours))]) : (3, [("h", String(hours)), ("m", String(minutes % 60))]) }
            else { hours % 24 == 0 ? (4, [("d", String(hours / 24))]) : (5, [("d", String(hours / 24)), ("h", String(hours % 24))]) }
        return durationPatterns[pattern].filled(values)
    }

    /// The duration patterns in order (under a minute, minutes, hours, hours and minutes, days, days and hours),
    /// for the script that keeps "ongoing for …" counting.
    var durationWords: [String] {
        durationPatterns.map { pattern in
            pattern.parts.map { part in
                switch part {
                case .literal(let text): text
                case .placeholder(let name): "{\(name)}"
                }
            }.joined()
        }
    }

    /// An uptime percentage as shown: `99.95%` (`99,95 %` in German), or `no data`.
    func uptime(_ value: UptimePercentage?) -> String {
        guard let value else { return translation.text("bar.no_data") }
        return percent(value.description)
    }

    /// A number written with a point, in the language's way: `12.5` → `12,5 %`.
    func percent(_ number: String) -> String {
        let written = decimalSeparator == "." || decimalSeparator.isEmpty
            ? number : number.replacingOccurrences(of: ".", with: decimalSeparator)
        return percentPattern.filled([("value", written)])
    }
}
