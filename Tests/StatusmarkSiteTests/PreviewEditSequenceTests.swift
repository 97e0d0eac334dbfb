import Foundation
import StatusmarkCore
import StatusmarkTestSupport
import Testing
@testable import StatusmarkSite

/// The preview's rebuilds against fresh builds, over long random sequences of the edits people make: after each
/// edit, what the preview serves (or the diagnostics it shows) is byte for byte what `statusmark build` of the same
/// folder gives. Sites of several shapes, so that no fast path holds for one shape only.
///
/// `STATUSMARK_PREVIEW_EDITS` sets how many edits each shape gets (CI runs the default); a failure names the seed,
/// the shape and the edits so far, so it can be replayed.
@Suite struct PreviewEditSequenceTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        var seed: UInt64
        var incidents: Int
        var components: Int
        /// All incident files in incidents/ itself, instead of a folder per year.
        var flat: Bool
        var timeZone: String
        /// Paragraphs added to every incident's last update, for long bodies.
        var extraParagraphs: Int

        var testDescription: String {
            "seed \(seed), \(incidents) incidents, \(components) components, \(flat ? "flat" : "by year"), \(timeZone)"
        }
    }

    static let shapes = [
        Shape(seed: 1, incidents: 300, components: 12, flat: false, timeZone: "UTC", extraParagraphs: 0),
        Shape(seed: 2, incidents: 260, components: 3, flat: true, timeZone: "Europe/Berlin", extraParagraphs: 4),
    ]

    static var editCount: Int {
        ProcessInfo.processInfo.environment["STATUSMARK_PREVIEW_EDITS"].flatMap(Int.init) ?? 100
    }

    static let baseURL = "http://127.0.0.1:4000"
    static let start = instant("2025-09-19T14:00:00Z")

    @Test(arguments: shapes)
    func everyRebuildServesWhatAFreshBuildWrites(_ shape: Shape) async throws {
        let folder = try TemporaryDirectory()
        var site = try EditableSite(shape, in: folder.url.appendingPathComponent("site"))
        var random = SeededGenerator(seed: shape.seed &* 7_919)
        let builder = IncrementalSiteBuilder(root: site.root, baseURL: Self.baseURL)
        var now = Self.start
        _ = try await builder.build(now: now, changed: [])
        var history: [String] = []
        var goodBuilds = 0
        for step in 0..<Self.editCount {
            let edit = try site.applyRandomEdit(using: &random)
            history.append(edit.description)
            // The preview rebuilds on the minute; some edits come after the clock has moved on.
            if Int.random(in: 0..<10, using: &random) == 0 { now += 60 }
            let served = try await builder.build(now: now, changed: edit.changed)
            let fresh = try await SiteBuilder(now: now, baseURL: Self.baseURL).build(root: site.root)
            let expected = fresh.diagnostics.hasErrors ? nil : SiteFiles(fresh.files)
            let context = "after edit \(step) (\(shape.testDescription)):\n" + history.suffix(6).joined(separator: "\n")
            #expect(served.diagnostics == fresh.diagnostics, Comment(rawValue: context))
            #expect(served.files?.count == expected?.count, Comment(rawValue: context))
            if let files = served.files, let expected, files != expected {
                let differing = Set(files.paths).union(expected.paths).filter { files[$0] != expected[$0] }.sorted()
                Issue.record(Comment(rawValue: "\(context)\nfiles that differ: \(differing.prefix(10))"))
            }
            guard served.files == expected else { return }
            if expected != nil { goodBuilds += 1 }
        }
        // A sequence that breaks the site and never mends it would test nothing past the break.
        #expect(goodBuilds * 2 > Self.editCount)
    }
}

/// A sample site in a folder, and the edits made to it: each edit writes the folder as a person or a tool would
/// and reports the paths it touched, as the preview's watcher reports them.
struct EditableSite {
    struct Edit: CustomStringConvertible {
        var description: String
        var changed: [String]
    }

