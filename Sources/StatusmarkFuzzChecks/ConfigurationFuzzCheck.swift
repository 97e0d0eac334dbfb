import StatusmarkCore

/// What must hold for any bytes saved as statusmark.yml: a configuration or at least one error, every
/// diagnostic at a line of the file, and printable diagnostics in every format.
public enum ConfigurationFuzzCheck {
    public static func check(_ bytes: [UInt8]) {
        let file = SourceFile(path: "statusmark.yml", text: String(decoding: bytes, as: UTF8.self))
        let (configuration, diagnostics) = ConfigurationDecoder().decode(file)
        precondition(configuration != nil || diagnostics.hasErrors, "neither a configuration nor an error")
        let lineCount = file.text.utf8.count { $0 == 0x0A || $0 == 0x0D } + 2
        for diagnostic in diagnostics {
            precondition(diagnostic.location?.path == file.path, "a diagnostic about another file: \(diagnostic)")
            if let line = diagnostic.location?.line { precondition((1...lineCount).contains(line), "line \(line) past the file") }
        }
        FormattedOutputCheck.check(diagnostics, source: file)
        if let configuration {
            precondition(!configuration.components.contains { $0.id.isEmpty }, "a component without an id")
            if let url = configuration.baseURL { precondition(BaseURLRule.problem(with: url) == nil, "an unusable base_url") }
        }
    }
}
