internal import StatusmarkMustache
public import StatusmarkCore

/// A theme's Mustache templates, compiled once and checked: every template parses and every partial it names
/// exists. Templates are named by their path under `templates/` without `.mustache`: `home`, `partials/bar`.
public struct TemplateLibrary: Sendable {
    let templates: TemplateSet
    /// The names of the templates it holds, sorted.
    public let names: [String]
}

extension TemplateLibrary {
    static let folder = "templates"
    static let fileExtension = ".mustache"

    /// Compiles every template of a theme.
    /// - Returns: The library, or `nil` when a template has an error; and the diagnostics, located in the
    ///   template files.
    public static func compile(_ theme: Theme) -> (library: TemplateLibrary?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: [UInt8]] = [:]
        var files: [String: ThemeFile] = [:]
        for file in theme.files(under: folder) where file.path.hasSuffix(fileExtension) {
            let name = String(file.path.dropFirst(folder.count + 1).dropLast(fileExtension.count))
            guard String(validating: file.bytes, as: UTF8.self) != nil else {
                diagnostics.append(
                    .error(
                        .fileNotUTF8, "the template is not UTF-8", at: SourceLocation(path: file.displayPath),
                        notes: [Diagnostic.Note("save the file as UTF-8")]))
                continue
            }
            sources[name] = Array(file.bytes)
            files[name] = file
        }
        let templates = TemplateSet(sources)
        for name in templates.names {
            guard let file = files[name] else { continue }
            if let error = templates.errors[name] {
                diagnostics.append(syntaxDiagnostic(error, file: file))
                continue
            }
            for reference in templates.valueNames(in: name) {
                for (part, offset) in TemplateVocabulary.unknownParts(of: reference.name) {
                    let suggestion = SpellingCorrector.suggestion(for: part, among: TemplateVocabulary.keys.sorted())
                    diagnostics.append(
                        .warning(
                            .templateUnknownValue, "no page has a value named '\(part)', so this shows nothing",
                            at: SourceLocation(
                                path: file.displayPath, line: reference.line, column: reference.column + offset,
                                length: part.count),
                            notes: [
                                Diagnostic.Note(
                                    suggestion.map { "did you mean '\($0)'?" }
                                        ?? "docs/site-and-themes.md lists the values each page has")
                            ]))
                }
            }
            for reference in templates.partialReferences(in: name) where sources[reference.name] == nil {
                let suggestion = SpellingCorrector.suggestion(for: reference.name, among: templates.names)
                diagnostics.append(
                    .error(
                        .templateUnknownPartial, "no template named '\(reference.name)'",
                        at: SourceLocation(
                            path: file.displayPath, line: reference.line, column: reference.column,
                            length: reference.name.count),
                        notes: [
                            Diagnostic.Note(
                                suggestion.map { "did you mean '\($0)'?" }
                                    ?? "partials are the files under site-template/templates/, named without .mustache")
                        ]))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (TemplateLibrary(templates: templates, names: templates.names), diagnostics)
    }

    /// Renders a page's view model with a template.
    /// - Returns: The bytes, or `nil` when there is no template of that name or its partials never end.
    func render(_ page: PageViewModel, template name: String) -> [UInt8]? {
        if let engine = Self.referenceEngine { return engine(name, page.templateContext) }
        return templates.render(name, context: page.templateContext)
    }

    /// Another engine to render pages with, for the tests that compare this one with a reference
    /// implementation: a template's name and the context stack in, the page's bytes out.
    @TaskLocal static var referenceEngine: (@Sendable (String, [TemplateValue]) -> [UInt8]?)?

    private static func syntaxDiagnostic(_ error: TemplateSyntaxError, file: ThemeFile) -> Diagnostic {
        let reason: String
        switch error.reason {
        case .closingTagMismatch: reason = "this closing tag does not match the section it closes"
        case .unclosedTag: reason = "this tag is not closed with '}}'"
        case .unclosedSection: reason = "a section is not closed ('{{/\(error.name ?? "name")}}' is missing)"
        case .invalidDelimiters: reason = "the set-delimiter tag is malformed"
        case .misplacedInParent: reason = "inside '{{<parent}}' only block definitions ('{{$name}}…{{/name}}') may appear"
        case .invalidName: reason = "'\(error.name ?? "")' is not a name: write a key, dotted keys (site.title) or '.'"
        }
        return .error(.templateSyntax, reason, at: SourceLocation(path: file.displayPath, line: error.line, column: error.column))
    }
}