    let root: URL
    let shape: PreviewEditSequenceTests.Shape
    /// The file broken by the last edit, with its text before, to be mended by the next.
    private var broken: (path: String, text: String)?
    private var copies = 0
    private var overridesTemplate = false

    static let statusWords = ["Investigating", "Identified", "Monitoring", "Update", "Resolved"]
    static let maintenanceWords = ["In progress", "Verifying", "Completed"]
    static let levels = ["degraded performance", "partial outage", "major outage"]

    init(_ shape: PreviewEditSequenceTests.Shape, in root: URL) throws {
        self.root = root
        self.shape = shape
        let files = SampleSiteGenerator(
            incidents: shape.incidents, components: shape.components, seed: shape.seed, now: PreviewEditSequenceTests.start
        ).files()
        let paragraph = "Engineers traced the errors to a saturated connection pool in the primary region, and added capacity."
        for (path, text) in files {
            var text = text
            var path = path
            if path == "statusmark.yml" {
                text = text.replacingOccurrences(of: "time_zone: UTC", with: "time_zone: \(shape.timeZone)")
            } else {
                if shape.flat { path = "incidents/" + path.split(separator: "/").last! }
                for _ in 0..<shape.extraParagraphs { text += "\n\(paragraph) \(paragraph)\n" }
            }
            try write(path, text)
        }
    }

