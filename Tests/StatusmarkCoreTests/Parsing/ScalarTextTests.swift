@testable import StatusmarkCore
import Testing

@Suite struct ScalarTextTests {
    /// Offsets count scalars, and a range comes back whole, whatever the scalars' byte lengths.
    @Test func rangesAreCutAtScalarOffsets() {
        let text = ScalarText("Café — 07:58 🚀 UTC")
        #expect(text.count == 18)
        #expect(text[3] == "é")
        #expect(text.string(0..<4) == "Café")
        #expect(text.string(5..<6) == "—")
        #expect(text.string(7..<12) == "07:58")
        #expect(text.string(13..<14) == "🚀")
        #expect(text.string(15..<18) == "UTC")
        #expect(text.string(18..<18) == "")
    }
}
