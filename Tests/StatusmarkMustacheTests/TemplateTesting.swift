import Testing
import StatusmarkMustache

/// An object of the value tree from a literal: `object(["name": .string("Ada")])`.
func object(_ fields: KeyValuePairs<String, TemplateValue?>) -> TemplateValue {
    .object(TemplateObject(TemplateShape(fields.map(\.key)), fields.map(\.value)))
}

/// A template rendered with this engine over one value, with named partials.
func render(_ template: String, _ data: TemplateValue = object([:]), partials: [String: String] = [:]) -> String? {
    var sources = partials.mapValues { Array($0.utf8) }
    sources["main"] = Array(template.utf8)
    let set = TemplateSet(sources)
    guard let bytes = set.render("main", context: [data]) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
}

/// One case of a rule: a template, its data and partials, and what it renders.
struct SpecCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var template: String
    var data: TemplateValue = object([:])
    var partials: [String: String] = [:]
    var expected: String

    var testDescription: String { rule }
}
