import StatusmarkCore

/// Diagnostics print in every format without a raw control character: the text format keeps only its line
/// breaks, tabs and (when coloured) its own ESC sequences; the others are one line per diagnostic or JSON.
enum FormattedOutputCheck {
    static func check(_ diagnostics: [Diagnostic], source: SourceFile) {
        for format in DiagnosticFormatter.Format.allCases {
            let output = DiagnosticFormatter(format: format).render(diagnostics) { $0 == source.path ? source : nil }
            precondition(
                !output.unicodeScalars.contains { DisplayText.isUnsafe($0) && $0 != "\n" && $0 != "\t" },
                "a raw control character in the \(format) output")
            if format == .github {
                precondition(output.split(separator: "\n").count == diagnostics.count, "an annotation on two lines")
            }
        }
    }
}
