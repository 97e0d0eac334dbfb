import StatusmarkCore

/// Prints diagnostics in the chosen format: text to standard error, JSON and GitHub annotations to standard
/// output, where pipelines read them.
struct DiagnosticPrinter {
    let format: DiagnosticFormatter.Format
    let color: ColorMode
    let console: Console

    /// - Parameters:
    ///   - sources: The site's files, for source excerpts.
    ///   - themeSources: The site's theme files, for excerpts of template diagnostics.
    func print(_ diagnostics: [Diagnostic], sources: ProjectSources?, themeSources: [SourceFile] = []) {
        let formatter = DiagnosticFormatter(format: format, colored: format == .text && color.isEnabled(on: console))
        let output = formatter.render(diagnostics) { path in
            sources?.file(atPath: path) ?? themeSources.first { $0.path == path }
        }
        guard !output.isEmpty else { return }
        if format == .text {
            console.writeError(output)
        } else {
            console.writeOut(output)
        }
    }
}
