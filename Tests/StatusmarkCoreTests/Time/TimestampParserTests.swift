import Foundation
import Testing
@testable import StatusmarkCore

@Suite struct TimestampParserTests {
    static let utc = TimestampParser(defaultZone: .utc)

    struct Accepted: CustomTestStringConvertible, Sendable {
        var text: String
        var previous: String?
        var zone: String = "UTC"
        var expected: String
        var testDescription: String { "\(text) → \(expected)" }
    }

    static let accepted: [Accepted] = [
        Accepted(text: "2025-07-16 07:58 UTC", expected: "2025-07-16T07:58:00Z"),
        Accepted(text: "2025-07-16T07:58:00Z", expected: "2025-07-16T07:58:00Z"),
        Accepted(text: "2025-07-16T09:58+02:00", expected: "2025-07-16T07:58:00Z"),
        Accepted(text: "2025-07-16 09:58:30 +0200", expected: "2025-07-16T07:58:30Z"),
        Accepted(text: "2025-07-16 07:58 UTC+2", expected: "2025-07-16T05:58:00Z"),
        Accepted(text: "2025-07-16 07:58 GMT-05:30", expected: "2025-07-16T13:28:00Z"),
        Accepted(text: "Jul 16, 2025 07:58 AM UTC", expected: "2025-07-16T07:58:00Z"),
        Accepted(text: "Jul 16, 2025, 7:58 PM UTC", expected: "2025-07-16T19:58:00Z"),
        Accepted(text: "16 July 2025 07:58 GMT", expected: "2025-07-16T07:58:00Z"),
        Accepted(text: "16th July 2025 07:58 UTC", expected: "2025-07-16T07:58:00Z"),
        Accepted(text: "Wed, 16 Jul 2025 07:58:00 +0000", expected: "2025-07-16T07:58:00Z"),
        Accepted(text: "Sep 18, 2025 - 12:30 CEST", expected: "2025-09-18T10:30:00Z"),
        Accepted(text: "2025-07-16 at 07:58 EDT", expected: "2025-07-16T11:58:00Z"),
        Accepted(text: "2025-07-16 07:58 PDT", expected: "2025-07-16T14:58:00Z"),
        Accepted(text: "2025-07-16 07:58 a.m. UTC", expected: "2025-07-16T07:58:00Z"),
        Accepted(text: "2025-07-16 12:00 PM UTC", expected: "2025-07-16T12:00:00Z"),
        Accepted(text: "2023-11-26 12:00 AM GMT", expected: "2023-11-26T00:00:00Z"),
        Accepted(text: "2024-02-29 10:00 UTC", expected: "2024-02-29T10:00:00Z"),
        Accepted(text: "2025-07-16 09:58 Europe/Berlin", expected: "2025-07-16T07:58:00Z"),
        Accepted(text: "2025-01-16 09:58 Europe/Berlin", expected: "2025-01-16T08:58:00Z"),
        Accepted(text: "2025-07-16 07:58", zone: "Europe/Berlin", expected: "2025-07-16T05:58:00Z"),
        Accepted(text: "2025-07-16 07:58", zone: "+05:30", expected: "2025-07-16T02:28:00Z"),
        Accepted(text: "2025-10-26 02:30 +01:00", zone: "Europe/Berlin", expected: "2025-10-26T01:30:00Z"),
        // A time alone takes the date of the timestamp before it, in its own zone.
        Accepted(text: "07:59", previous: "2025-07-16T07:58:00Z", expected: "2025-07-16T07:59:00Z"),
        Accepted(text: "12:30 PM", previous: "2023-11-26T00:00:00Z", expected: "2023-11-26T12:30:00Z"),
        Accepted(text: "01:30 CEST", previous: "2025-07-16T23:30:00Z", expected: "2025-07-16T23:30:00Z"),
        Accepted(text: "11:55 CEST", previous: "2025-09-18T10:30:00Z", expected: "2025-09-18T09:55:00Z"),
    ]

    @Test(arguments: accepted)
    func readsTimestamp(_ example: Accepted) throws {
        let zone = try #require(ZoneReference(identifier: example.zone))
        let parser = TimestampParser(defaultZone: zone)
        let parsed = try parser.parse(example.text, dateFrom: example.previous.map(date)).get()
        #expect(iso(parsed.date) == example.expected)
        #expect(parsed.hasDate == (example.previous == nil))
    }

    struct Rejected: CustomTestStringConvertible, Sendable {
        var text: String
        var previous: String?
        var code: DiagnosticCode
        var message: String
        var offset: Int
        var length: Int
        var testDescription: String { text }
    }

