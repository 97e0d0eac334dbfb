import Foundation

/// The console, with every secret `notify` read replaced before a line is written: a server's answer or a
/// library's message can repeat an address, and a secret must never reach a log.
struct RedactingConsole: Sendable {
    let console: Console
    let secrets: [String]

    func redact(_ text: String) -> String {
        secrets.filter { $0.count >= 4 }.reduce(text) { $0.replacingOccurrences(of: $1, with: "[secret]") }
    }

    func line(_ text: String) { console.writeOut(redact(text) + "\n") }
    func write(_ text: String) { console.writeOut(redact(text)) }
    func error(_ text: String) { console.writeError(redact(text)) }
}
