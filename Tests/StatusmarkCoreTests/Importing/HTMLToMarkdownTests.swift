import Testing
@testable import StatusmarkCore

/// Statuspage bodies: simple HTML becomes Markdown, anything else stays visible as text.
@Suite struct HTMLToMarkdownTests {
    @Test func simpleHTMLBecomesMarkdown() {
        #expect(
            HTMLToMarkdown.convert(#"<p>See <a href="https://x.test/a">the <b>docs</b></a>.<br>Thanks &amp; sorry.</p>"#)
                == "See [the **docs**](https://x.test/a).\\\nThanks & sorry.")
        #expect(HTMLToMarkdown.convert("<ul><li>one</li><li>two</li></ul>") == "- one\n- two")
    }

    @Test func otherTagsStayVisibleAndSectionHeadingsAreEscaped() {
        #expect(HTMLToMarkdown.convert("<table><tr><td>x</td></tr></table>") == "&lt;table>&lt;tr>&lt;td>x&lt;/td>&lt;/tr>&lt;/table>")
        #expect(HTMLToMarkdown.convert("## Resolved — 10:00\n### Details\n#hashtag") == "\\## Resolved — 10:00\n### Details\n#hashtag")
    }

    /// A single `<br>` stays a line break: a hard break in Markdown, rendered as `<br />`, not a soft one that
    /// reads as a space.
    @Test func aLineBreakStaysALineBreak() throws {
        #expect(HTMLToMarkdown.convert("one<br>two<BR/>three<br />") == "one\\\ntwo\\\nthree")
        #expect(HTMLToMarkdown.convert("<p>end<br></p><p>next</p>") == "end\n\n\nnext")
        let text = "---\ntitle: t\n---\n## Investigating — 2025-07-16 10:00 UTC\n" + HTMLToMarkdown.convert("We are on it.<br>More soon.") + "\n"
        let update = try #require(parseIncident(text).incident?.updates.first)
        #expect(update.html == "<p>We are on it.<br />\nMore soon.</p>\n")
    }
}
