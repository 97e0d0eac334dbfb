import Foundation
@testable import StatusmarkCLI

/// A console whose output is kept for assertions.
final class ConsoleCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errorText = ""

    var out: String { lock.withLock { outText } }
    var error: String { lock.withLock { errorText } }

    func console(environment: [String: String] = [:]) -> Console {
        Console(
            writeOut: { text in self.lock.withLock { self.outText += text } },
            writeError: { text in self.lock.withLock { self.errorText += text } },
            errorSupportsColor: false, environment: environment)
    }
}
