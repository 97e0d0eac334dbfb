package import Foundation

/// Reads the timestamps people write in incident files.
///
/// Accepted: ISO 8601 (`2025-07-16T07:58:00Z`, `2025-07-16T09:58+02:00`); `2025-07-16 07:58[:00]`;
/// `Jul 16, 2025 07:58`, `16 July 2025 07:58`; a time alone (`07:58`), which takes its date from the timestamp
/// before it; 12-hour times (`7:58 AM`); and an optional zone (see ``TimestampZoneParser``). Without a zone, the
/// site's `time_zone` applies. Local times that daylight saving skips or repeats are errors, not guesses.
public struct TimestampParser: Sendable {
    /// The zone for timestamps that name none: the site's `time_zone`.
    public var defaultZone: ZoneReference
    /// The day messages give as an example of a date to write: one that belongs to the file at hand.
    public var exampleDay = CivilDate(year: 2025, month: 7, day: 16)
    /// Which numeric dates (`18.09.2025`) are read, from the site's language.
    public var numericDateOrder = NumericDateOrder.none
    /// The years a timestamp may name.
    static let years = 1970...2999

    public init(defaultZone: ZoneReference) {
        self.defaultZone = defaultZone
    }

    /// Parses a timestamp.
    /// - Parameters:
    ///   - text: The timestamp as written.
    ///   - previous: The timestamp before this one, whose date a time without a date takes.
    ///   - allowingDateOnly: Whether a date alone is accepted, as the start of that day in the default zone.
    package func parse(
        _ text: String, dateFrom previous: Date? = nil, allowingDateOnly: Bool = false
    ) -> Result<ParsedTimestamp, TimestampError> {
        if let parsed = parseCanonical(text) { return .success(parsed) }
        return parseTokens(text, dateFrom: previous, allowingDateOnly: allowingDateOnly)
    }

