import StatusmarkCore

/// Prints diagnostics in the chosen format: text to standard error, JSON and GitHub annotations to standard
/// output, where pipelines read them.
struct DiagnosticPrinter {
    let format: DiagnosticFormatter.Format
    let color: ColorMode
    let console: Console

    func print(_ diagnostics: [Diagnostic], sources: ProjectSources?) {
        let formatter = DiagnosticFormatter(format: format, colored: format == .text && color.isEnabled(on: console))
        let output = formatter.render(diagnostics) { sources?.file(atPath: $0) }
        guard !output.isEmpty else { return }
        if format == .text {
            console.writeError(output)
        } else {
            console.writeOut(output)
        }
    }
}

extension Int {
    /// `1 error`, `2 errors`.
    func counted(_ noun: String) -> String {
        self == 1 ? "1 \(noun)" : "\(self) \(noun)s"
    }
}
