public import ArgumentParser
import Foundation
import StatusmarkCore
import StatusmarkSite

extension Statusmark {
    /// `statusmark sample`: a synthetic site of any size, for benchmarks and for trying a theme on a busy site.
    public struct Sample: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Write a synthetic site with many incidents (the same for the same seed).",
            discussion: """
                Components in groups; incidents over the five years before --now (further back for more than \
                43,800, which start an hour apart) with 3 to 8 updates each, some with postmortems and timelines; \
                some planned maintenance; the last few ongoing at --now. The output folder must be empty or missing.
                """)

        @Option(help: "How many incidents and maintenances.")
        public var incidents: Int

        @Option(help: "How many components.")
        public var components: Int = 12

        @Option(help: "The seed: the same seed writes the same site.")
        public var seed: UInt64 = 1

        @Option(help: ArgumentHelp("The folder to write the site into.", valueName: "dir"))
        public var output: String

        @Option(help: ArgumentHelp("The sample's current time; its newest incidents are ongoing then.", valueName: "time"))
        public var now: String = "2025-09-19T14:00:00Z"

        public init() {}

        public func validate() throws {
            guard (1...1_000_000).contains(incidents) else { throw ValidationError("--incidents must be from 1 to 1,000,000") }
            guard (1...500).contains(components) else { throw ValidationError("--components must be from 1 to 500") }
            if case .failure(let error) = TimestampParser(defaultZone: .utc).parse(now) {
                throw ValidationError("--now '\(now)': \(error.message)")
            }
        }

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
            let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let root = URL(fileURLWithPath: output, isDirectory: true, relativeTo: current).standardizedFileURL
            if let contents = try? FileManager.default.contentsOfDirectory(atPath: root.path), !contents.isEmpty {
                throw ValidationError("\(output) is not empty; give a new or empty folder")
            }
            let moment = try TimestampParser(defaultZone: .utc).parse(now).get().date
            let files = SampleSiteGenerator(incidents: incidents, components: components, seed: seed, now: moment).files()
            var bytes = 0
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            var tree = FileTreeWriter(root: root.path)
            do {
                for file in files {
                    try tree.write(Array(file.text.utf8), at: file.path)
                    bytes += file.text.utf8.count
                }
            } catch {
                throw StatusmarkError.outputUnwritable(path: error.path, reason: error.reason)
            }
            console.writeOut("sample: \((files.count - 1).counted("incident file")) and statusmark.yml (\(bytes / 1024) KB) written to \(Build.displayPath(root))\n")
        }
    }
}
