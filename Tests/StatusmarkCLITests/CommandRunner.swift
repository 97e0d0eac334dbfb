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

    func run(_ arguments: [String]) throws -> Outcome {
        let capture = ConsoleCapture()
        var console = capture.console(environment: environment)
        let input = standardInput
        console.readStandardInput = { input }
        var exitCode: Int32 = 0
        do {
            var command = try Statusmark.parseAsRoot(arguments)
            switch command {
            case let check as Statusmark.Check: try check.run(console: console)
            case let build as Statusmark.Build: try build.run(console: console)
            case let initialize as Statusmark.Init: try initialize.run(console: console)
            case let new as Statusmark.New: try new.run(console: console)
            case let update as Statusmark.Update: try update.run(console: console)
            case let resolve as Statusmark.Resolve: try resolve.run(console: console)
            case let importer as Statusmark.ImportStatuspage: try importer.run(console: console)
            case let importer as Statusmark.ImportCState: try importer.run(console: console)
            case let sample as Statusmark.Sample: try sample.run(console: console)
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
