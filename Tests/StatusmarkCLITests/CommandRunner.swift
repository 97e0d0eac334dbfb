import ArgumentParser
import Foundation
@testable import StatusmarkCLI

/// Runs a `statusmark` command line in-process and returns what it printed and its exit code.
struct CommandRunner {
    struct Outcome {
        var out: String
        var error: String
        var exitCode: Int32
    }

    var environment: [String: String] = [:]
    /// What is piped into standard input, if anything.
    var standardInput: String?

    func run(_ arguments: [String]) async throws -> Outcome {
        let capture = ConsoleCapture()
        var console = capture.console(environment: environment)
        let input = standardInput
        console.readStandardInput = { input }
        var exitCode: Int32 = 0
        do {
            var command = try Statusmark.parseAsRoot(arguments)
            switch command {
            case let check as Statusmark.Check: try await check.run(console: console)
            case let build as Statusmark.Build: try await build.run(console: console)
            case let initialize as Statusmark.Init: try await initialize.run(console: console)
            case let new as Statusmark.New: try await new.run(console: console)
            case let update as Statusmark.Update: try await update.run(console: console)
            case let resolve as Statusmark.Resolve: try await resolve.run(console: console)
            case let importer as Statusmark.ImportStatuspage: try await importer.run(console: console)
            case let importer as Statusmark.ImportCState: try await importer.run(console: console)
            case let sample as Statusmark.Sample: try await sample.run(console: console)
            default: try command.run()
            }
        } catch {
            exitCode = Statusmark.exitCode(for: error).rawValue
            if !(error is ExitCode) {
                console.writeError(Statusmark.fullMessage(for: error) + "\n")
            }
        }
        return Outcome(out: capture.out, error: capture.error, exitCode: exitCode)
    }
}
