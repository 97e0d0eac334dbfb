import Testing
@testable import StatusmarkCore

/// Headings and timeline entries are split at their leftmost separator that leaves text on both sides.
@Suite struct SeparatedTextTests {
    @Test func theLeftmostSeparatorSplits() throws {
        let split = try #require(SeparatedText.first("Identified — 2025-07-16 07:58 UTC", allowingColon: false))
        #expect(split.head == "Identified")
        #expect(split.headOffset == 0)
        #expect(split.tail == "2025-07-16 07:58 UTC")
        #expect(split.tailOffset == 13)
    }

    @Test func aSeparatorWithNothingBeforeItIsPassedOver() throws {
        let split = try #require(SeparatedText.first("— Identified - 07:58 at noon", allowingColon: false))
        #expect(split.head == "— Identified")
        #expect(split.tail == "07:58 at noon")
        #expect(split.tailOffset == 15)
        #expect(SeparatedText.first("— ", allowingColon: false) == nil)
    }

    @Test func aColonSplitsOnlyWhereAllowedAndFollowedBySpace() throws {
        let split = try #require(SeparatedText.first("12:30 PM GMT: Mitigated", allowingColon: true))
        #expect(split.head == "12:30 PM GMT")
        #expect(split.tail == "Mitigated")
        #expect(SeparatedText.first("12:30 PM GMT: Mitigated", allowingColon: false) == nil)
    }

    @Test func everySplitIsListedLeftmostFirst() {
        let heads = SeparatedText.candidates("a | b @ c", allowingColon: false).map(\.head)
        #expect(heads == ["a", "a | b"])
    }

    @Test func aSeparatorPastTheHeadLengthIsNotLookedFor() {
        let long = String(repeating: "x", count: SeparatedText.maximumHeadLength) + " — y"
        #expect(SeparatedText.first(long, allowingColon: false) == nil)
        let inside = String(repeating: "x", count: SeparatedText.maximumHeadLength - 2) + " — y"
        #expect(SeparatedText.first(inside, allowingColon: false)?.tail == "y")
    }
}
