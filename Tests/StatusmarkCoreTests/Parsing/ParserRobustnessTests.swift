import Foundation
import StatusmarkTestSupport
import Testing
@testable import StatusmarkCore

/// No input crashes the parser, and no input is silently dropped: every file gives an incident or an error.
@Suite struct ParserRobustnessTests {
    static let samples: [SourceFile] = {
        let folder = RepositoryPaths.root.appendingPathComponent("incidents")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
                .map { SourceFile(path: "incidents/\(name)", text: $0) }
        }
    }()

    static let configuration: SiteConfiguration = {
        let text = (try? String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("statusmark.yml"), encoding: .utf8)) ?? ""
        return ConfigurationDecoder().decode(SourceFile(path: "statusmark.yml", text: text)).configuration
            ?? SiteConfiguration(title: "x")
    }()

    func expectHandled(_ text: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (incident, diagnostics) = IncidentParser(configuration: Self.configuration)
            .parse(SourceFile(path: path, text: text))
        if incident == nil && !diagnostics.hasErrors {
            Issue.record("no incident and no error for:\n\(text)", sourceLocation: sourceLocation)
        }
        for diagnostic in diagnostics where diagnostic.location?.path != path {
            Issue.record("diagnostic without this file's path: \(diagnostic)", sourceLocation: sourceLocation)
        }
    }

    @Test func theSampleIncidentsParseCleanly() {
        #expect(Self.samples.count == 7)
        for file in Self.samples {
            let (incident, diagnostics) = IncidentParser(configuration: Self.configuration).parse(file)
            #expect(incident != nil, "\(file.path)")
            #expect(diagnostics == [], "\(file.path)")
        }
    }

    static let samplePaths = samples.map(\.path)

    static func sample(_ path: String) -> SourceFile {
        samples.first { $0.path == path } ?? SourceFile(path: path, text: "")
    }

    @Test(arguments: samplePaths)
    func everyPrefixOfAFileIsHandled(path: String) {
        let file = Self.sample(path)
        let characters = Array(file.text)
        for end in stride(from: 0, through: characters.count, by: 5) {
            expectHandled(String(characters[..<end]), path: file.path)
        }
    }

    @Test(arguments: samplePaths)
    func singleCharacterMutationsAreHandled(path: String) {
        let file = Self.sample(path)
        let characters = Array(file.text)
        let replacements: [Character] = ["-", "#", ":", "—", "\n", "(", ")", "`", "*", "\u{0}", "é", " ", "|", "["]
        var generator = SplitMix64(seed: UInt64(characters.count))
        for _ in 0..<250 where !characters.isEmpty {
            var mutated = characters
            let index = Int(generator.next() % UInt64(characters.count))
            mutated[index] = replacements[Int(generator.next() % UInt64(replacements.count))]
            expectHandled(String(mutated), path: file.path)
        }
    }

    @Test func oddInputsAreHandled() {
        let inputs = [
            "", "\n", "---", "---\n---", "---\n---\n", "\u{FEFF}---\ntitle: t\n---\n## Investigating — 2025-07-16 07:58 UTC\n",
            "---\n- a\n- b\n---\n", "---\ntitle: [a, b]\n---\n", "---\ntitle: t\ncomponents: {API: {x: 1}}\n---\n",
            "---\ntitle: t\n---\n##\n## —\n## Resolved —\n## — 07:58\n## (07:58)\n", "---\ntitle: &a t\nkind: *a\n---\n",
            "---\ntitle: t\n---\n## Postmortem — 2025-07-16 07:58 UTC\n### Timeline\n- \n- —\n- 99:99 — x\n",
            "---\ntitle: t\nstarted: 9999-99-99 99:99\n---\n",
            String(repeating: "## Update — 2025-07-16 07:58 UTC\n", count: 50),
        ]
        for input in inputs { expectHandled(input, path: "incidents/odd.md") }
    }

    /// A bare `\r` ends a line for libcmark and for YAML, so it must for the parser's own line table too: with
    /// four of them, the two disagreed and the body's range of lines came out inverted.
    @Test func bareCarriageReturnsEndLinesAsLibcmarkCountsThem() throws {
        let text = "---\ntitle: t\ncomponents:\n  api: degraded performance\n---\n"
            + "## Investigating — 2025-01-01 09:00 UTC\rLooking.\r\r## Resolved — 2025-01-01 10:00 UTC\r\r\r\rDone.\r"
        let (incident, diagnostics) = parseIncident(text)
        #expect(diagnostics == [])
        let updates = try #require(incident?.updates)
        #expect(updates.map(\.status) == [.investigating, .resolved])
        #expect(updates.map(\.markdown) == ["Looking.", "Done."])
        #expect(updates.map(\.location.line) == [6, 9])
        #expect(updates[1].html == "<p>Done.</p>\n")
    }

    /// NEL in the front matter: YAML would count it as a line break, the file does not.
    @Test func aNextLineCharacterInTheFrontMatterMovesNoDiagnostic() {
        let (_, diagnostics) = parseIncident("---\ntitle: a\u{85}b\nseverty: major\n---\n## Resolved — 2025-01-01 10:00 UTC\n")
        #expect(diagnostics.map(\.code) == [.frontMatterUnknownKey])
        #expect(diagnostics.first?.location?.line == 3)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndingGivesTheSameIncident(ending: String) throws {
        let lines = [
            "---", "title: t", "components:", "  api: degraded performance", "---", "Summary.", "",
            "## Investigating — 2025-01-01 09:00 UTC", "Looking.", "", "More.", "", "## Resolved — 10:00", "Done.",
        ]
        let (incident, diagnostics) = parseIncident(lines.joined(separator: ending) + ending)
        #expect(diagnostics == [])
        let parsed = try #require(incident)
        #expect(parsed.updates.map(\.markdown) == ["Looking.\n\nMore.", "Done."])
        #expect(parsed.updates.map(\.location.line) == [8, 13])
        #expect(parsed.summaryMarkdown == "Summary.")
    }

    /// A list nested 60,000 deep: its plain text is read without recursion, so the stack holds.
    @Test func aTimelineNestedSixtyThousandDeepIsReadWithoutOverflowingTheStack() {
        let nested = String(repeating: "- ", count: 60_000) + "2025-01-01 09:30 UTC — deep"
        let text = "---\ntitle: t\ncomponents:\n  api: degraded performance\n---\n"
            + "## Resolved — 2025-01-01 10:00 UTC\nDone.\n\n## Postmortem — 2025-01-02 10:00 UTC\n### Timeline\n"
            + nested + "\n"
        let (incident, diagnostics) = parseIncident(text)
        #expect(diagnostics == [])
        #expect(incident?.postmortem?.timeline.map(\.date) == [date("2025-01-01T09:30:00Z")])
        #expect(incident?.postmortem?.timeline.first?.location.line == 11)
    }
}

/// A small deterministic random number generator, so the mutations are the same on every run.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
