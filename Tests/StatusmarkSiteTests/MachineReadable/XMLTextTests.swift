import Testing
@testable import StatusmarkSite

/// Text in feeds, the sitemap and badges: the five XML entities, and no character XML 1.0 forbids.
@Suite struct XMLTextTests {
    @Test(arguments: [
        ("plain text stays as it is", "plain text stays as it is"),
        ("<b>\"Tom\" & 'Jerry'</b>", "&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;"),
        ("tab\tline\ncarriage\r", "tab\tline\ncarriage\r"),
        ("bell\u{07}escape\u{1B}nul\u{0}", "bellescapenul"),
        ("café — 🚀 & ü", "café — 🚀 &amp; ü"),
        ("not a character: \u{FFFE}\u{FFFF}, but U+FFFD is: \u{FFFD} <", "not a character: , but U+FFFD is: \u{FFFD} &lt;"),
    ])
    func escapesEntitiesAndDropsWhatXMLForbids(text: String, escaped: String) {
        #expect(XMLText.escape(text) == escaped)
    }
}