    var incidentPaths: [String] {
        let base = root.appendingPathComponent("incidents")
        let found = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".md") }.map { "incidents/" + $0 }.sorted()
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    mutating func applyRandomEdit(using random: inout SeededGenerator) throws -> Edit {
        if let broken {
            self.broken = nil
            try write(broken.path, broken.text)
            return Edit(description: "mend \(broken.path)", changed: [broken.path])
        }
        let paths = incidentPaths
        let path = paths[Int.random(in: 0..<paths.count, using: &random)]
        let text = try read(path)
        func rewrite(_ new: String, _ what: String) throws -> Edit {
            try write(path, new)
            return Edit(description: "\(what) in \(path)", changed: [path])
        }
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<22:
            let words = ["We are", "the", "Traffic", "region", "customers"]
            let word = words[Int.random(in: 0..<words.count, using: &random)]
            guard let range = text.range(of: word, options: [], range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex)
            else { return try rewrite(text + "\nOne more sentence.\n", "a sentence added") }
            return try rewrite(text.replacingCharacters(in: range, with: word + " now"), "a word changed")
        case 22..<32:
            return try rewrite(text + "\nA line added at the end.\n", "a line added")
        case 32..<42:
            guard let last = Self.lastTimestamp(in: text) else { return try rewrite(text + "\n", "a blank line added") }
            // After the closing update, only notes may follow.
            let closed = text.contains("## Resolved") || text.contains("## Completed")
            let words = closed ? ["Update"] : text.contains("kind: maintenance") ? Self.maintenanceWords : Self.statusWords
            let word = words[Int.random(in: 0..<words.count, using: &random)]
            let time = Self.timestamp(last.addingTimeInterval(Double(Int.random(in: 1...90, using: &random)) * 60))
            return try rewrite(text + "\n## \(word) — \(time)\nAnother update.\n", "an update added")
        case 42..<48:
            let headings = text.ranges(of: "\n## ")
            guard headings.count > 1, let last = headings.last else { return try rewrite(text + "\n", "a blank line added") }
            return try rewrite(String(text[..<last.lowerBound]) + "\n", "the last update removed")
        case 48..<56:
            // Every time in the file moves by the same number of days: the incident moves among the others.
            let days = Double(Int.random(in: -40 ... -1, using: &random))
            return try rewrite(Self.shiftingTimes(in: text, by: days * 86_400), "times moved by \(Int(days)) days")
        case 56..<64:
            let levels = Self.levels
            guard let level = levels.first(where: { text.contains(": \($0)") }) else {
                return try rewrite(text.replacingOccurrences(of: "title: \"", with: "title: \"Again: "), "a new title")
            }
            let other = levels[(levels.firstIndex(of: level)! + 1) % levels.count]
            return try rewrite(text.replacingOccurrences(of: ": \(level)", with: ": \(other)"), "a component's level")
        case 64..<70:
            return try rewrite(text.replacingOccurrences(of: "title: \"", with: "title: \"Again: "), "a new title")
        case 70..<76:
            copies += 1
            let name = path.split(separator: "/").last!.replacingOccurrences(of: ".md", with: "-copy-\(copies).md")
            let copy = (path.split(separator: "/").dropLast().joined(separator: "/")) + "/" + name
            try write(copy, text)
            return Edit(description: "\(path) copied to \(copy)", changed: [copy])
        case 76..<82:
            guard paths.count > 20 else { return try rewrite(text + "\n", "a blank line added") }
            try FileManager.default.removeItem(at: root.appendingPathComponent(path))
            return Edit(description: "\(path) deleted", changed: [path])
        case 82..<87:
            let name = String(path.split(separator: "/").last!)
            let renamed = Int.random(in: 0..<2, using: &random) == 0 ? "incidents/moved/\(name)" : "incidents/renamed-\(name)"
            guard !FileManager.default.fileExists(atPath: root.appendingPathComponent(renamed).path) else {
                return try rewrite(text + "\n", "a blank line added")
            }
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(renamed).deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: root.appendingPathComponent(path), to: root.appendingPathComponent(renamed))
            return Edit(description: "\(path) renamed \(renamed)", changed: [path, renamed].sorted())
        case 87..<92:
            broken = (path, text)
            let damaged = Int.random(in: 0..<2, using: &random) == 0
                ? text.replacingOccurrences(of: "\n---\n", with: "\n--\n")
                : text.replacingOccurrences(of: " — ", with: " - at ")
            return try rewrite(damaged, "broken")
        case 92..<96:
            var configuration = try read("statusmark.yml")
            let change = Int.random(in: 0..<3, using: &random)
            if change == 0 {
                configuration = configuration.replacingOccurrences(of: "title: Sample Status", with: "title: Sample Status (preview)")
            } else if change == 1 {
                configuration = configuration.replacingOccurrences(of: "title: Sample Status (preview)", with: "title: Sample Status")
            } else if configuration.contains("uptime_days: 30") {
                configuration = configuration.replacingOccurrences(of: "uptime_days: 30\n", with: "")
            } else {
                configuration += "uptime_days: 30\n"
            }
            try write("statusmark.yml", configuration)
            return Edit(description: "statusmark.yml edited", changed: ["statusmark.yml"])
        default:
            let override = "site-template/templates/incident-row.mustache"
            if overridesTemplate {
                try FileManager.default.removeItem(at: root.appendingPathComponent(override))
                overridesTemplate = false
                return Edit(description: "the template override removed", changed: [override])
            }
            let builtIn = try String(
                contentsOf: RepositoryPaths.root.appendingPathComponent("site-template/templates/incident-row.mustache"),
                encoding: .utf8)
            try write(override, builtIn + "<!-- overridden -->\n")
            overridesTemplate = true
            return Edit(description: "incident-row.mustache overridden", changed: [override])
        }
    }

    static var timestampPattern: Regex<Substring> { /\d{4}-\d\d-\d\d \d\d:\d\d UTC/ }

    static func lastTimestamp(in text: String) -> Date? {
        text.matches(of: timestampPattern).last.flatMap { date(String($0.output)) }
    }

    static func date(_ text: String) -> Date? {
        let iso = text.replacingOccurrences(of: " UTC", with: ":00Z").replacingOccurrences(of: " ", with: "T")
        return ISO8601DateFormatter().date(from: iso)
    }

    static func timestamp(_ date: Date) -> String {
        let iso = ISO8601DateFormatter().string(from: date)
        return String(iso.prefix(16)).replacingOccurrences(of: "T", with: " ") + " UTC"
    }

    static func shiftingTimes(in text: String, by seconds: TimeInterval) -> String {
        text.replacing(timestampPattern) { match in
            date(String(match.output)).map { timestamp($0.addingTimeInterval(seconds)) } ?? String(match.output)
        }
    }
}
