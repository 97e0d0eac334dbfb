@testable import StatusmarkSite
import Testing

/// The theme's escaper writes what Mustache's own HTML escape writes, byte for byte, so the golden pages are the
/// same with either; it also escapes a `<` that a combining mark follows, which a character-by-character escape
/// reads as another character and lets through.
@Suite struct HTMLEscaperTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("", ""),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("Tom & \"Jerry\"", "Tom &amp; &quot;Jerry&quot;"),
        ("Café — naïve ✓ 🚀 <b>", "Café — naïve ✓ 🚀 &lt;b&gt;"),
        ("&amp;", "&amp;amp;"),
        ("<\u{338}", "&lt;\u{338}"),
    ])
    func escapesTheFiveCharacters(text: String, escaped: String) {
        #expect(HTMLEscaper.escape(text) == escaped)
    }
}
