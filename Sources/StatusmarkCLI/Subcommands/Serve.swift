public import ArgumentParser
import Foundation
import StatusmarkServer

extension Statusmark {
    /// `statusmark serve`: the site on localhost, rebuilt and reloaded on every edit.
    public struct Serve: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Preview the site on localhost; pages reload when a file changes.",
            discussion: """
                Builds the site into memory and serves it as `build` would write it, with links to this address. \
                Watches statusmark.yml, incidents/ and site-template/, rebuilds after each edit, and reloads open \
                pages. A build that fails keeps serving the last good site, with its errors over every page. \
                Nothing is written to the site folder. Stop it with Ctrl-C.
                """)

        @OptionGroup public var project: ProjectOptions

        @Option(help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "n"))
        public var port: Int = 4000

        @Option(help: ArgumentHelp("The address to listen on; another than 127.0.0.1 only when asked.", valueName: "host"))
        public var host: String = "127.0.0.1"

        @OptionGroup public var clock: ClockOptions

        @Flag(help: "After each rebuild, print how long each phase took (read, parse, compute, render).")
        public var timings = false

        public init() {}

        public func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535; found \(port)") }
        }

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
            let root = try project.locate()
            let fixedNow = clock.now == nil && console.environment["SOURCE_DATE_EPOCH"] == nil
                ? nil : try clock.resolve(environment: console.environment)
            let server = PreviewServer(
                configuration: .init(root: root, host: host, port: port, now: fixedNow, logsTimings: timings),
                log: { console.writeOut($0 + ($0.hasSuffix("\n") ? "" : "\n")) })
            do {
                try await server.run { url in
                    console.writeOut("serve: \(url.absoluteString) (Ctrl-C to stop)\n")
                }
            } catch let error as PreviewServer.StartError {
                console.writeError("statusmark serve: \(error)\n")
                throw ExitCode.failure
            }
        }
    }
}
