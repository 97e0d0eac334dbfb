import Foundation
import StatusmarkCore
import Testing
@testable import StatusmarkSite

/// The search index's heads are written by ``CompactJSON``: every string, control characters, quotes,
/// backslashes, slashes and non-ASCII among them, must come out as `JSONEncoder` writes it.
@Suite struct CompactJSONTests {
    @Test func writesWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var pieces = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        pieces += ["\"", "\\", "/", "a", "Z", " ", "\u{7F}", "é", "障", "\u{2028}", "\u{FEFF}", "😀", "</script>"]
        var random = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in
                pieces.randomElement(using: &random)!
            }.joined()
            let numbers = (0..<Int.random(in: 0...4, using: &random)).map { _ in Int.random(in: -5...1_000, using: &random) }
            var bytes: [UInt8] = []
            CompactJSON.append(text, to: &bytes)
            #expect(bytes == Array(try encoder.encode(text)), Comment(rawValue: text.debugDescription))
            bytes = []
            CompactJSON.append(numbers, to: &bytes)
            #expect(bytes == Array(try encoder.encode(numbers)))
        }
    }
}