    static let rejected: [Rejected] = [
        Rejected(
            text: "2024-03-04 13:00 PM GMT", code: .timestampMeridiem,
            message: "'13:00 PM' mixes the 24-hour and 12-hour clocks: PM hours run from 1 to 12", offset: 11,
            length: 8),
        Rejected(
            text: "00:30 AM", previous: "2025-07-16T00:00:00Z", code: .timestampMeridiem,
            message: "'00:30 AM': the 12-hour clock has no hour 0", offset: 0, length: 8),
        Rejected(
            text: "2025-07-16 07:58 IST", code: .timestampAmbiguousZone,
            message: "'IST' is ambiguous: it can mean India (+05:30), Ireland (+01:00) or Israel (+02:00)",
            offset: 17, length: 3),
        Rejected(
            text: "2025-07-16 07:58 XYZ", code: .timestampUnknownZone, message: "unknown time zone 'XYZ'", offset: 17,
            length: 3),
        Rejected(
            text: "2025-02-29 10:00", code: .timestampInvalidDate,
            message: "2025-02-29 is not a date: February 2025 has 28 days", offset: 0, length: 10),
        Rejected(
            text: "2025-13-01 10:00", code: .timestampInvalidDate,
            message: "2025-13-01 is not a date: there is no month 13", offset: 0, length: 10),
        Rejected(
            text: "07:58", code: .timestampMissingDate,
            message: "'07:58' has no date, and there is no timestamp before it to take one from", offset: 0,
            length: 5),
        Rejected(
            text: "2025-03-30 02:30 Europe/Berlin", code: .timestampNonexistentLocalTime,
            message: "2025-03-30 02:30 does not exist in Europe/Berlin: the clocks jumped forward that night",
            offset: 11, length: 5),
        Rejected(
            text: "2025-10-26 02:30 Europe/Berlin", code: .timestampAmbiguousLocalTime,
            message: "2025-10-26 02:30 happened twice in Europe/Berlin: the clocks went back that night", offset: 11,
            length: 5),
        Rejected(
            text: "2025-07-16 25:00", code: .timestampInvalid,
            message: "'25:00' is not a time of day: hours run from 00 to 23 and minutes and seconds from 00 to 59",
            offset: 11, length: 5),
        Rejected(
            text: "2025-07-16", code: .timestampInvalid, message: "expected a time (HH:MM) after the date", offset: 8,
            length: 2),
        Rejected(
            text: "yesterday afternoon", code: .timestampInvalid,
            message: "expected a time such as 2025-07-16 07:58 UTC, found 'yesterday afternoon'", offset: 0,
            length: 9),
        Rejected(
            text: "2025-07-16 07:58 UTC sharp", code: .timestampInvalid,
            message: "unexpected 'sharp' after the time zone", offset: 21, length: 5),
        Rejected(
            text: "2025-07-16 07:58 +15:00", code: .timestampUnknownZone,
            message: "offset +15:00 is out of range: offsets run from -12:00 to +14:00", offset: 17, length: 6),
    ]

    @Test(arguments: rejected)
    func rejectsTimestampWithItsReason(_ example: Rejected) {
        let result = Self.utc.parse(example.text, dateFrom: example.previous.map(date))
        guard case .failure(let error) = result else {
            Issue.record("accepted \(example.text)")
            return
        }
        #expect(error.code == example.code)
        #expect(error.message == example.message)
        #expect(error.offset == example.offset)
        #expect(error.length == example.length)
    }

    @Test func meridiemErrorSuggestsBothClocks() throws {
        guard case .failure(let error) = Self.utc.parse("13:00 PM GMT", dateFrom: date("2024-03-04T12:00:00Z"))
        else { throw TestFailure() }
        #expect(error.notes == ["write '13:00' or '1:00 PM'"])
    }

    @Test func dateOnlyIsStartOfDayInDefaultZoneWhenAllowed() throws {
        let berlin = TimestampParser(defaultZone: try #require(ZoneReference(identifier: "Europe/Berlin")))
        let parsed = try berlin.parse("2025-07-16", allowingDateOnly: true).get()
        #expect(iso(parsed.date) == "2025-07-15T22:00:00Z")
    }
}

struct TestFailure: Error {
    /// The byte-level reading of the common form gives what the token reading gives, for every text: generated
    /// dates and times in and out of range (month 13, 30 February, 24:00, 23:60, year 1969), with and without
    /// seconds, `T` or a space, ` UTC`, `Z`, no zone or another one, in zones with summer time whose skipped
    /// and repeated local times the token reading reports. A text it does not take goes to the token reading,
    /// so both readings must agree on every success too.
    @Test func theCommonFormReadsAsTheTokensDo() throws {
        let parsers = try ["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"].map { zone in
            TimestampParser(defaultZone: try #require(ZoneReference(identifier: zone)))
        }
        var random = SeededGenerator(seed: 17)
        func pick(_ values: [Int], width: Int) -> String {
            let value = values.randomElement(using: &random)!
            return String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        var fast = 0
        for _ in 0..<2_000 {
            let date = pick([1969, 1970, 2000, 2024, 2025, 2999, 3000], width: 4) + "-" + pick([0, 1, 2, 3, 10, 11, 12, 13], width: 2)
                + "-" + pick([0, 1, 28, 29, 30, 31, 32], width: 2)
            let separator = [" ", "T", "  ", "t"].randomElement(using: &random)!
            var time = pick([0, 1, 2, 3, 9, 23, 24], width: 2) + ":" + pick([0, 30, 59, 60], width: 2)
            if Bool.random(using: &random) { time += ":" + pick([0, 7, 59, 60], width: 2) }
            let zone = ["", " UTC", "Z", " Z", " utc", " CEST", " +02:00", "+0200", " UTC+2", "Zx"].randomElement(using: &random)!
            // Dates in spring and autumn around the changes, too.
            let text = Bool.random(using: &random)
                ? date + separator + time + zone
                : ["2025-03-30", "2025-10-26", "2025-03-09", "2025-11-02", "2025-04-06", "2025-10-05"].randomElement(using: &random)!
                    + separator + pick([0, 1, 2, 3], width: 2) + ":" + pick([0, 15, 30, 45], width: 2) + zone
            for parser in parsers {
                if parser.parseCanonical(text) != nil { fast += 1 }
                #expect(parser.parse(text) == parser.parseTokens(text), "\(text) in \(parser.defaultZone.label)")
            }
        }
        // The fast reading takes a good share of them, so the comparison is not only of the fallback.
        #expect(fast > 600)
    }
}
