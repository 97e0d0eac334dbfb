import StatusmarkMustache
import Testing

/// The Mustache spec's rules for comments, delimiter changes and partials, one case a rule, in the team's own
/// words.
@Suite struct SpecTagTests {
    static let cases: [SpecCase] = [
        SpecCase(rule: "a comment prints nothing", template: "a{{! a note }}b", expected: "ab"),
        SpecCase(rule: "a comment may span lines", template: "a{{! one\ntwo\n}}b", expected: "ab"),
        SpecCase(rule: "a standalone comment line is removed", template: "a\n  {{! note }}\nb", expected: "a\nb"),
        SpecCase(rule: "a standalone multi-line comment is removed", template: "a\n{{! one\ntwo }}\nb", expected: "a\nb"),
        SpecCase(rule: "a comment inside a line keeps the line", template: "a {{! note }} b\n", expected: "a  b\n"),
        SpecCase(rule: "a comment may hold braces", template: "{{! {{not a tag}} }}.", expected: " }}."),
        SpecCase(rule: "new delimiters replace the braces", template: "{{=<% %>=}}(<% w %>) {{w}}",
                 data: object(["w": .string("x")]), expected: "(x) {{w}}"),
        SpecCase(rule: "delimiters may change back", template: "{{=[ ]=}}[w] [={{ }}=] {{w}}",
                 data: object(["w": .string("x")]), expected: "x  x"),
        SpecCase(rule: "new delimiters work for sections", template: "{{=| |=}}|#on|yes|/on|",
                 data: object(["on": .bool(true)]), expected: "yes"),
        SpecCase(rule: "new delimiters do not reach into partials", template: "{{=| |=}}|>p|",
                 data: object(["w": .string("x")]), partials: ["p": "{{w}}|w|"], expected: "x|w|"),
        SpecCase(rule: "a standalone delimiter line is removed", template: "a\n  {{=| |=}}\nb|w|",
                 data: object(["w": .string("!")]), expected: "a\nb!"),
        SpecCase(rule: "a partial renders in the current context", template: "<{{>p}}>",
                 data: object(["w": .string("x")]), partials: ["p": "[{{w}}]"], expected: "<[x]>"),
        SpecCase(rule: "a missing partial renders nothing", template: "<{{>nowhere}}>", expected: "<>"),
        SpecCase(rule: "a partial may recurse while the data nests",
                 template: "{{>node}}",
                 data: object(["v": .string("1"), "kids": .list([object(["v": .string("2"), "kids": .list([])])])]),
                 partials: ["node": "{{v}}({{#kids}}{{>node}}{{/kids}})"], expected: "1(2())"),
        SpecCase(rule: "a partial inside a line keeps the spaces", template: "| {{>p}} |", partials: ["p": "\t!\t"],
                 expected: "| \t!\t |"),
        SpecCase(rule: "a standalone partial indents every line of it", template: "a\n  {{>p}}\nb",
                 data: object(["w": .string("x\ny")]), partials: ["p": "1\n{{w}}\n2\n"], expected: "a\n  1\n  x\ny\n  2\nb"),
        SpecCase(rule: "a standalone partial at the end has no line end", template: "a\n {{>p}}", partials: ["p": "q\nr"],
                 expected: "a\n q\n r"),
        SpecCase(rule: "a partial that shares a line is not indented", template: "  {{>p}} x\n", partials: ["p": "1\n2"],
                 expected: "  1\n2 x\n"),
        SpecCase(rule: "indentation adds up through nested partials", template: " {{>a}}", partials: ["a": "A\n {{>b}}\n", "b": "B\nB\n"],
                 expected: " A\n  B\n  B\n"),
        SpecCase(rule: "spaces around a partial's name are allowed", template: "{{> p }}", partials: ["p": "ok"], expected: "ok"),
    ]

    @Test(arguments: cases) func rule(_ spec: SpecCase) {
        #expect(render(spec.template, spec.data, partials: spec.partials) == spec.expected)
    }
}
