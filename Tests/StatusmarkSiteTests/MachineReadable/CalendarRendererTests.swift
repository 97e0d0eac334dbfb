import Foundation
@testable import StatusmarkSite
import Testing

/// RFC 5545's text escaping and line folding, which calendar apps enforce strictly.
@Suite struct CalendarRendererTests {
    @Test func textEscapesBackslashSemicolonCommaAndNewlines() {
        #expect(CalendarRenderer.text("a\\b; c, d\r\ne") == #"a\\b\; c\, d\ne"#)
    }

    @Test func shortLinesAreLeftAlone() {
        let line = "SUMMARY:" + String(repeating: "x", count: 67)
        #expect(line.utf8.count == 75)
        #expect(CalendarRenderer.fold(line) == line)
    }

    @Test func longLinesFoldAt75OctetsWithALeadingSpace() {
        let line = "DESCRIPTION:" + String(repeating: "a", count: 150)
        let folded = CalendarRenderer.fold(line).components(separatedBy: "\r\n")
        #expect(folded.map(\.utf8.count) == [75, 75, 14])
        #expect(folded[1].hasPrefix(" ") && folded[2].hasPrefix(" "))
        #expect(folded.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test func foldingNeverSplitsAMultiByteCharacter() {
        // 12 octets of name, then 2-octet characters: the 75th octet would fall inside one.
        let line = "DESCRIPTION:" + String(repeating: "é", count: 40)
        let folded = CalendarRenderer.fold(line).components(separatedBy: "\r\n")
        #expect(folded.map(\.utf8.count) == [74, 19])
        #expect(folded.allSatisfy { String(validating: Array($0.utf8), as: UTF8.self) != nil })
    }
}
