import Foundation

/// Where a command writes: standard output and standard error, or buffers in tests.
package struct Console: Sendable {
    package var writeOut: @Sendable (String) -> Void
    package var writeError: @Sendable (String) -> Void
    /// Whether standard error is a terminal that can show colours.
    package var errorSupportsColor: Bool
    /// The process environment.
    package var environment: [String: String]
    /// Standard input when something is piped into it; `nil` when it is a terminal.
    package var readStandardInput: @Sendable () -> String?

    package init(
        writeOut: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
        errorSupportsColor: Bool = false, environment: [String: String] = [:],
        readStandardInput: @escaping @Sendable () -> String? = { nil }
    ) {
        self.writeOut = writeOut
        self.writeError = writeError
        self.errorSupportsColor = errorSupportsColor
        self.environment = environment
        self.readStandardInput = readStandardInput
    }

    /// The process's own standard output and error.
    package static var standard: Console {
        let environment = ProcessEnvironment.current
        let colorCapable = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
        return Console(
            writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) },
            errorSupportsColor: colorCapable,
            environment: environment,
            readStandardInput: MessageInput.pipedStandardInput)
    }
}