    /// The form `statusmark new` and `update` write, and most files hold: `2025-07-16 07:58[:00]`, with `T` for
    /// the space if need be, and ` UTC`, `Z` or no zone after it. Read from its bytes at fixed places, without
    /// tokens. `nil` for any other text, and for a date, time or local time that is not valid, which
    /// ``parseTokens(_:dateFrom:allowingDateOnly:)`` then reads, and reports as it always does.
    func parseCanonical(_ text: String) -> ParsedTimestamp? {
        var text = text
        return text.withUTF8 { bytes -> ParsedTimestamp? in
            let count = bytes.count
            guard count >= 16, count <= 23 else { return nil }
            func digits(_ start: Int, _ length: Int) -> Int? {
                var value = 0
                for index in start..<start + length {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit <= 9 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
                let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
                let hour = digits(11, 2), let minute = digits(14, 2)
            else { return nil }
            var end = 16
            var second = 0
            if count >= 19, bytes[16] == UInt8(ascii: ":"), let value = digits(17, 2) {
                second = value
                end = 19
            }
            let zone: ZoneReference
            switch count - end {
            case 0: zone = defaultZone
            case 1 where bytes[end] == UInt8(ascii: "Z"): zone = .utc
            case 4 where bytes[end] == UInt8(ascii: " ") && bytes[end + 1] == UInt8(ascii: "U")
                && bytes[end + 2] == UInt8(ascii: "T") && bytes[end + 3] == UInt8(ascii: "C"):
                zone = .utc
            default: return nil
            }
            let date = CivilDate(year: year, month: month, day: day)
            guard (1...12).contains(month), date.isValid, TimestampParser.years.contains(year), hour <= 23, minute <= 59,
                second <= 59, case .unique(let instant) = zone.resolve(
                    localSeconds: date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second)
            else { return nil }
            return ParsedTimestamp(date: Date(timeIntervalSince1970: TimeInterval(instant)), hasDate: true, day: date)
        }
    }

    /// Parses any accepted timestamp through its tokens.
    func parseTokens(
        _ text: String, dateFrom previous: Date? = nil, allowingDateOnly: Bool = false
    ) -> Result<ParsedTimestamp, TimestampError> {
        let tokens = TimestampToken.tokenize(text)
        var reader = TokenReader(tokens: tokens, text: text)
        reader.exampleDay = exampleDay
        guard !tokens.isEmpty else {
            return .failure(TimestampError(.timestampInvalid, "expected a time such as \(exampleDay) 07:58 UTC"))
        }
        if let error = Self.numericDayMonthYear(text) {
            guard let iso = Self.isoDate(text, order: numericDateOrder) else { return .failure(error) }
            // What is wrong after the date is pointed at where it is written; what is wrong with the date, at it.
            return parseTokens(iso.text, dateFrom: previous, allowingDateOnly: allowingDateOnly).mapError { problem in
                var problem = problem
                let dateLength = error.length
                if problem.offset >= dateLength + iso.growth {
                    problem.offset -= iso.growth
                } else {
                    (problem.offset, problem.length) = (0, dateLength)
                    problem.message = problem.message.replacingOccurrences(of: String(iso.text.prefix(10)), with: String(text.prefix(dateLength)))
                }
                return problem
            }
        }
        do {
            reader.skipWeekday()
            let date = try reader.readDate()
            if let date, allowingDateOnly, reader.current == nil {
                let instant = defaultZone.startOfDay(date.value)
                return .success(
                    ParsedTimestamp(
                        date: Date(timeIntervalSince1970: TimeInterval(instant)), hasDate: true, day: date.value))
            }
            if date != nil { reader.skipDateTimeConnector() }
            let time = try reader.readTime()
            let zoneTokens = tokens[reader.cursor...]
            let zone: ZoneReference
            if zoneTokens.isEmpty {
                zone = defaultZone
            } else {
                zone = try TimestampZoneParser.parse(zoneTokens).get()
            }
            let day: CivilDate
            if let date {
                day = date.value
            } else if let previous {
                day = zone.civilDate(at: Int(previous.timeIntervalSince1970.rounded(.down)))
            } else {
                throw TimestampError(
                    .timestampMissingDate,
                    "'\(text)' has no date, and there is no timestamp before it to take one from",
                    notes: ["write the date too, such as \(exampleDay) \(text)"],
                    offset: 0, length: text.unicodeScalars.count)
            }
            let local = day.daysSinceEpoch * 86_400 + time.secondsIntoDay
            let instant = try resolve(local: local, day: day, time: time, zone: zone)
            return .success(
                ParsedTimestamp(
                    date: Date(timeIntervalSince1970: TimeInterval(instant)), hasDate: date != nil, day: day))
        } catch let error as TimestampError {
            return .failure(error)
        } catch {
            return .failure(TimestampError(.timestampInvalid, "\(error)"))
        }
    }

    private func resolve(local: Int, day: CivilDate, time: TokenReader.Time, zone: ZoneReference) throws -> Int {
        // The time as written, for messages only: made when one is.
        var written: String { "\(day) \(time.label)" }
        switch zone.resolve(localSeconds: local) {
        case .unique(let instant):
            return instant
        case .skipped:
            let before = ZoneReference.offsetLabel(zone.offset(at: local - 86_400))
            let after = ZoneReference.offsetLabel(zone.offset(at: local + 86_400))
            throw TimestampError(
                .timestampNonexistentLocalTime,
                "\(written) does not exist in \(zone.label): the clocks jumped forward that night",
                notes: ["give the offset you meant, such as '\(written) \(before)' or '\(written) \(after)'"],
                offset: time.offset, length: time.length)
        case .repeated(let earlier, let later):
            let first = ZoneReference.offsetLabel(local - earlier)
            let second = ZoneReference.offsetLabel(local - later)
            throw TimestampError(
                .timestampAmbiguousLocalTime,
                "\(written) happened twice in \(zone.label): the clocks went back that night",
                notes: ["say which with its offset: '\(written) \(first)' (the first) or '\(written) \(second)' (the second)"],
                offset: time.offset, length: time.length)
        }
    }
}

/// Walks the tokens of one timestamp.
extension TimestampParser {
    /// A date of numbers with dots or slashes at the start of a text, `18.09.2025` or `09/18/2025`: its two
    /// numbers in the order written, its year, its separator and how many characters it takes.
    static func numericDate(_ text: String) -> (first: Int, second: Int, year: Int, separator: Unicode.Scalar, length: Int)? {
        // Most timestamps start with a four-digit year or a word: only one or two digits and then a dot or a slash
        // can start such a date.
        let head = text.utf8.prefix(3)
        guard let first = head.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
            head.dropFirst().prefix(2).contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") })
        else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(16))
        var index = 0
        func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0
            var digits = 0
            while index < scalars.count, let digit = scalars[index].asciiDigit, digits < maxDigits {
                value = value * 10 + digit
                digits += 1
                index += 1
            }
            return digits == 0 ? nil : (value, digits)
        }
        guard let first = number(maxDigits: 2), index < scalars.count, scalars[index] == "." || scalars[index] == "/"
        else { return nil }
        let separator = scalars[index]
        index += 1
        guard let second = number(maxDigits: 2), index < scalars.count, scalars[index] == separator else { return nil }
        index += 1
        guard let year = number(maxDigits: 4), year.digits == 4,
            index == scalars.count || scalars[index] == " " || scalars[index] == "," || scalars[index] == "T"
        else { return nil }
        return (first.value, second.value, year.value, separator, index)
    }

