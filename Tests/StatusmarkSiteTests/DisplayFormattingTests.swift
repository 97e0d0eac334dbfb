import Foundation
import StatusmarkCore
@testable import StatusmarkSite
import Testing

@Suite struct DisplayFormattingTests {
    @Test(arguments: [
        (0, "under 1 min"), (59, "under 1 min"), (60, "1 min"), (3_599, "59 min"), (3_600, "1 h"),
        (3_660, "1 h 1 min"), (86_399, "23 h 59 min"), (86_400, "1 d"), (90_000, "1 d 1 h"), (-5, "under 1 min"),
    ])
    func durationIsShortAndRoundsDown(seconds: Int, expected: String) {
        #expect(DisplayFormatting(zone: .utc).duration(seconds) == expected)
    }

    @Test func timesAreWrittenInTheSiteZoneWithAnOffsetName() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let formatting = DisplayFormatting(zone: .region(berlin))
        // 2025-09-18 08:04 UTC is 10:04 in Berlin's summer time.
        let summer = formatting.time(Date(timeIntervalSince1970: 1_758_182_640))
        #expect(summer.iso == "2025-09-18T08:04:00Z")
        #expect(summer.text == "18 Sep 2025, 10:04 UTC+2")
        let winter = formatting.time(Date(timeIntervalSince1970: 1_735_689_599))
        #expect(winter.text == "1 Jan 2025, 00:59 UTC+1")
        let india = DisplayFormatting(zone: .fixed(offsetSeconds: 19_800)).time(Date(timeIntervalSince1970: 0))
        #expect(india.text == "1 Jan 1970, 05:30 UTC+5:30")
        let west = DisplayFormatting(zone: .fixed(offsetSeconds: -3_600)).time(Date(timeIntervalSince1970: 0))
        #expect(west.text == "31 Dec 1969, 23:00 UTC-1")
    }
}
