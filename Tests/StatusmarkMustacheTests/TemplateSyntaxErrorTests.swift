import StatusmarkMustache
import Testing

/// A template that does not parse says why and where.
@Suite struct TemplateSyntaxErrorTests {
    static let cases: [(String, TemplateSyntaxError)] = [
        ("a\n{{#x}}\n{{/y}}", TemplateSyntaxError(reason: .closingTagMismatch, line: 3, column: 4, name: "y")),
        ("{{/x}}", TemplateSyntaxError(reason: .closingTagMismatch, line: 1, column: 4, name: "x")),
        ("é {{w", TemplateSyntaxError(reason: .unclosedTag, line: 1, column: 3)),
        ("\n  {{#open}}\n", TemplateSyntaxError(reason: .unclosedSection, line: 2, column: 6, name: "open")),
        ("{{=a=}}", TemplateSyntaxError(reason: .invalidDelimiters, line: 1, column: 1)),
        ("{{<p}}\n{{w}}\n{{/p}}", TemplateSyntaxError(reason: .misplacedInParent, line: 2, column: 1)),
        ("{{}}", TemplateSyntaxError(reason: .invalidName, line: 1, column: 3, name: "")),
        ("{{a b}}", TemplateSyntaxError(reason: .invalidName, line: 1, column: 3, name: "a b")),
        ("{{a..b}}", TemplateSyntaxError(reason: .invalidName, line: 1, column: 3, name: "a..b")),
    ]

    @Test(arguments: cases) func error(_ template: String, _ expected: TemplateSyntaxError) {
        let set = TemplateSet(["t": Array(template.utf8)])
        #expect(set.errors["t"] == expected)
        #expect(set.render("t", context: []) == nil)
    }

    @Test func referencesAreListedWithTheirPlaces() {
        let set = TemplateSet(["t": Array("{{title}}\n  {{> card}}{{#a.b}}{{.}}{{/a.b}}\n{{<frame}}{{/frame}}".utf8)])
        #expect(set.partialReferences(in: "t").map { "\($0.name)@\($0.line):\($0.column)" } == ["card@2:7", "frame@3:4"])
        #expect(set.valueNames(in: "t").map { "\($0.name)@\($0.line):\($0.column)" } == ["title@1:3", "a.b@2:16"])
    }
}
