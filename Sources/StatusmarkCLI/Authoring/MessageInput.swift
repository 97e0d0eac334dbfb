import Foundation

/// Where an update's text comes from: the command line, a file, or standard input when it is piped (chat bots
/// and pipelines), in that order.
struct MessageInput {
    enum Failure: Error, CustomStringConvertible {
        case unreadable(String, String)

        var description: String {
            switch self {
            case .unreadable(let path, let reason): "cannot read the message file \(path)\nreason: \(reason)"
            }
        }
    }

    var words: [String]
    var file: String?
    /// Reads standard input, or `nil` when it is a terminal (nobody is piping a message).
    var standardInput: () -> String?

    /// The message, or `nil` when none was given.
    func read() throws(Failure) -> String? {
        if !words.isEmpty { return words.joined(separator: " ") }
        if let file {
            if file == "-" { return standardInput() ?? "" }
            do {
                return try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw .unreadable(file, error.localizedDescription)
            }
        }
        return standardInput()
    }

    /// Standard input when it is not a terminal.
    static func pipedStandardInput() -> String? {
        guard isatty(STDIN_FILENO) == 0 else { return nil }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
    }
}
