import Testing
@testable import StatusmarkCore

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("We are **looking** into it.\nMore soon.", "We are looking into it. More soon."),
        ("One.\n\nTwo.", "One.\n\nTwo."),
        ("Steps:\n\n- first\n- second *step*\n\n1. a\n2. b", "Steps:\n\n- first\n- second step\n\n1. a\n2. b"),
        ("See [the runbook](https://x.example/r) or <https://x.example/s>.", "See the runbook (https://x.example/r) or https://x.example/s."),
        ("> quoted\n> text\n\nafter", "> quoted text\n\nafter"),
        ("```\nlet x = 1\n```", "let x = 1"),
        ("Run `make` now.  \nThen wait.", "Run make now.\nThen wait."),
        ("![a graph](g.png) shows it", "a graph shows it"),
        ("<b>raw</b> html", "<b>raw</b> html"),
        ("", ""),
    ])
    func plainText(markdown: String, plain: String) {
        #expect(MarkdownText.plain(markdown) == plain)
    }
}
