import Foundation

/// Renders diagnostics for people and for machines.
///
/// - `text`: compiler style, `path:line:column: error: message [code]`, then the source line with a caret under
///   the problem, then `note:` lines.
/// - `json`: one object with every diagnostic and the counts.
/// - `github`: GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), which annotate the lines in a
///   pull request.
public struct DiagnosticFormatter: Sendable {
    /// An output format.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
        case github
    }

    public let format: Format
    /// Whether `text` uses ANSI colours.
    public let colored: Bool

    public init(format: Format, colored: Bool = false) {
        self.format = format
        self.colored = colored
    }

    /// Renders diagnostics; `source` gives the text of a file by path, for the excerpt under each one.
    public func render(_ diagnostics: [Diagnostic], source: (String) -> SourceFile?) -> String {
        switch format {
        case .text: diagnostics.map { text($0, source: source) }.joined()
        case .github: diagnostics.map(github).joined()
        case .json: json(diagnostics)
        }
    }
}

private extension DiagnosticFormatter {
    func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func text(_ diagnostic: Diagnostic, source: (String) -> SourceFile?) -> String {
        let label =
            diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;33")
        var output = ""
        if let location = diagnostic.location { output += paint("\(location):", "1") + " " }
        output += "\(label) \(paint(DisplayText.visible(diagnostic.message), "1")) [\(diagnostic.code)]\n"
        if let location = diagnostic.location, let excerpt = excerpt(at: location, source: source) {
            output += excerpt
        }
        for note in diagnostic.notes {
            let message = DisplayText.visible(note.message)
            if let location = note.location {
                output += "   \(location): \(paint("note:", "1;36")) \(message)\n"
            } else {
                output += "   \(paint("note:", "1;36")) \(message)\n"
            }
        }
        return output
    }

    /// ```
    ///    12 | ## Identifed — 2025-07-16 07:58 UTC
    ///       |    ^~~~~~~~~
    /// ```
    func excerpt(at location: SourceLocation, source: (String) -> SourceFile?) -> String? {
        guard let line = location.line, let raw = source(location.path)?.line(line) else { return nil }
        // One stand-in for each control character, so the caret below still lines up.
        let text = DisplayText.visible(String(raw), keepingTabs: true)
        let number = String(line)
        let gutter = String(repeating: " ", count: max(5, number.count + 1))
        var output = "\(gutter.dropLast(number.count))\(number) | \(text)\n"
        if let column = location.column {
            let scalars = Array(text.unicodeScalars)
            let indent = scalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            let padding = String(repeating: " ", count: max(0, column - 1 - scalars.count))
            let marker = "^" + String(repeating: "~", count: max(0, location.length - 1))
            output += "\(gutter) | \(indent)\(padding)\(paint(marker, "1;32"))\n"
        }
        return output
    }

    func github(_ diagnostic: Diagnostic) -> String {
        var properties: [String] = []
        if let location = diagnostic.location {
            properties.append("file=\(escapeProperty(location.path))")
            if let line = location.line { properties.append("line=\(line)") }
            if let column = location.column { properties.append("col=\(column)") }
        }
        properties.append("title=\(escapeProperty(diagnostic.code.rawValue))")
        let notes = diagnostic.notes.map { "\nnote: \($0.message)" }.joined()
        let command = diagnostic.severity == .error ? "error" : "warning"
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message + notes))\n"
    }

    /// Escapes what GitHub's workflow commands treat specially, then replaces any other control character.
    func escapeData(_ text: String) -> String {
        DisplayText.visible(
            text.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A"))
    }

    func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    struct JSONReport: Encodable {
        struct Entry: Encodable {
            struct Note: Encodable {
                var message: String
                var file: String?
                var line: Int?
                var column: Int?
            }

            var severity: String
            var code: String
            var message: String
            var file: String?
            var line: Int?
            var column: Int?
            var notes: [Note]
        }

        var diagnostics: [Entry]
        var errors: Int
        var warnings: Int
    }

    func json(_ diagnostics: [Diagnostic]) -> String {
        let report = JSONReport(
            diagnostics: diagnostics.map { diagnostic in
                JSONReport.Entry(
                    severity: diagnostic.severity.rawValue, code: diagnostic.code.rawValue,
                    message: DisplayText.visible(diagnostic.message), file: diagnostic.location?.path, line: diagnostic.location?.line,
                    column: diagnostic.location?.column,
                    notes: diagnostic.notes.map {
                        JSONReport.Entry.Note(
                            message: DisplayText.visible($0.message), file: $0.location?.path, line: $0.location?.line,
                            column: $0.location?.column)
                    })
            },
            errors: diagnostics.errorCount, warnings: diagnostics.warningCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