    /// The text with a numeric date at its start written as ISO (`18.09.2025 11:00` → `2025-09-18 11:00`) in the
    /// order the site's language reads, and how much longer the ISO date is than the one written; `nil` when the
    /// text does not start so or the order does not read it.
    static func isoDate(_ text: String, order: NumericDateOrder) -> (text: String, growth: Int)? {
        guard order != .none, let date = numericDate(text) else { return nil }
        let (day, month): (Int, Int)
        switch order {
        case .dmy: (day, month) = (date.first, date.second)
        case .mdy where date.separator == "/": (day, month) = (date.second, date.first)
        default: return nil
        }
        let iso = "\(date.year)-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
        return (iso + String(text.unicodeScalars.dropFirst(date.length)), iso.count - date.length)
    }

    /// An error for a date written with numbers in day and month order, `18.09.2025` or `18/09/2025`, which
    /// Statusmark does not read unless the site's language names an order (`09/10/2025` means two different
    /// days on two sides of the Atlantic): what was recognised, and the two ways to write it. `nil` for a text
    /// that does not start so.
    static func numericDayMonthYear(_ text: String) -> TimestampError? {
        guard let numeric = numericDate(text) else { return nil }
        let written = String(String.UnicodeScalarView(text.unicodeScalars.prefix(numeric.length)))
        func suggestion(day: Int, month: Int) -> String? {
            let date = CivilDate(year: numeric.year, month: month, day: day)
            guard date.isValid else { return nil }
            return "\(date) or \(CivilDate.monthName(month).prefix(3)) \(day), \(numeric.year)"
        }
        // A dot is day first, as in German and most of Europe; a slash is either order unless one part is over 12.
        let dayFirst = suggestion(day: numeric.first, month: numeric.second)
        let monthFirst = numeric.separator == "/" ? suggestion(day: numeric.second, month: numeric.first) : nil
        var notes: [String]
        switch (dayFirst, monthFirst) {
        case (let day?, let month?) where day != month:
            notes = ["if it is day first, write the date as \(day); if month first, as \(month)"]
        case (let day?, _): notes = ["write the date as \(day)"]
        case (nil, let month?): notes = ["write the date as \(month)"]
        case (nil, nil): notes = ["write the date as YYYY-MM-DD, such as 2025-09-18, or as Sep 18, 2025"]
        }
        return TimestampError(
            .timestampInvalidDate, "'\(written)' is not read: in a date of numbers with dots or slashes, the order of day and month differs from country to country", notes: notes,
            offset: 0, length: written.unicodeScalars.count)
    }
}

private struct TokenReader {
    struct Time {
        var hour: Int
        var minute: Int
        var second: Int
        var offset: Int
        var length: Int
        var secondsIntoDay: Int { hour * 3600 + minute * 60 + second }
        var label: String {
            "\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2))" + (second == 0 ? "" : ":\(CivilDate.pad(second, 2))")
        }
    }

