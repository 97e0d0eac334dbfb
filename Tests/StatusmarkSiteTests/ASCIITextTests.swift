import Foundation
import StatusmarkCore
import Testing

@testable import StatusmarkSite

/// Dates and clocks written byte by byte read as string interpolation wrote them.
@Suite struct ASCIITextTests {
    @Test func numbersArePaddedAsCivilDatePadsThem() {
        for value in [0, 7, 42, 999, 2025, 12_345, -5, -2025, Int.max, Int.min] {
            for width in [1, 2, 4, 6] {
                let text = ASCIIText.make(capacity: ASCIIText.length(of: value, width: width)) { $0.append(value, width: width) }
                #expect(text == CivilDate.pad(value, width), "\(value) to \(width)")
            }
        }
    }

    /// Instants over the years 1 to 20000, in zones from UTC-12 to UTC+14 with odd minutes: the written forms
    /// are those that interpolation gives.
    @Test func instantsAreWrittenAsInterpolationWritesThem() {
        var random = SeededGenerator(seed: 21)
        for _ in 0..<2_000 {
            let seconds = Int.random(in: -62_135_596_800...568_971_820_800, using: &random)
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let offset = Int.random(in: -12 * 60...14 * 60, using: &random) * 60
            let local = seconds + offset
            let day = CivilDate(daysSinceEpoch: floorDivide(local, 86_400))
            let second = local - day.daysSinceEpoch * 86_400
            let clock = "\(CivilDate.pad(second / 3600, 2)):\(CivilDate.pad(second % 3600 / 60, 2)):\(CivilDate.pad(second % 60, 2))"
            let utcDay = CivilDate(daysSinceEpoch: floorDivide(seconds, 86_400))
            let utcSecond = seconds - utcDay.daysSinceEpoch * 86_400
            let utcClock = "\(CivilDate.pad(utcSecond / 3600, 2)):\(CivilDate.pad(utcSecond % 3600 / 60, 2)):\(CivilDate.pad(utcSecond % 60, 2))"
            #expect(InstantFormat.rfc3339(date) == "\(utcDay)T\(utcClock)Z")
            let minutes = abs(offset) / 60
            let suffix = offset == 0
                ? "Z" : "\(offset < 0 ? "-" : "+")\(CivilDate.pad(minutes / 60, 2)):\(CivilDate.pad(minutes % 60, 2))"
            #expect(InstantFormat.statuspage(date, zone: .fixed(offsetSeconds: offset)) == "\(day)T\(clock).000\(suffix)")
            let formatting = DisplayFormatting(zone: .fixed(offsetSeconds: offset))
            let time = formatting.time(date)
            #expect(time.day == "\(day.day) \(CivilDate.monthName(day.month).prefix(3)) \(day.year)")
            #expect(time.clock == "\(clock.prefix(5)) \(DisplayFormatting.zoneName(offset))")
        }
    }
}
