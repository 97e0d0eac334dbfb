import Foundation

/// Reads the zone part of a timestamp, or a site's `time_zone`: `UTC`, `GMT`, `Z`, an offset (`+02:00`, `+0200`,
/// `+2`, `UTC+2`), an IANA name (`Europe/Berlin`), or an abbreviation from ``TimeZoneAbbreviations``.
enum TimestampZoneParser {
    /// Parses a whole string as a zone.
    static func parse(_ text: String) -> Result<ZoneReference, TimestampError> {
        let tokens = TimestampToken.tokenize(text)
        guard !tokens.isEmpty else {
            return .failure(TimestampError(.timestampUnknownZone, "the time zone is empty"))
        }
        return parse(tokens[...])
    }

    /// Parses tokens that make up a zone and nothing else.
    static func parse(_ tokens: ArraySlice<TimestampToken>) -> Result<ZoneReference, TimestampError> {
        guard let first = tokens.first else {
            return .failure(TimestampError(.timestampUnknownZone, "the time zone is empty"))
        }
        let rest = tokens.dropFirst()
        if first.isSymbol("+") || first.isSymbol("-") {
            return parseOffset(tokens).map { .fixed(offsetSeconds: $0) }
        }
        guard let word = first.word else {
            return .failure(unknownZone(first))
        }
        let upper = word.uppercased()
        if ["UTC", "GMT", "UT", "Z"].contains(upper) {
            if rest.isEmpty { return .success(.utc) }
            return parseOffset(rest).map { .fixed(offsetSeconds: $0) }
        }
        if let extra = rest.first {
            return .failure(unexpected(extra, after: "the time zone"))
        }
        if let offset = TimeZoneAbbreviations.offsets[upper] {
            return .success(.fixed(offsetSeconds: offset))
        }
        if let meanings = TimeZoneAbbreviations.ambiguous[upper] {
            return .failure(
                TimestampError(
                    .timestampAmbiguousZone,
                    "'\(word)' is ambiguous: it can mean \(meanings)",
                    notes: ["write an offset such as +05:30, or an IANA name such as Asia/Kolkata"],
                    offset: first.offset, length: first.length))
        }
        if let zone = TimeZone(identifier: word), word.contains("/") || word.count > 4 {
            return .success(.region(zone))
        }
        return .failure(unknownZone(first))
    }

    /// `+02:00`, `-0530`, `+2`: a sign, hours, and optional minutes.
    private static func parseOffset(_ tokens: ArraySlice<TimestampToken>) -> Result<Int, TimestampError> {
        var cursor = tokens.startIndex
        let signToken = tokens[cursor]
        guard signToken.isSymbol("+") || signToken.isSymbol("-") else {
            return .failure(unexpected(signToken, after: "the time zone"))
        }
        let sign = signToken.isSymbol("-") ? -1 : 1
        cursor += 1
        guard cursor < tokens.endIndex, let value = tokens[cursor].number else {
            return .failure(
                TimestampError(
                    .timestampUnknownZone, "expected an offset such as +02:00 after '\(signToken.text)'",
                    offset: signToken.offset))
        }
        let hoursToken = tokens[cursor]
        var hours = value
        var minutes = 0
        if hoursToken.digits == 4 {
            hours = value / 100
            minutes = value % 100
        } else if hoursToken.digits > 2 {
            return .failure(
                TimestampError(
                    .timestampUnknownZone, "'\(hoursToken.text)' is not an offset: write +HH:MM, such as +02:00",
                    offset: hoursToken.offset, length: hoursToken.length))
        }
        cursor += 1
        if cursor < tokens.endIndex, tokens[cursor].isSymbol(":"), hoursToken.digits <= 2 {
            cursor += 1
            guard cursor < tokens.endIndex, let value = tokens[cursor].number, tokens[cursor].digits == 2 else {
                return .failure(
                    TimestampError(
                        .timestampUnknownZone, "expected two digits of minutes in the offset",
                        offset: tokens[cursor - 1].offset))
            }
            minutes = value
            cursor += 1
        }
        if cursor < tokens.endIndex {
            return .failure(unexpected(tokens[cursor], after: "the offset"))
        }
        guard hours <= 14, minutes < 60 else {
            return .failure(
                TimestampError(
                    .timestampUnknownZone,
                    "offset \(signToken.text)\(CivilDate.pad(hours, 2)):\(CivilDate.pad(minutes, 2)) is out of "
                        + "range: offsets run from -12:00 to +14:00",
                    offset: signToken.offset, length: tokens[cursor - 1].offset + tokens[cursor - 1].length
                        - signToken.offset))
        }
        return .success(sign * (hours * 3600 + minutes * 60))
    }

    private static func unknownZone(_ token: TimestampToken) -> TimestampError {
        var notes = ["use UTC, an offset such as +02:00, or an IANA name such as Europe/Berlin"]
        let candidates = Array(TimeZoneAbbreviations.offsets.keys) + TimeZone.knownTimeZoneIdentifiers
        if let suggestion = SpellingCorrector.suggestion(for: token.text, among: candidates.sorted()) {
            notes.insert("did you mean '\(suggestion)'?", at: 0)
        }
        return TimestampError(
            .timestampUnknownZone, "unknown time zone '\(token.text)'", notes: notes, offset: token.offset,
            length: token.length)
    }

    static func unexpected(_ token: TimestampToken, after what: String) -> TimestampError {
        TimestampError(
            .timestampInvalid, "unexpected '\(token.text)' after \(what)", offset: token.offset, length: token.length)
    }
}
