import Yams

/// Reads composed YAML nodes and reports problems at their place in the file that holds the YAML.
///
/// Values are read from the composed node tree rather than through `Decodable`: every node keeps its mark, so a
/// wrong value is reported at its own line and column, and unknown keys can be listed with a suggestion.
struct YAMLDocumentReader {
    /// The file the YAML is in.
    let path: String
    /// The file's line number of the YAML's first line (2 for front matter after a `---` line).
    let firstLine: Int
    /// The code for syntax errors: `config.yaml-syntax` or `frontmatter.yaml-syntax`.
    let syntaxCode: DiagnosticCode
    /// The code for unknown keys.
    let unknownKeyCode: DiagnosticCode
    /// The code for wrong values.
    let invalidValueCode: DiagnosticCode

    /// Composes YAML text into a node tree, or returns the syntax error as a located diagnostic.
    func compose(_ text: String) -> Result<Node?, Diagnostic> {
        let yaml = Self.withoutYAMLOnlyLineBreaks(text)
        if let key = YAMLKeyScanner.firstNonScalarKey(in: yaml) {
            return .failure(
                .error(
                    syntaxCode, "this key is a list, a mapping or an alias; keys must be plain words",
                    at: location(line: key.line, column: key.column),
                    notes: [Diagnostic.Note("write the key as text, such as 'title:'; quote it if it holds ': ' or starts with '?'")]))
        }
        do {
            // Values are read as the text they are written as, so no tag needs resolving (which costs a regular
            // expression per scalar), and the encoding is given so that Yams does not read the environment each time.
            return .success(try Yams.compose(yaml: yaml, .basic, Self.constructor, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(.error(syntaxCode, "cannot read the YAML: \(error)", at: location(line: 1, column: 1)))
        }
    }

    /// One constructor for every file: `Constructor.default` makes a new one, with its three tables, each time.
    /// Composing only keeps it in the nodes' tags, and nothing here asks it to construct a value.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// The text with NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as spaces. YAML counts them as line breaks, but
    /// the file's lines (``LineCursor``, as CommonMark counts them) end only at `\n` and `\r`, so YAML's marks would
    /// point below the line they mean; one character for one keeps every column. As values they would be removed
    /// anyway, with the other control characters.
    static func withoutYAMLOnlyLineBreaks(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(0xC2) || bytes.contains(0xE2) else { return text }
        let breaks: Set<Unicode.Scalar> = ["\u{85}", "\u{2028}", "\u{2029}"]
        guard text.unicodeScalars.contains(where: breaks.contains) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { breaks.contains($0) ? " " : $0 }))
    }

    func location(line: Int, column: Int, length: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: firstLine + line - 1, column: column, length: length)
    }

    /// Where a node starts; for a scalar, the span covers its text.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine) }
        let length = node.scalar.map { max(1, $0.string.unicodeScalars.count) } ?? 1
        return location(line: mark.line, column: mark.column, length: length)
    }

    /// The pairs of a mapping by key, reporting keys that are not in `known` (with a suggestion) and keys that are
    /// not plain strings.
    func entries(
        of mapping: Node.Mapping, known: [String], diagnostics: inout [Diagnostic], what: String
    ) -> [String: (key: Node, value: Node)] {
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.append(
                    .error(unknownKeyCode, "keys of \(what) must be plain words", at: location(of: key)))
                continue
            }
            guard known.contains(name) else {
                var notes: [Diagnostic.Note] = []
                if let suggestion = SpellingCorrector.suggestion(for: name, among: known) {
                    notes.append(Diagnostic.Note("did you mean '\(suggestion)'?"))
                }
                notes.append(Diagnostic.Note("valid keys: \(known.joined(separator: ", "))"))
                diagnostics.append(
                    .error(unknownKeyCode, "unknown key '\(name)' in \(what)", at: location(of: key), notes: notes))
                continue
            }
            result[name] = (key, value)
        }
        return result
    }

    /// The text of a scalar value; `nil` (with a diagnostic) for a list or mapping, and `nil` (without one) for
    /// an empty value.
    func string(_ node: Node, key: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let scalar = node.scalar else {
            diagnostics.append(
                .error(invalidValueCode, "'\(key)' must be a single value, not a list or mapping", at: location(of: node)))
            return nil
        }
        if scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        let text = scalar.string.removingControlCharacters().trimmingWhitespace()
        return text.isEmpty ? nil : text
    }

    /// A scalar value read by `parse`. When `parse` rejects the text, reports "'key' must be <expected>; found
    /// '<text>'" at the value. `nil` when the key is absent, empty or invalid.
    /// - Parameters:
    ///   - entry: The key and value from ``entries(of:known:diagnostics:what:)``, if the key is present.
    ///   - expected: What the value must be, as a phrase: "true or false".
    ///   - notes: Notes for a rejected text, such as a suggestion.
    func value<Value>(
        _ entry: (key: Node, value: Node)?, key: String, expected: String,
        notes: (String) -> [String] = { _ in [] }, diagnostics: inout [Diagnostic], parse: (String) -> Value?
    ) -> Value? {
        guard let entry, let text = string(entry.value, key: key, diagnostics: &diagnostics) else { return nil }
        if let value = parse(text) { return value }
        diagnostics.append(
            .error(
                invalidValueCode, "'\(key)' must be \(expected); found '\(text)'", at: location(of: entry.value),
                notes: notes(text).map { Diagnostic.Note($0) }))
        return nil
    }

    /// A diagnostic for a Yams error, at the error's own line in the file.
    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var notes: [Diagnostic.Note] = []
            if let context {
                let contextLocation = location(line: context.mark.line, column: context.mark.column)
                notes.append(Diagnostic.Note("\(context.text) here", at: contextLocation))
            }
            notes.append(Diagnostic.Note("quote values that contain ': ' or start with a special character"))
            return .error(
                syntaxCode, "YAML syntax error: \(problem)", at: location(line: mark.line, column: mark.column),
                notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error(
                syntaxCode, "duplicate key \(names): each key may appear once",
                at: location(line: context.mark.line, column: context.mark.column),
                notes: [Diagnostic.Note("remove or rename the repeated key")])
        default:
            return .error(syntaxCode, "cannot read the YAML: \(error)", at: location(line: 1, column: 1))
        }
    }
}
