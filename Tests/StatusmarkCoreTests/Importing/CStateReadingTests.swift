import Foundation
import Testing
@testable import StatusmarkCore

/// The pieces of a cState body: `track` shortcodes, status labels, and headings that must not end an update.
@Suite struct CStateReadingTests {
    @Test func trackShortcodesGiveTheirTimeAndOtherShortcodesDoNot() {
        #expect(CStateUpdateReader.trackArgument(#"< track "2018-05-25 04:40:00" >"#) == "2018-05-25 04:40:00")
        #expect(CStateUpdateReader.trackArgument(#"% track "2018-05-25" %"#) == "2018-05-25")
        #expect(CStateUpdateReader.trackArgument(#"< tracking "x" >"#) == nil)
        #expect(CStateUpdateReader.trackArgument(#"< figure src="a.png" >"#) == nil)
    }

    @Test func aStatusLabelIsTakenOffAndAnyOtherLabelStays() {
        #expect(CStateUpdateReader.splitStatus("*Monitoring* - Watching.") == (.monitoring, "Watching."))
        #expect(CStateUpdateReader.splitStatus("**Resolved** — Done.") == (.resolved, "Done."))
        #expect(CStateUpdateReader.splitStatus("_Identified_: Cause found.") == (.identified, "Cause found."))
        #expect(CStateUpdateReader.splitStatus("*Just began* - Shutting down.") == (nil, "*Just began* - Shutting down."))
        #expect(CStateUpdateReader.splitStatus("*Completed* - Done.") == (nil, "*Completed* - Done."))
        #expect(CStateUpdateReader.splitStatus("No label.") == (nil, "No label."))
    }

    @Test func bodiesAreReadNewestFirstOrOldestFirstIntoOldestFirstUpdates() throws {
        let reader = CStateUpdateReader(parser: TimestampParser(defaultZone: .utc))
        let body = """
            *Resolved* - Fixed. {{< track "2025-01-01 11:00:00" >}}

            Extra words with a {{< figure src="x.png" >}} inside. {{< track "2025-01-01 10:30:00" >}}

            *Investigating* - Broken. {{< track "2025-01-01 10:00:00" >}}
            """
        let updates = try reader.updates(in: body[...], firstLine: 8, date: Date(timeIntervalSince1970: 0)).get().updates
        #expect(updates.map(\.status) == [.investigating, .update, .resolved])
        #expect(updates.map(\.markdown) == ["Broken.", #"Extra words with a {{< figure src="x.png" >}} inside."#, "Fixed."])
        #expect(updates.map { Int($0.date.timeIntervalSince1970) } == [1_735_725_600, 1_735_727_400, 1_735_729_200])
    }

    /// cState's postmortem paragraph at the top becomes the postmortem; `---` between updates is a separator;
    /// a labelled paragraph without a stamp of its own is an update at the stamp that ends its piece of the body.
    @Test func thePostmortemSeparatorsAndEveryLabelAreRead() throws {
        let reader = CStateUpdateReader(parser: TimestampParser(defaultZone: .utc))
        let body = """

            *Post-mortem* - A lock on the sessions table.
            We now migrate in batches.

            ---

            *Resolved* - Fixed. {{< track "2025-01-01 11:00:00" >}}

            ---

            *Update* - A third still fail. {{< track "2025-01-01 10:30:00" >}}

            *Monitoring* - Retries succeed.

            ---

            *Investigating* - Broken. {{< track "2025-01-01 10:00:00" >}}
            """
        let reading = try reader.updates(in: body[...], firstLine: 8, date: Date(timeIntervalSince1970: 0)).get()
        #expect(reading.postmortem == "A lock on the sessions table.\nWe now migrate in batches.")
        #expect(reading.updates.map(\.status) == [.investigating, .monitoring, .update, .resolved])
        #expect(reading.updates.map(\.markdown) == ["Broken.", "Retries succeed.", "A third still fail.", "Fixed."])
        #expect(reading.updates.map { Int($0.date.timeIntervalSince1970) } == [1_735_725_600, 1_735_725_600, 1_735_727_400, 1_735_729_200])
        #expect(CStateUpdateReader.splitPostmortem("Postmortem\n\nText.\n\n*Resolved* - x"[...]).postmortem == "Text.")
        #expect(CStateUpdateReader.splitPostmortem("*Resolved* - x"[...]).postmortem == nil)
    }

    /// A stamp with no text before it is still an update, and a bad stamp below a postmortem names its own line.
    @Test func aBareStampIsKeptAndLinesCountFromTheBodysStart() throws {
        let reader = CStateUpdateReader(parser: TimestampParser(defaultZone: .utc))
        let bare = "*Investigating* - Broken. {{< track \"2025-01-01 10:00:00\" >}}\n\n{{< track \"2025-01-01 11:00:00\" >}}\n"
        let updates = try reader.updates(in: bare[...], firstLine: 8, date: Date()).get().updates
        #expect(updates.map(\.status) == [.investigating, .update])
        #expect(updates.map(\.markdown) == ["Broken.", ""])
        let result = reader.updates(in: "*Postmortem* - Why.\n\n---\n\n*Update* - x {{< track \"soon\" >}}\n"[...], firstLine: 8, date: Date())
        if case .failure(let error) = result {
            #expect(error.message.hasPrefix("line 12: the track time 'soon' cannot be read"))
        } else {
            Issue.record("expected a failure")
        }
    }

    @Test func anUnreadableTrackTimeNamesItsLine() {
        let reader = CStateUpdateReader(parser: TimestampParser(defaultZone: .utc))
        let result = reader.updates(in: "First.\n\n*Update* - x {{< track \"soon\" >}}\n"[...], firstLine: 8, date: Date())
        #expect(throws: ImportError.self) { try result.get() }
        if case .failure(let error) = result {
            #expect(error.message.hasPrefix("line 10: the track time 'soon' cannot be read"))
        }
    }

    @Test func sectionHeadingsBecomeLevelThreeOutsideCode() {
        #expect(
            MarkdownSectionDemoter.demote("# Cause\nText\n## Fix\n### Kept\n#tag") == "### Cause\nText\n### Fix\n### Kept\n#tag")
        #expect(MarkdownSectionDemoter.demote("Root cause\n==========\nText") == "### Root cause\nText")
        #expect(MarkdownSectionDemoter.demote("Impact\n---\n\n---\n\n- item\n---") == "### Impact\n\n---\n\n- item\n---")
        #expect(MarkdownSectionDemoter.demote("```\n## not a heading\n```") == "```\n## not a heading\n```")
    }
}
