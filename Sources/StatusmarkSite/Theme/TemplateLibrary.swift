internal import Mustache
public import StatusmarkCore

/// A theme's Mustache templates, parsed once and checked: every template parses and every partial it names
/// exists. Templates are named by their path under `templates/` without `.mustache`: `home`, `partials/bar`.
public struct TemplateLibrary: Sendable {
    let library: MustacheLibrary
    /// The names of the templates it holds, sorted.
    public let names: [String]
}

extension TemplateLibrary {
    static let folder = "templates"
    static let fileExtension = ".mustache"

    /// Parses every template of a theme.
    /// - Returns: The library, or `nil` when a template has an error; and the diagnostics, located in the
    ///   template files.
    public static func compile(_ theme: Theme) -> (library: TemplateLibrary?, diagnostics: [Diagnostic]) {
        _ = HTMLEscaper.registered
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var sources: [(name: String, file: ThemeFile, text: String)] = []
        for file in theme.files(under: folder) where file.path.hasSuffix(fileExtension) {
            let name = String(file.path.dropFirst(folder.count + 1).dropLast(fileExtension.count))
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                diagnostics.append(
                    .error(
                        .fileNotUTF8, "the template is not UTF-8", at: SourceLocation(path: file.displayPath),
                        notes: [Diagnostic.Note("save the file as UTF-8")]))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: HTMLEscaper.pragma + text), named: name)
                sources.append((name, file, text))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(syntaxDiagnostic(error, file: file))
            } catch {
                diagnostics.append(
                    .error(.templateSyntax, "the template cannot be parsed: \(error)", at: SourceLocation(path: file.displayPath)))
            }
        }
        let known = Set(sources.map(\.name))
        for source in sources {
            for reference in PartialReference.all(in: source.text) where !known.contains(reference.name) {
                let suggestion = SpellingCorrector.suggestion(for: reference.name, among: known.sorted())
                diagnostics.append(
                    .error(
                        .templateUnknownPartial, "no template named '\(reference.name)'",
                        at: SourceLocation(
                            path: source.file.displayPath, line: reference.line, column: reference.column,
                            length: reference.name.count),
                        notes: [
                            Diagnostic.Note(
                                suggestion.map { "did you mean '\($0)'?" }
                                    ?? "partials are the files under site-template/templates/, named without .mustache")
                        ]))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (TemplateLibrary(library: library, names: known.sorted()), diagnostics)
    }

    /// Renders a view model with a template.
    /// - Returns: The text, or `nil` when there is no template of that name.
    func render(_ viewModel: any MustacheParent, template name: String) -> String? {
        library.render(viewModel, withTemplate: name)
    }

    private static func syntaxDiagnostic(_ error: MustacheTemplate.ParserError, file: ThemeFile) -> Diagnostic {
        let reason: String
        switch error.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: reason = "this closing tag does not match the section it closes"
        case .unfinishedName: reason = "this tag is not closed with '}}'"
        case .expectedSectionEnd: reason = "a section is not closed ('{{/name}}' is missing)"
        case .invalidSetDelimiter: reason = "the set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: reason = "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            reason = "inside '{{<parent}}' only block definitions ('{{$name}}…{{/name}}') may appear"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: reason = "the '{{% … }}' pragma is not valid"
        case nil: reason = "the template cannot be parsed (\(error.error))"
        }
        return .error(
            .templateSyntax, reason,
            // The line numbers count the escaper's pragma line, which the file does not have.
            at: SourceLocation(
                path: file.displayPath, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber))
    }
}
