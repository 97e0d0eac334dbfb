public import ArgumentParser
import Foundation
import StatusmarkCore

extension Statusmark {
    /// `statusmark import`: brings history over from another status page.
    public struct Import: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Import incidents from another status page.",
            subcommands: [ImportStatuspage.self])

        public init() {}
    }

    /// `statusmark import statuspage`: Statuspage API v2 JSON into incident files.
    public struct ImportStatuspage: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "statuspage",
            abstract: "Import Statuspage API v2 JSON (incidents.json, summary.json, components.json …).",
            discussion: """
                Give the JSON files, or a folder holding them (as saved from https://<page>/api/v2/). Writes one \
                file per incident and maintenance into incidents/, and statusmark.yml with the page's components \
                when the site has none. Existing files are kept unless --force; what is skipped is listed. Ends \
                with the check of the whole site.
                """)

        @Argument(help: ArgumentHelp("JSON files, or a folder holding them.", valueName: "path"))
        public var paths: [String]

        @Option(help: ArgumentHelp("The site folder to import into (created when missing).", valueName: "dir"))
        public var site: String = "."

        @Flag(help: "Replace incident files that exist.")
        public var force = false

        @OptionGroup public var clock: ClockOptions

        public init() {}

        public func run() async throws {
            try run(console: .standard)
        }

        package func run(console: Console) throws {
            let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            var documents: [(name: String, data: Data)] = []
            for path in paths {
                let url = URL(fileURLWithPath: path, relativeTo: current).standardizedFileURL
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                    throw ValidationError("\(path) does not exist")
                }
                let files =
                    isFolder.boolValue
                    ? ["summary.json", "components.json", "incidents.json", "scheduled-maintenances.json"]
                        .flatMap { [url.appendingPathComponent($0), url.appendingPathComponent("api/v2/\($0)")] }
                        .filter { FileManager.default.fileExists(atPath: $0.path) }
                    : [url]
                if files.isEmpty { throw ValidationError("\(path) holds no summary.json, components.json or incidents.json") }
                for file in files {
                    documents.append((file.lastPathComponent, try Data(contentsOf: file)))
                }
            }
            let root = URL(fileURLWithPath: site, isDirectory: true, relativeTo: current).standardizedFileURL
            let now = try clock.resolve(environment: console.environment)
            try ImportWriter(root: root, force: force, now: now, console: console).write { zone in
                StatuspageImporter(zone: zone).plan(documents)
            }
        }
    }
}
