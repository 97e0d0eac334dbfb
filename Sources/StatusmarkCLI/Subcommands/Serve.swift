public import ArgumentParser
import Foundation
import StatusmarkCore
import StatusmarkServer

extension Statusmark {
    /// `statusmark serve`: the site on localhost, rebuilt and reloaded on every edit.
    public struct Serve: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Preview the site on localhost; pages reload when a file changes.",
            discussion: """
                Builds the site into memory and serves it as `build` would write it, with links to this address. \
                Watches statusmark.yml, incidents/ and site-template/ (told of changes by the system, or with \
                --poll by looking), rebuilds after each edit, and reloads open pages. A build that fails keeps \
                serving the last good site, with its errors over every page. \
                Nothing is written to the site folder. Stop it with Ctrl-C. It answers only requests for \
                localhost, a loopback address or --host, and only GET and HEAD.
                """)

        @OptionGroup public var project: ProjectOptions

        @Option(help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "n"))
        public var port: Int = 4000

        @Option(help: ArgumentHelp("The address to listen on; another than 127.0.0.1 only when asked.", valueName: "host"))
        public var host: String = "127.0.0.1"

        @OptionGroup public var clock: ClockOptions

        @Flag(
            help: ArgumentHelp(
                "Look at the files every 200 ms instead of being told of changes by the system.",
                discussion: "For folders whose changes the system does not report: network shares and some container mounts."))
        public var poll = false

        @Flag(help: "After each rebuild, print how long each phase took, on the clock and in CPU time (read, parse, compute, render).")
        public var timings = false

        public init() {}

        public func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535; found \(port)") }
            if let problem = PreviewAddress.problem(with: host) {
                throw ValidationError("\(problem); found '\(DisplayText.visible(host))'")
            }
        }

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
            let root = try project.locate()
            let fixedNow = clock.now == nil && console.environment["SOURCE_DATE_EPOCH"] == nil
                ? nil : try clock.resolve(environment: console.environment)
            let server = PreviewServer(
                configuration: .init(
                    root: root, host: host, port: port, now: fixedNow, watchesByPolling: poll, logsTimings: timings),
                log: { console.writeOut($0 + ($0.hasSuffix("\n") ? "" : "\n")) })
            let host = self.host
            do {
                try await server.run { url in
                    console.writeOut("serve: \(url.absoluteString) (Ctrl-C to stop)\n")
                    if PreviewAddress.isWildcard(host) {
                        console.writeError(
                            "serve: warning: listening on every network interface (\(host)): anyone who can reach this "
                                + "machine can read the preview, drafts included; leave out --host to keep it to this machine\n")
                    }
                }
            } catch let error as PreviewServer.StartError {
                console.writeError("statusmark serve: \(error)\n")
                throw ExitCode.failure
            }
        }
    }
}
