import Foundation
import StatusmarkCore
import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// Titles, names and bodies full of HTML and script come out inert: template values are escaped, and Markdown
/// is rendered by libcmark in safe mode unless the site opts out with `unsafe_html: true`.
@Suite struct EscapingTests {
    static let configuration = """
        title: "<script>alert('site')</script> Status"
        base_url: https://status.test
        description: "\\"quoted\\" & <b>bold</b>"
        components:
          - name: "<img src=x onerror=alert(1)>"
            id: evil

        """
    static let incident = """
        ---
        title: "<script>alert(1)</script> & \\"quotes\\" 'single'"
        components:
          evil: major outage
        started: 2025-03-10 10:00 UTC
        ---
        <script>alert('body')</script>

        <img src=x onerror="alert(2)">

        [click me](javascript:alert(3)) and <a href="javascript:alert(4)">raw</a>

        ## Investigating — 2025-03-10 10:05 UTC
        <iframe src="https://evil.test/"></iframe>

        **bold** `<code>`

        """

    func build(unsafeHTML: Bool) async throws -> BuildResult {
        let site = try makeSite(
            configuration: Self.configuration + (unsafeHTML ? "unsafe_html: true\n" : ""),
            incidents: ["2025-03-10-evil.md": Self.incident])
        return try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url)
    }

    @Test func htmlAndScriptInEveryFieldComeOutInert() async throws {
        let result = try await build(unsafeHTML: false)
        #expect(result.diagnostics.isEmpty)
        let pages = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.map(\.path) == [
            "404.html", "components/evil/index.html", "embed/index.html", "history/index.html",
            "incidents/2025-03-10-evil/index.html", "index.html",
        ])
        for page in pages {
            let html = String(decoding: page.bytes, as: UTF8.self)
            // Escaped text may spell "onerror=", but no tag can carry it.
            for dangerous in ["<script>alert", "<img", "javascript:", "<iframe", "<b>", "<a href=\"javascript"] {
                #expect(!html.contains(dangerous), "\(page.path) contains \(dangerous)")
            }
            // The theme's own scripts are the only script elements: the history page's search script besides the
            // one every page has; the embed page, for an <iframe>, has none.
            let scripts = ["embed/index.html": 0, "history/index.html": 2][page.path] ?? 1
            #expect(html.components(separatedBy: "<script").count == scripts + 1, "\(page.path)")
        }
        let page = text(of: "incidents/2025-03-10-evil/index.html", in: result)
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;</h1>"))
        #expect(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39; · &lt;script&gt;alert(&#39;site&#39;)&lt;/script&gt; Status</title>"))
        #expect(page.contains("<a href=\"/components/evil/\">&lt;img src=x onerror=alert(1)&gt;</a>"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
        #expect(page.contains("<a href=\"\">click me</a>"))
        #expect(page.contains("<p><strong>bold</strong> <code>&lt;code&gt;</code></p>"))
        #expect(text(of: "index.html", in: result).contains(
            "<meta name=\"description\" content=\"&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;\">"))
    }

    @Test func unsafeHTMLLetsRawHTMLThroughButStillEscapesValues() async throws {
        let page = await text(of: "incidents/2025-03-10-evil/index.html", in: try build(unsafeHTML: true))
        #expect(page.contains("<iframe src=\"https://evil.test/\"></iframe>"))
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    /// NUL, ESC, BEL and U+FFFE, through YAML escapes in the title and component name and as raw bytes in the
    /// body, are removed before anything is rendered: no page, feed, API file or calendar carries them.
    @Test func controlCharactersReachNoOutputFile() async throws {
        let site = try makeSite(
            configuration: """
                title: "Status \\e[31m"
                base_url: https://status.test
                components:
                  - name: "API\\a"
                    id: api

                """,
            incidents: [
                "2025-03-10-bytes.md": """
                    ---
                    title: "Down \\e[2J\\a\\0\\uFFFE now"
                    components:
                      api: major outage
                    started: 2025-03-10 10:00 UTC
                    ---
                    Summary \u{1B}]0;x\u{7}.

                    ## Investigating — 2025-03-10 10:05 UTC
                    Looking \u{1B}[31mred\u{0} \u{FFFE}\u{85}here.

                    ## Postmortem — 2025-03-11 10:00 UTC
                    ### Timeline
                    - 2025-03-10 10:00 UTC — Began \u{7}ringing.

                    """
            ])
        let result = try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url)
        #expect(result.diagnostics.isEmpty)
        let removed: Set<UInt32> = [0x0, 0x7, 0x1B, 0x85, 0xFFFE]
        #expect(result.files.count > 20)
        for file in result.files where !file.path.hasSuffix(".png") {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(!text.unicodeScalars.contains { removed.contains($0.value) }, "\(file.path)")
        }
        let page = text(of: "incidents/2025-03-10-bytes/index.html", in: result)
        #expect(page.contains("Down [2J now"))
        // libcmark replaces NUL with U+FFFD, as CommonMark says.
        #expect(page.contains("Looking [31mred\u{FFFD} here."))
        #expect(page.contains("Began ringing."))
        #expect(text(of: "index.html", in: result).contains("Status [31m"))
    }
}
