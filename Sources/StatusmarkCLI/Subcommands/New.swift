public import ArgumentParser
import Foundation
import StatusmarkCore

extension Statusmark {
    /// `statusmark new`: starts an incident, a planned maintenance or a notice, with its first update stamped now.
    public struct New: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Start an incident, a planned maintenance or a notice with its first update.",
            discussion: """
                Writes incidents/<date>-<slug>.md and prints its path. The first update is stamped now, in UTC, \
                unless --at is given. The message comes from --message, --message-file, or standard input when \
                something is piped into it. A file that exists is never overwritten: a second incident with the \
                same title gets -2, -3, … in its name. The new file is checked as 'statusmark check' would, and \
                is not written when it has an error.

                  statusmark new "Elevated API errors" --component api=partial --message "We are investigating."
                  statusmark new "Database upgrade" --maintenance --start "2025-09-23 02:00 UTC" \\
                    --end "2025-09-23 04:00 UTC" --component billing
                  statusmark new "New status page address" --notice --until "2025-10-01 00:00 UTC" \
                    --message "This page moves to status.example.com on October 1."
                """)

        @Argument(help: "The incident's title, as customers will read it.")
        public var title: String

        @Option(
            name: .customLong("component"),
            help: ArgumentHelp(
                "An affected component, by name or id, with an optional level: api=major, 'Public API=degraded'.",
                discussion: "Levels: degraded, partial, major (the default is partial). Repeat for more components.",
                valueName: "name[=level]"))
        public var components: [String] = []

        @Option(help: "Declare the severity (none, minor, major, critical) instead of computing it.")
        public var severity: String?

        @Option(help: "The first update's status (default: investigating; scheduled for maintenance).")
        public var status: String?

        @Option(help: "The first update's text.")
        public var message: String?

        @Option(help: ArgumentHelp("Read the first update's text from a file ('-' for standard input).", valueName: "file"))
        public var messageFile: String?

        @Option(help: ArgumentHelp("When the first update was posted, instead of now.", valueName: "time"))
        public var at: String?

        @Flag(help: "Create a planned maintenance (needs --start and --end).")
        public var maintenance = false

        @Option(help: ArgumentHelp("When the maintenance is scheduled to start.", valueName: "time"))
        public var start: String?

        @Option(help: ArgumentHelp("When the maintenance is scheduled to end.", valueName: "time"))
        public var end: String?

        @Flag(help: "Create a notice: an announcement that changes no component (see --until and --pinned).")
        public var notice = false

        @Option(help: ArgumentHelp("When the notice leaves the home page (default: 14 days after its last update).", valueName: "time"))
        public var until: String?

        @Flag(help: "Keep the notice on the home page until 'pinned: true' is removed.")
        public var pinned = false

        @OptionGroup public var project: ProjectOptions
        @OptionGroup public var clock: ClockOptions

        public init() {}

        public func validate() throws {
            if notice && maintenance {
                throw ValidationError("a file is a notice or a maintenance, not both; drop --notice or --maintenance")
            }
            if notice && (!components.isEmpty || severity != nil) {
                throw ValidationError("a notice changes no component and has no severity; drop --component and --severity")
            }
            if !notice && (until != nil || pinned) {
                throw ValidationError("--until and --pinned are for a notice; add --notice")
            }
            if maintenance && (start == nil || end == nil) {
                throw ValidationError("a maintenance needs --start and --end, such as --start '2025-09-23 02:00 UTC'")
            }
            if !maintenance && (start != nil || end != nil) {
                throw ValidationError("--start and --end are for a planned maintenance; add --maintenance")
            }
            if message != nil && messageFile != nil {
                throw ValidationError("give the message with --message or --message-file, not both")
            }
            if maintenance && severity != nil {
                throw ValidationError("a maintenance has no severity")
            }
            if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("the title is empty")
            }
        }

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
            let root = try project.locate()
            let session = try AuthoringSession(root: root, console: console)
            let now = try clock.resolve(environment: console.environment)
            let zone = session.configuration.timeZone
            let posted = try AuthoringTime.posted(at, now: now, zone: zone) ?? now
            let kind: IncidentKind = maintenance ? .maintenance : notice ? .notice : .incident
            let firstStatus =
                try status.map { try AuthoringTime.status($0, kind: kind) }
                ?? (maintenance ? .scheduled : notice ? .update : .investigating)
            let text =
                try MessageInput(words: message.map { [$0] } ?? [], file: messageFile, standardInput: console.readStandardInput)
                .read() ?? AuthoringDefaults.message(for: firstStatus)
            var draft = IncidentDraft(
                title: title.trimmingCharacters(in: .whitespacesAndNewlines), kind: kind,
                impacts: try impacts(session.configuration, kind: kind),
                updates: [IncidentDraft.Update(status: firstStatus, date: posted, markdown: text)])
            if let severity {
                guard let parsed = Severity(rawValue: severity.lowercased()) else {
                    throw ValidationError("--severity must be none, minor, major or critical; found '\(severity)'")
                }
                draft.severity = parsed
            }
            if let until { draft.until = try AuthoringTime.parse(until, option: "--until", zone: zone) }
            draft.isPinned = pinned
            if maintenance, let start, let end {
                draft.scheduledStart = try AuthoringTime.parse(start, option: "--start", zone: zone)
                draft.scheduledEnd = try AuthoringTime.parse(end, option: "--end", zone: zone)
            }
            let day = CivilDate(draft.scheduledStart ?? posted, in: zone).description
            let stem = "\(day)-\(Slug.make(from: draft.title).prefix(60))"
            let taken = Set((session.sources.incidents + session.sources.undecodable).map { Incident.slug(forPath: $0.path) })
            let contents = draft.render()
            for suffix in 1...1000 {
                let name = suffix == 1 ? stem : "\(stem)-\(suffix)"
                guard !taken.contains(Slug.make(from: name)) else { continue }
                let path = "incidents/\(name).md"
                let checked = await session.diagnostics(of: SourceFile(path: path, text: contents), now: now)
                if checked.diagnostics.hasErrors {
                    session.print(checked.diagnostics, sources: checked.sources)
                    console.writeError("new: nothing written; the new file would have the errors above\n")
                    throw ExitCode.failure
                }
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                do {
                    try FileWriter.createNew(url, text: contents)
                } catch .exists {
                    continue
                } catch {
                    throw StatusmarkError.outputUnwritable(path: session.displayPath(path), reason: error.description)
                }
                session.print(checked.diagnostics, sources: checked.sources)
                console.writeOut(session.displayPath(path) + "\n")
                return
            }
            throw ValidationError("every name from \(stem).md to \(stem)-1000.md is taken")
        }

        /// The --component options as impacts, each component named by name or id.
        func impacts(_ configuration: SiteConfiguration, kind: IncidentKind) throws -> [ComponentImpact] {
            try components.map { option in
                let parts = option.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard let component = configuration.component(named: parts[0]) else {
                    let names = configuration.components.flatMap { [$0.id, $0.name] }
                    let hint = SpellingCorrector.suggestion(for: parts[0], among: names).map { " (did you mean '\($0)'?)" } ?? ""
                    throw ValidationError(
                        "--component '\(parts[0])' is not a component in statusmark.yml\(hint); "
                            + "known: \(configuration.components.map(\.id).joined(separator: ", "))")
                }
                if kind == .maintenance {
                    guard parts.count == 1 else {
                        throw ValidationError("a maintenance puts its components under maintenance; drop '=\(parts[1])'")
                    }
                    return ComponentImpact(componentID: component.id, level: .underMaintenance)
                }
                guard parts.count == 2 else { return ComponentImpact(componentID: component.id, level: .partialOutage) }
                guard let level = ComponentStatus(words: parts[1]), level.severity != .none else {
                    throw ValidationError("'\(parts[1])' is not a level; use degraded, partial or major")
                }
                return ComponentImpact(componentID: component.id, level: level)
            }
        }
    }
}
