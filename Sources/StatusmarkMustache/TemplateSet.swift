/// A set of named templates compiled together, so that partials and parents are found by number: a theme.
///
/// ```swift
/// let set = TemplateSet(["page": Array("<h1>{{title}}</h1>".utf8)])
/// let html = set.render("page", context: [value])
/// ```
public struct TemplateSet: Sendable {
    /// A template's parse, with the names it refers to.
    struct Compiled: Sendable {
        var partials: [TemplateParser.Reference]
        var names: [TemplateParser.Reference]
    }

    /// The template names, sorted; a template's number is its index here.
    public let names: [String]
    let templates: [Compiled]
    /// The templates as instructions, by number (an empty program for one that does not parse).
    let programs: [TemplateProgram]
    /// The programs' tables, by number, for renderers: the programs above keep them allocated.
    let tables: [TemplateProgram.Tables]
    /// Each template's number, by name.
    let numbers: [String: Int]
    /// The templates that do not parse, by name.
    public let errors: [String: TemplateSyntaxError]

    /// Compiles every template. A template that does not parse is left out and its error kept in `errors`; a
    /// partial that names no template renders as nothing, as Mustache has it (`partialReferences` lists them).
    public init(_ sources: [String: [UInt8]]) {
        let names = sources.keys.sorted()
        var numbers: [String: Int] = [:]
        for (number, name) in names.enumerated() { numbers[name] = number }
        var templates: [Compiled] = []
        var programs: [TemplateProgram] = []
        var errors: [String: TemplateSyntaxError] = [:]
        for name in names {
            var parser = TemplateParser(source: sources[name]!, templateNumber: { numbers[$0] ?? -1 })
            do {
                let nodes = try parser.parse()
                templates.append(Compiled(partials: parser.partials, names: parser.names))
                programs.append(TemplateProgram(nodes))
            } catch {
                errors[name] = error
                templates.append(Compiled(partials: [], names: []))
                programs.append(TemplateProgram([]))
            }
        }
        self.names = names
        self.numbers = numbers
        self.templates = templates
        self.programs = programs
        tables = programs.map(\.tables)
        self.errors = errors
    }

    /// Every `{{> name}}` and `{{< name}}` of a template, with where it is.
    public func partialReferences(in template: String) -> [(name: String, line: Int, column: Int)] {
        guard let number = numbers[template] else { return [] }
        return templates[number].partials.map { ($0.name, $0.line, $0.column) }
    }

    /// Every name a template's tags read (`site.title`; `.` left out), with where it is.
    public func valueNames(in template: String) -> [(name: String, line: Int, column: Int)] {
        guard let number = numbers[template] else { return [] }
        return templates[number].names.map { ($0.name, $0.line, $0.column) }
    }

    /// Renders a template over a context stack, its last value innermost (searched first).
    /// - Returns: The bytes, or `nil` when the set has no template of that name or it did not parse.
    public func render(_ template: String, context: [TemplateValue]) -> [UInt8]? {
        var output: [UInt8] = []
        return render(template, context: context, into: &output) ? output : nil
    }

    /// Renders a template over a context stack, appending to `output`.
    /// - Returns: `false` when the set has no template of that name or it did not parse.
    public func render(_ template: String, context: [TemplateValue], into output: inout [UInt8]) -> Bool {
        guard let number = numbers[template], errors[template] == nil else { return false }
        return render(number, context: context, into: &output)
    }

    /// The number of a template, for rendering it without looking its name up.
    public func number(of template: String) -> Int? {
        guard let number = numbers[template], errors[template] == nil else { return nil }
        return number
    }

    /// Renders the template of that number over a context stack, appending to `output`.
    /// - Returns: `false` when there is no such template, or when partials nested more than 100 deep or were
    ///   expanded more than 200,000 times (a template that includes itself): `output` is then incomplete.
    @discardableResult
    public func render(_ number: Int, context: [TemplateValue], into output: inout [UInt8]) -> Bool {
        guard templates.indices.contains(number) else { return false }
        // The programs, and so their tables, stay alive while this set does.
        return withExtendedLifetime(programs) {
            var renderer = TemplateRenderer(programs: tables, output: [], context: context)
            swap(&renderer.output, &output)
            renderer.render(number, indentation: .none)
            swap(&renderer.output, &output)
            return !renderer.exceededLimit
        }
    }
}