    static let monthNames: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let weekdays: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
        "friday", "sat", "saturday", "sun", "sunday",
    ]

    let tokens: [TimestampToken]
    let text: String
    /// The day examples in messages use (``TimestampParser/exampleDay``).
    var exampleDay = CivilDate(year: 2025, month: 7, day: 16)
    var cursor = 0

    init(tokens: [TimestampToken], text: String) {
        self.tokens = tokens
        self.text = text
    }

    var current: TimestampToken? { cursor < tokens.count ? tokens[cursor] : nil }

    func peek(_ ahead: Int) -> TimestampToken? {
        cursor + ahead < tokens.count ? tokens[cursor + ahead] : nil
    }

    mutating func skipWeekday() {
        guard let word = current?.word?.lowercased(), TokenReader.weekdays.contains(word) else { return }
        cursor += 1
        if current?.isSymbol(",") == true { cursor += 1 }
    }

    /// Between a date and its time: `,`, `-`, `at`, `@`, `T`, `·`.
    mutating func skipDateTimeConnector() {
        while let token = current,
            token.isSymbol(",") || token.isSymbol("-") || token.isSymbol("@") || token.isSymbol("·")
                || token.isWord("at", "t")
        {
            cursor += 1
        }
    }

    /// Reads `YYYY-MM-DD`, `Month D, YYYY` or `D Month YYYY`; `nil` when the text starts with no date.
    mutating func readDate() throws -> (value: CivilDate, offset: Int)? {
        guard let first = current else { return nil }
        let start = cursor
        var year = 0
        var month = 0
        var day = 0
        if first.digits == 4, let separator = peek(1), separator.isSymbol("-") || separator.isSymbol("/") {
            guard let monthToken = peek(2), monthToken.number != nil, monthToken.digits <= 2,
                let second = peek(3), second.kind == separator.kind,
                let dayToken = peek(4), dayToken.number != nil, dayToken.digits <= 2
            else {
                throw TimestampError(
                    .timestampInvalid, "expected a date as YYYY-MM-DD, such as \(exampleDay)", offset: first.offset,
                    length: first.length)
            }
            year = first.number ?? 0
            month = monthToken.number ?? 0
            day = dayToken.number ?? 0
            cursor += 5
        } else if let name = first.word?.lowercased(), let number = TokenReader.monthNames[name] {
            // Month D, YYYY
            month = number
            cursor += 1
            guard let dayToken = current, let value = dayToken.number, dayToken.digits <= 2 else {
                throw TimestampError(
                    .timestampInvalid, "expected the day after '\(first.text)', such as '\(first.text) 16, 2025'",
                    offset: first.offset, length: first.length)
            }
            day = value
            cursor += 1
            skipOrdinalSuffix()
            if current?.isSymbol(",") == true { cursor += 1 }
            year = try readYear(after: dayToken)
        } else if first.number != nil, first.digits <= 2, let number = monthAfterDay() {
            // D Month YYYY
            day = first.number ?? 0
            cursor += 1
            skipOrdinalSuffix()
            month = number
            let monthToken = tokens[cursor]
            cursor += 1
            if current?.isSymbol(",") == true { cursor += 1 }
            year = try readYear(after: monthToken)
        } else {
            return nil
        }
        let date = CivilDate(year: year, month: month, day: day)
        let firstOffset = tokens[start].offset
        let last = tokens[cursor - 1]
        let length = last.offset + last.length - firstOffset
        guard (1...12).contains(month) else {
            throw TimestampError(
                .timestampInvalidDate, "\(date) is not a date: there is no month \(month)", offset: firstOffset,
                length: length)
        }
        guard date.isValid else {
            let limit = CivilDate.daysIn(month: month, year: year)
            throw TimestampError(
                .timestampInvalidDate,
                "\(date) is not a date: \(CivilDate.monthName(month)) \(year) has \(limit) days",
                offset: firstOffset, length: length)
        }
        guard TimestampParser.years.contains(year) else {
            throw TimestampError(
                .timestampInvalidDate, "year \(year) is out of range: write a year from 1970 on",
                offset: firstOffset, length: length)
        }
        return (date, firstOffset)
    }

    /// The month named after a day number (`16 July`, `16th July`), or `nil`.
    private func monthAfterDay() -> Int? {
        var ahead = 1
        if peek(ahead)?.isWord("st", "nd", "rd", "th") == true { ahead += 1 }
        guard let name = peek(ahead)?.word?.lowercased() else { return nil }
        return TokenReader.monthNames[name]
    }

    private mutating func skipOrdinalSuffix() {
        if current?.isWord("st", "nd", "rd", "th") == true { cursor += 1 }
    }

    private mutating func readYear(after previous: TimestampToken) throws -> Int {
        guard let token = current, let value = token.number, token.digits == 4 else {
            throw TimestampError(
                .timestampInvalid, "expected a four-digit year after '\(previous.text)'", offset: previous.offset,
                length: previous.length)
        }
        cursor += 1
        return value
    }

    /// Reads `HH:MM[:SS[.fff]] [AM|PM]`, or `H AM|PM`.
    mutating func readTime() throws -> Time {
        guard let hourToken = current, let hourValue = hourToken.number, hourToken.digits <= 2 else {
            let token = current ?? tokens[tokens.count - 1]
            let message =
                cursor == 0
                ? "expected a time such as \(exampleDay) 07:58 UTC, found '\(text)'"
                : "expected a time (HH:MM) after the date"
            throw TimestampError(.timestampInvalid, message, offset: token.offset, length: token.length)
        }
        var hour = hourValue
        var minute = 0
        var second = 0
        cursor += 1
        if current?.isSymbol(":") == true {
            cursor += 1
            guard let minuteToken = current, let value = minuteToken.number, minuteToken.digits == 2 else {
                throw TimestampError(
                    .timestampInvalid, "expected two digits of minutes after '\(hourToken.text):'",
                    offset: hourToken.offset, length: hourToken.length + 1)
            }
            minute = value
            cursor += 1
            if current?.isSymbol(":") == true, let secondToken = peek(1), let value = secondToken.number,
                secondToken.digits == 2
            {
                second = value
                cursor += 2
                if current?.isSymbol(".") == true, peek(1)?.number != nil { cursor += 2 }
            }
        } else if meridiem(current) == nil {
            throw TimestampError(
                .timestampInvalid, "expected a time such as 07:58 after '\(hourToken.text)'",
                offset: hourToken.offset, length: hourToken.length)
        }
        let timeEnd = tokens[cursor - 1]
        var length = timeEnd.offset + timeEnd.length - hourToken.offset
        // The time as written, for messages only: made when one is.
        let writtenLength = length
        var written: String {
            String(text.unicodeScalars.dropFirst(hourToken.offset).prefix(writtenLength))
        }
        if let isAfternoon = meridiem(current) {
            let marker = tokens[cursor]
            cursor += 1
            length = marker.offset + marker.length - hourToken.offset
            let suffix = isAfternoon ? "PM" : "AM"
            if hour > 12, hour <= 23 {
                let twelve = hour - 12
                throw TimestampError(
                    .timestampMeridiem,
                    "'\(written) \(marker.text)' mixes the 24-hour and 12-hour clocks: \(suffix) hours run from 1 "
                        + "to 12",
                    notes: ["write '\(written)' or '\(twelve):\(CivilDate.pad(minute, 2)) \(suffix)'"],
                    offset: hourToken.offset, length: length)
            }
            if hour == 0 {
                throw TimestampError(
                    .timestampMeridiem,
                    "'\(written) \(marker.text)': the 12-hour clock has no hour 0",
                    notes: ["write '12:\(CivilDate.pad(minute, 2)) \(suffix)' or '\(written)'"],
                    offset: hourToken.offset, length: length)
            }
            if hour <= 12 {
                hour = hour % 12 + (isAfternoon ? 12 : 0)
            }
        }
        guard hour <= 23, minute <= 59, second <= 59 else {
            throw TimestampError(
                .timestampInvalid,
                "'\(written)' is not a time of day: hours run from 00 to 23 and minutes and seconds from 00 to 59",
                offset: hourToken.offset, length: length)
        }
        return Time(hour: hour, minute: minute, second: second, offset: hourToken.offset, length: length)
    }

    /// `true` for PM, `false` for AM, `nil` for anything else.
    private func meridiem(_ token: TimestampToken?) -> Bool? {
        guard let word = token?.word, word.utf8.count <= 4 else { return nil }
        switch word.lowercased().filter({ $0 != "." }) {
        case "am": return false
        case "pm": return true
        default: return nil
        }
    }
}
