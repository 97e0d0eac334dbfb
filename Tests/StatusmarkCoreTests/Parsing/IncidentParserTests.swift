import Foundation
import Testing
@testable import StatusmarkCore

@Suite struct IncidentParserTests {
    static let justCall = """
        ---
        title: Credits deducted several times over
        components:
          API: partial outage
          Website: degraded performance
        started: 2025-07-11 12:00 UTC
        ended: 2025-07-11 12:30 UTC
        ---
        Some customers were charged **more** than they used.

        ## Identified — 2025-07-16 07:58 UTC
        We found the problem.

        ## Monitoring — 07:59
        A fix is out.

        ## Resolved — 07:59
        Resolved.

        ## Postmortem — 2025-07-16 08:23 UTC
        ### Timeline
        - 2025-07-11 12:00 UTC — Detected: balance alerts
        - 12:30 UTC — **Mitigated**: circuit breaker on
        - 12:31 UTC: Resolved — cache flushed

        ### Root cause
        Cache keys were reused.
        """

    @Test func readsFrontMatterUpdatesAndPostmortem() throws {
        let (incident, diagnostics) = parseIncident(Self.justCall, name: "2025-07-11-deductions.md")
        #expect(diagnostics == [])
        let parsed = try #require(incident)
        #expect(parsed.slug == "2025-07-11-deductions")
        #expect(parsed.title == "Credits deducted several times over")
        #expect(
            parsed.impacts == [
                ComponentImpact(componentID: "api", level: .partialOutage),
                ComponentImpact(componentID: "website", level: .degradedPerformance),
            ])
        #expect(parsed.started.map(iso) == "2025-07-11T12:00:00Z")
        #expect(parsed.ended.map(iso) == "2025-07-11T12:30:00Z")
        #expect(parsed.summaryMarkdown == "Some customers were charged **more** than they used.")
        #expect(parsed.summaryHTML == "<p>Some customers were charged <strong>more</strong> than they used.</p>\n")
        #expect(parsed.updates.map(\.status) == [.identified, .monitoring, .resolved])
        #expect(parsed.updates.map { iso($0.date) } == ["2025-07-16T07:58:00Z", "2025-07-16T07:59:00Z", "2025-07-16T07:59:00Z"])
        #expect(parsed.updates[0].markdown == "We found the problem.")
        #expect(parsed.updates[0].html == "<p>We found the problem.</p>\n")
        #expect(parsed.updates[0].location == SourceLocation(path: "incidents/2025-07-11-deductions.md", line: 11, column: 17, length: 20))
        #expect(!parsed.isNewestFirst)
    }

    @Test func readsTimelineEventsWithMilestonesAndInlineHTML() throws {
        let postmortem = try #require(parseIncident(Self.justCall).incident?.postmortem)
        #expect(iso(postmortem.date) == "2025-07-16T08:23:00Z")
        #expect(postmortem.timeline.map { iso($0.date) } == ["2025-07-11T12:00:00Z", "2025-07-11T12:30:00Z", "2025-07-11T12:31:00Z"])
        #expect(postmortem.timeline.map(\.milestone) == [.detected, .mitigated, .resolved])
        #expect(postmortem.timeline.map(\.text) == ["Detected: balance alerts", "Mitigated: circuit breaker on", "Resolved — cache flushed"])
        #expect(postmortem.timeline[1].html == "<strong>Mitigated</strong>: circuit breaker on")
        #expect(postmortem.timeline[2].html == "Resolved — cache flushed")
        #expect(postmortem.timeline[0].location.line == 22)
        #expect(postmortem.timeline[0].location.column == 3)
        // The postmortem's own HTML keeps its list as written, rendered before the events were read.
        #expect(postmortem.html.contains("<li>12:30 UTC — <strong>Mitigated</strong>: circuit breaker on</li>"))
        #expect(postmortem.html.contains("<h3>Root cause</h3>"))
    }

    @Test func looseTimelineListItemsRenderWithoutParagraphTags() throws {
        let text = """
            ---
            title: t
            started: 2025-07-11 12:00 UTC
            ---
            ## Resolved — 2025-07-11 13:00 UTC
            ## Postmortem — 2025-07-12 08:00 UTC
            ### Timeline
            - 12:00 UTC — Detected: *alerts*

            - 12:30 UTC — Mitigated [rollback](https://example.com/r)

              Second paragraph.
            """
        let timeline = try #require(parseIncident(text).incident?.postmortem?.timeline)
        #expect(timeline.map(\.html) == [
            "Detected: <em>alerts</em>",
            "Mitigated <a href=\"https://example.com/r\">rollback</a><p>Second paragraph.</p>\n",
        ])
    }

    @Test func newestFirstFilesGiveUpdatesOldestFirst() throws {
        let text = """
            ---
            title: Credit errors
            ---
            ## Resolved — 2025-09-18 11:55 CEST
            Fixed.

            ## Identified — 11:30 CEST
            Rolling back.

            ## Investigating — 11:15 CEST
            Looking.
            """
        let (incident, diagnostics) = parseIncident(text)
        #expect(diagnostics == [])
        let parsed = try #require(incident)
        #expect(parsed.isNewestFirst)
        #expect(parsed.updates.map(\.status) == [.investigating, .identified, .resolved])
        #expect(parsed.updates.map { iso($0.date) } == ["2025-09-18T09:15:00Z", "2025-09-18T09:30:00Z", "2025-09-18T09:55:00Z"])
    }

    /// A postmortem written days later does not pass its date on: the time-only update below it in a
    /// newest-first file takes the date of `started`, not the postmortem's.
    @Test func aLaterPostmortemDoesNotMoveTheUpdatesBelowIt() throws {
        let text = """
            ---
            title: API errors
            started: 2025-03-03 09:10 CET
            ended: 2025-03-03 10:25 CET
            ---
            ## Postmortem — 2025-03-06 15:00 CET
            What happened.

            ## Resolved — 10:30 CET
            Fixed.

            ## Investigating — 09:15 CET
            Looking.
            """
        let (incident, diagnostics) = parseIncident(text)
        #expect(diagnostics == [])
        let parsed = try #require(incident)
        #expect(parsed.updates.map { iso($0.date) } == ["2025-03-03T08:15:00Z", "2025-03-03T09:30:00Z"])
        #expect(parsed.postmortem.map { iso($0.date) } == "2025-03-06T14:00:00Z")
    }

    @Test func withoutStartedAnUpdateBelowAPostmortemNeedsItsOwnDate() throws {
        let text = "---\ntitle: API errors\n---\n## Postmortem — 2025-03-06 15:00 CET\nWhat happened.\n\n## Resolved — 10:30 CET\nFixed.\n"
        let (_, diagnostics) = parseIncident(text)
        #expect(diagnostics.map(\.code) == [.timestampMissingDate])
        #expect(diagnostics.first?.location == SourceLocation(path: "incidents/test.md", line: 7, column: 15, length: 9))
    }

    @Test(arguments: [
        "## Identified — 2025-07-16 07:58 UTC",
        "## Identified – 2025-07-16 07:58 UTC",
        "## Identified - 2025-07-16 07:58 UTC",
        "## Identified · 2025-07-16 07:58 UTC",
        "## Identified | 2025-07-16 07:58 UTC",
        "## Identified @ 2025-07-16 07:58 UTC",
        "## Identified at 2025-07-16 07:58 UTC",
        "## identified (2025-07-16 07:58 UTC)",
        "## IDENTIFIED—2025-07-16T07:58:00Z",
        "Identified — 2025-07-16 07:58 UTC\n---",
    ])
    func acceptsEveryHeadingForm(heading: String) throws {
        let (incident, diagnostics) = parseIncident("---\ntitle: t\n---\n\(heading)\nText.\n")
        #expect(diagnostics == [])
        let update = try #require(incident?.updates.first)
        #expect(update.status == .identified)
        #expect(iso(update.date) == "2025-07-16T07:58:00Z")
    }

    @Test func maintenanceAcceptsItsOwnStatuses() throws {
        let text = scheduledMaintenanceFile + "\nPlanned.\n\n## In progress — 2025-09-23 02:00 UTC\nStarted.\n"
        let (incident, diagnostics) = parseIncident(text)
        #expect(diagnostics == [])
        #expect(incident?.updates.map(\.status) == [.scheduled, .inProgress])
        #expect(incident?.impacts == [ComponentImpact(componentID: "api", level: .underMaintenance)])
    }

    @Test func safeModeRemovesRawHTMLAndScriptLinks() throws {
        let text = """
            ---
            title: t
            ---
            ## Investigating — 2025-07-16 07:58 UTC
            <script>alert(1)</script>

            A [link](javascript:alert(1)) and <b>bold</b>.
            """
        let html = try #require(parseIncident(text).incident?.updates.first?.html)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func unsafeHTMLPassesRawHTMLThroughWhenConfigured() throws {
        var configuration = testConfiguration()
        configuration.unsafeHTML = true
        let text = "---\ntitle: t\n---\n## Investigating — 2025-07-16 07:58 UTC\nA <b>bold</b> word.\n"
        let html = try #require(parseIncident(text, configuration: configuration).incident?.updates.first?.html)
        #expect(html == "<p>A <b>bold</b> word.</p>\n")
    }

    @Test func plainComponentListMeansPartialOutage() throws {
        let text = "---\ntitle: t\ncomponents: [api, WEBSITE]\n---\n## Investigating — 2025-07-16 07:58 UTC\n"
        let impacts = try #require(parseIncident(text).incident?.impacts)
        #expect(impacts.map(\.level) == [.partialOutage, .partialOutage])
        #expect(impacts.map(\.componentID) == ["api", "website"])
    }

    @Test func reportsProblemsInFrontMatterAndBodyInOneRun() {
        let text = """
            ---
            title: t
            severity: huge
            ---
            ## Identifed — 2025-07-16 07:58 UTC
            ## Resolved — 2025-07-16 31:00 UTC
            """
        let codes = parseIncident(text).diagnostics.map(\.code)
        #expect(codes == [.frontMatterInvalidValue, .updateUnknownStatus, .timestampInvalid])
    }

    @Test func oneTypoInAStatusDoesNotCascade() {
        let text = """
            ---
            title: t
            ---
            ## Investigatng — 2025-07-16 10:00 UTC
            ## Root cause - the deploy
            ## Resolved — 10:30
            """
        let diagnostics = parseIncident(text).diagnostics
        #expect(diagnostics.map(\.code) == [.updateUnknownStatus, .updateUnknownStatus])
        #expect(diagnostics.map { $0.location?.line } == [4, 5])
    }

    @Test func crlfLineEndingsKeepLineNumbers() throws {
        let text = "---\r\ntitle: t\r\nseverity: huge\r\n---\r\n## Investigating — 2025-07-16 07:58 UTC\r\n"
        let diagnostic = try #require(parseIncident(text).diagnostics.first)
        #expect(diagnostic.location == SourceLocation(path: "incidents/test.md", line: 3, column: 11, length: 4))
    }

    /// An update's and the summary's Markdown are their lines without the blank ones at either end, joined by
    /// `\n`, whatever the file's line endings.
    @Test func markdownIsTheSameWithLFAndCRLFLineEndings() throws {
        let text = """
            ---
            title: t
            ---

            Customers saw errors.
              Indented line.

            ## Investigating — 2025-07-16 07:58 UTC


            We are looking.
            - one\tstep

            ## Resolved — 08:30
            Fixed.
            """ + "\n\n"
        let lf = try #require(parseIncident(text).incident)
        let crlf = try #require(parseIncident(text.replacingOccurrences(of: "\n", with: "\r\n")).incident)
        #expect(lf.summaryMarkdown == "Customers saw errors.\n  Indented line.")
        #expect(lf.updates.map(\.markdown) == ["We are looking.\n- one\tstep", "Fixed."])
        #expect(crlf.summaryMarkdown == lf.summaryMarkdown)
        #expect(crlf.updates.map(\.markdown) == lf.updates.map(\.markdown))
    }

    /// A notice takes `until` and `pinned`, and only `Update` headings; what belongs to incidents and maintenance
    /// is an error at its line, and `until` and `pinned` are errors on other kinds.
    @Test func aNoticeTakesOnlyItsOwnKeysAndUpdateHeadings() {
        let notice = parseIncident("""
            ---
            title: Moving
            kind: notice
            until: 2025-08-01 00:00 UTC
            pinned: true
            ---
            ## Update — 2025-07-16 10:00 UTC
            We move.
            """)
        #expect(notice.diagnostics.isEmpty)
        #expect(notice.incident?.kind == .notice)
        #expect(notice.incident?.until == date("2025-08-01T00:00:00Z"))
        #expect(notice.incident?.isPinned == true)

        let wrong = parseIncident("""
            ---
            title: Moving
            kind: notice
            components: [API]
            ended: 2025-07-16 11:00 UTC
            ---
            ## Resolved — 2025-07-16 10:00 UTC
            """)
        #expect(wrong.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code) \($0.message)" } == [
            "7:4 update.wrong-kind 'Resolved' is a status of incidents, but this file is a notice",
            "4:13 frontmatter.kind-mismatch 'components' does not apply to a notice: a notice changes no component and has no impact window",
            "5:8 frontmatter.kind-mismatch 'ended' does not apply to a notice: a notice changes no component and has no impact window",
        ])
        let incident = parseIncident("""
            ---
            title: Slow
            pinned: true
            until: 2025-08-01 00:00 UTC
            ---
            ## Investigating — 2025-07-16 10:00 UTC
            """)
        #expect(incident.diagnostics.map { "\($0.location?.line ?? 0) \($0.code) \($0.message)" } == [
            "4 frontmatter.kind-mismatch 'until' belongs to notices, but this file is an incident",
            "3 frontmatter.kind-mismatch 'pinned' belongs to notices, but this file is an incident",
        ])
    }
}
