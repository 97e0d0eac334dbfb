package import Foundation
public import StatusmarkCore

/// Turns the model's instants, durations and levels into the words and attributes pages show, in the site's
/// language. Times are written in the site's time zone; the zone is named by its offset (`UTC`, `UTC+2`,
/// `UTC-5:30`), the same on every platform and in every language, so output does not depend on the machine's
/// time-zone database or its locale data.
public struct DisplayFormatting: Sendable {
    public let zone: ZoneReference
    public let translation: Translation
    private let dayPattern: DatePattern
    private let monthPattern: DatePattern
    private let clockPattern: DatePattern
    private let timeJoin: TimeJoin
    private let months: [[UInt8]]
    private let shortMonths: [[UInt8]]
    private let am: [UInt8]
    private let pm: [UInt8]
    private let decimalSeparator: String
    private let percentPattern: TranslationText
    private let durationPatterns: [TranslationText]

    public init(zone: ZoneReference, translation: Translation) {
        self.zone = zone
        let translation = translation.messages.isEmpty ? Theme.builtInEnglish : translation
        self.translation = translation
        func pattern(_ key: String) -> TranslationText { translation.template(key) ?? TranslationText("") }
        dayPattern = DatePattern(pattern("dates.day"))
        monthPattern = DatePattern(pattern("dates.month"))
        clockPattern = DatePattern(pattern("dates.clock"))
        timeJoin = Self.join(pattern("dates.time"))
        let months = translation.list("dates.months")
        let names = months.count == 12 ? months : (1...12).map(CivilDate.monthName)
        self.months = names.map { Array($0.utf8) }
        let shortMonths = translation.list("dates.months_short")
        self.shortMonths = shortMonths.count == 12 ? shortMonths.map { Array($0.utf8) } : self.months
        am = Array(translation.text("dates.am").utf8)
        pm = Array(translation.text("dates.pm").utf8)
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
    ///
    /// The day and the clock are written once, into the joined text's bytes, and taken from there: ten
    /// thousand incident pages show several times each.
    func time(_ date: Date) -> ViewModelBox<TimeViewModel> {
        let instant = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = zone.offset(at: instant)
        let local = instant + offset
        let day = CivilDate(daysSinceEpoch: floorDivide(local, 86_400))
        let secondOfDay = local - day.daysSinceEpoch * 86_400
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        bytes.append(contentsOf: timeJoin.before)
        func writeDay() -> Range<Int> {
            let start = bytes.count
            write(day, dayPattern, to: &bytes)
            return start..<bytes.count
        }
        func writeClock() -> Range<Int> {
            let start = bytes.count
            self.writeClock(secondOfDay: secondOfDay, offset: offset, to: &bytes)
            return start..<bytes.count
        }
        let dayRange: Range<Int>
        let clockRange: Range<Int>
        if timeJoin.clockFirst {
            clockRange = writeClock()
            bytes.append(contentsOf: timeJoin.between)
            dayRange = writeDay()
        } else {
            dayRange = writeDay()
            bytes.append(contentsOf: timeJoin.between)
            clockRange = writeClock()
        }
        bytes.append(contentsOf: timeJoin.after)
        return ViewModelBox(
            TimeViewModel(
                iso: InstantFormat.rfc3339(date), day: String(decoding: bytes[dayRange], as: UTF8.self),
                clock: String(decoding: bytes[clockRange], as: UTF8.self),
                text: String(decoding: bytes, as: UTF8.self)))
    }

    /// The text around `{day}` and `{clock}` in the language's `dates.time`.
    private static func join(_ pattern: TranslationText) -> TimeJoin {
        var join = TimeJoin(before: [], between: [], after: [])
        var seen = 0
        for part in pattern.parts {
            switch part {
            case .literal(let text):
                switch seen {
                case 0: join.before += text.utf8
                case 1: join.between += text.utf8
                default: join.after += text.utf8
                }
            case .placeholder(let name):
                if seen == 0 { join.clockFirst = name == "clock" }
                seen += 1
            }
        }
        return join
    }

    /// `16 Jul 2025` in English, `16. Juli 2025` in German, `2025年7月16日` in Japanese.
    func dayText(_ day: CivilDate) -> String {
        date(day, dayPattern)
    }

    /// The day of an instant in the site's zone, as ``dayText(_:)`` writes it.
    func dayText(of date: Date) -> String {
        let instant = Int(date.timeIntervalSince1970.rounded(.down))
        return dayText(CivilDate(daysSinceEpoch: floorDivide(instant + zone.offset(at: instant), 86_400)))
    }

    /// `July 2025`: the history's month headings.
    func monthText(year: Int, month: Int) -> String {
        date(CivilDate(year: year, month: month, day: 1), monthPattern)
    }

    private func date(_ day: CivilDate, _ pattern: DatePattern) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        write(day, pattern, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func write(_ day: CivilDate, _ pattern: DatePattern, to bytes: inout [UInt8]) {
        let named = (1...12).contains(day.month)
        pattern.write(to: &bytes) { field, bytes in
            switch field {
            case .day: DatePattern.append(day.day, to: &bytes)
            case .paddedDay: DatePattern.append(day.day, width: 2, to: &bytes)
            case .month: DatePattern.append(day.month, to: &bytes)
            case .paddedMonth: DatePattern.append(day.month, width: 2, to: &bytes)
            case .shortMonthName:
                if named { bytes.append(contentsOf: shortMonths[day.month - 1]) } else { DatePattern.append(day.month, to: &bytes) }
            case .monthName:
                if named { bytes.append(contentsOf: months[day.month - 1]) } else { DatePattern.append(day.month, to: &bytes) }
            case .year: DatePattern.append(day.year, to: &bytes)
            default: break
            }
        }
    }

    private func writeClock(secondOfDay: Int, offset: Int, to bytes: inout [UInt8]) {
        let hour = secondOfDay / 3600
        let minute = secondOfDay % 3600 / 60
        let hour12 = hour % 12 == 0 ? 12 : hour % 12
        clockPattern.write(to: &bytes) { field, bytes in
            switch field {
            case .hour: DatePattern.append(hour, to: &bytes)
            case .paddedHour: DatePattern.append(hour, width: 2, to: &bytes)
            case .hour12: DatePattern.append(hour12, to: &bytes)
            case .paddedHour12: DatePattern.append(hour12, width: 2, to: &bytes)
            case .minute: DatePattern.append(minute, width: 2, to: &bytes)
            case .meridiem: bytes.append(contentsOf: hour < 12 ? am : pm)
            case .zone: Self.writeZoneName(offset, to: &bytes)
            default: break
            }
        }
    }

    /// `UTC`, `UTC+2`, `UTC-5:30`.
    static func zoneName(_ offset: Int) -> String {
        var bytes: [UInt8] = []
        writeZoneName(offset, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func writeZoneName(_ offset: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: [UInt8(ascii: "U"), UInt8(ascii: "T"), UInt8(ascii: "C")])
        guard offset != 0 else { return }
        let minutes = abs(offset) / 60
        bytes.append(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        DatePattern.append(minutes / 60, to: &bytes)
        guard minutes % 60 != 0 else { return }
        bytes.append(UInt8(ascii: ":"))
        DatePattern.append(minutes % 60, width: 2, to: &bytes)
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

extension DisplayFormatting {
    /// An instant as pages write it, day and clock joined as the language joins them: `16 Jul 2025, 07:58 UTC`.
    package func timeText(_ date: Date) -> String {
        time(date).text
    }
}
