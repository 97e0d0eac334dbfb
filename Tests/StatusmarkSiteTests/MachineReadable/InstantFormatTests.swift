import Foundation
import StatusmarkCore
@testable import StatusmarkSite
import Testing

/// Instants in each machine-readable form, worked out by hand.
@Suite struct InstantFormatTests {
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", "Thu, 01 Jan 1970 00:00:00 +0000"),
        ("2024-02-29T23:59:59Z", "Thu, 29 Feb 2024 23:59:59 +0000"),
        ("2025-03-10T11:20:00Z", "Mon, 10 Mar 2025 11:20:00 +0000"),
        ("1969-12-31T12:00:00Z", "Wed, 31 Dec 1969 12:00:00 +0000"),
    ])
    func rssDatesNameTheRightWeekday(iso: String, expected: String) {
        #expect(InstantFormat.rfc822(instant(iso)) == expected)
        #expect(InstantFormat.rfc3339(instant(iso)) == iso)
    }

    @Test func iCalendarTimesAreBasicFormatInUTC() {
        #expect(InstantFormat.iCalendar(instant("2025-09-23T02:00:00Z")) == "20250923T020000Z")
    }

    @Test func statuspageTimesCarryMillisecondsAndTheZoneOffset() throws {
        let date = instant("2025-07-16T07:58:00Z")
        #expect(InstantFormat.statuspage(date, zone: .utc) == "2025-07-16T07:58:00.000Z")
        #expect(InstantFormat.statuspage(date, zone: .fixed(offsetSeconds: 19_800)) == "2025-07-16T13:28:00.000+05:30")
        #expect(InstantFormat.statuspage(date, zone: .fixed(offsetSeconds: -10_800)) == "2025-07-16T04:58:00.000-03:00")
        let berlin = try #require(ZoneReference(identifier: "Europe/Berlin"))
        #expect(InstantFormat.statuspage(date, zone: berlin) == "2025-07-16T09:58:00.000+02:00")
        #expect(InstantFormat.statuspage(instant("2025-01-16T07:58:00Z"), zone: berlin) == "2025-01-16T08:58:00.000+01:00")
        #expect(CivilDate(instant("2025-07-16T23:30:00Z"), in: berlin).description == "2025-07-17")
    }
}
