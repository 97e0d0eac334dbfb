public import ArgumentParser
import Foundation
import StatusmarkCore

extension Statusmark {
    /// `statusmark import`: brings history over from another status page.
    public struct Import: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Import incidents from another status page.",
            subcommands: [ImportStatuspage.self, ImportCState.self])

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

        @OptionGroup public var options: ImportOptions

        public init() {}

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
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
            try await options.write(console: console) { zone in StatuspageImporter(zone: zone).plan(documents) }
        }
    }
}

extension Statusmark {
    /// `statusmark import cstate`: a cState (Hugo) site's issues and systems into incident files.
    public struct ImportCState: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "cstate",
            abstract: "Import a cState site: content/issues/*.md and the config's systems.",
            discussion: """
                Give the cState site's folder (the one holding config.yml and content/). Writes one file per issue \
                into incidents/, and statusmark.yml with the systems as components when the site has none. \
                Existing files are kept unless --force; what is skipped is listed. Ends with the check of the whole \
                site.
                """)

        /// Hugo's config file names, YAML first; the TOML ones are recognised only to say they are not read.
        static let configurationNames = ["config.yml", "config.yaml", "hugo.yml", "hugo.yaml"]
        static let tomlNames = ["config.toml", "hugo.toml"]

        @Argument(help: ArgumentHelp("The cState site's folder.", valueName: "folder"))
        public var folder: String

        @OptionGroup public var options: ImportOptions

        public init() {}

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
            let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let source = URL(fileURLWithPath: folder, isDirectory: true, relativeTo: current).standardizedFileURL
            let issuesFolder = source.appendingPathComponent("content/issues", isDirectory: true)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: issuesFolder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("\(folder) has no content/issues/ folder; give the folder of the cState site")
            }
            var notes: [String] = []
            var configuration: CStateImporter.Document?
            if let url = Self.configurationNames.map({ source.appendingPathComponent($0) })
                .first(where: { FileManager.default.fileExists(atPath: $0.path) })
            {
                configuration = CStateImporter.Document(path: url.lastPathComponent, text: try Self.read(url))
            } else if let toml = Self.tomlNames.first(where: { FileManager.default.fileExists(atPath: source.appendingPathComponent($0).path) }) {
                notes.append("\(toml): TOML is not read, so components come from the issues' 'affected' lists and "
                    + "title, base_url and time_zone take their defaults")
            }
            // Hugo pages beside the issues (content/pages/ and the like) have no place in a status site.
            let content = source.appendingPathComponent("content", isDirectory: true)
            let others = ((try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? [])
                .filter { $0 != "issues" && !$0.hasPrefix(".") && !$0.hasPrefix("_index") }.sorted()
            let notCarried = others.map { name in
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: content.appendingPathComponent(name).path, isDirectory: &isFolder)
                return "content/\(name)\(isFolder.boolValue ? "/" : ""): Statusmark's site has no free-form pages; copy what "
                    + "should stay into site-template/static/"
            }
            var issues: [CStateImporter.Document] = []
            let enumerator = FileManager.default.enumerator(at: issuesFolder, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "md", !url.lastPathComponent.hasPrefix("_index") else { continue }
                let path = "content/issues/" + url.standardizedFileURL.path.dropFirst(issuesFolder.standardizedFileURL.path.count + 1)
                issues.append(CStateImporter.Document(path: path, text: try Self.read(url)))
            }
            try await options.write(console: console) { _ in
                CStateImporter().plan(configuration: configuration, issues: issues).map { plan in
                    var plan = plan
                    plan.notes.insert(contentsOf: notes, at: 0)
                    plan.notCarried.insert(contentsOf: notCarried, at: 0)
                    return plan
                }
            }
        }

        static func read(_ url: URL) throws -> String {
            let data = try Data(contentsOf: url)
            guard let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("\(url.path) is not UTF-8 text")
            }
            return text
        }
    }
}
