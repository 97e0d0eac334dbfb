import StatusmarkMustache
import Testing

/// The Mustache spec's interpolation rules, one case a rule, in the team's own words.
@Suite struct SpecInterpolationTests {
    static let cases: [SpecCase] = [
        SpecCase(rule: "text without tags is copied", template: "All systems go.\n", expected: "All systems go.\n"),
        SpecCase(rule: "a value replaces its tag", template: "Status: {{word}}!", data: object(["word": .string("up")]),
                 expected: "Status: up!"),
        SpecCase(rule: "a value's tags are not expanded", template: "{{text}}",
                 data: object(["text": .string("{{word}}")]), expected: "{{word}}"),
        SpecCase(rule: "double braces escape HTML", template: "{{html}}",
                 data: object(["html": .string("<b>\"R&D\"</b>")]), expected: "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;"),
        SpecCase(rule: "triple braces do not escape", template: "{{{html}}}",
                 data: object(["html": .string("<b>&</b>")]), expected: "<b>&</b>"),
        SpecCase(rule: "an ampersand does not escape", template: "{{&html}}",
                 data: object(["html": .string("<i>")]), expected: "<i>"),
        SpecCase(rule: "a whole number prints without a fraction", template: "{{n}} {{{n}}} {{&n}}",
                 data: object(["n": .number(42)]), expected: "42 42 42"),
        SpecCase(rule: "a decimal prints as written", template: "{{x}} {{{x}}} {{&x}}",
                 data: object(["x": .number(2.75)]), expected: "2.75 2.75 2.75"),
        SpecCase(rule: "an absent value prints nothing", template: "[{{gone}}] [{{{gone}}}] [{{&gone}}]",
                 data: object(["gone": nil]), expected: "[] [] []"),
        SpecCase(rule: "a missing key prints nothing", template: "[{{nothing}}]", expected: "[]"),
        SpecCase(rule: "dotted names reach into objects", template: "{{a.b.c}} {{{a.b.c}}} {{&a.b.c}}",
                 data: object(["a": object(["b": object(["c": .string("deep")])])]), expected: "deep deep deep"),
        SpecCase(rule: "a dotted name equals its sections", template: "{{a.b.c}}={{#a}}{{#b}}{{c}}{{/b}}{{/a}}",
                 data: object(["a": object(["b": object(["c": .string("x")])])]), expected: "x=x"),
        SpecCase(rule: "a broken chain prints nothing", template: "[{{a.b.c}}]",
                 data: object(["a": object(["z": .string("no")])]), expected: "[]"),
        SpecCase(rule: "later parts of a dotted name look only inside the first",
                 template: "[{{a.b.c}}]",
                 data: object(["a": object(["b": object([:])]), "c": .string("outer")]), expected: "[]"),
        SpecCase(rule: "the first part of a dotted name is looked up outwards",
                 template: "{{#a}}{{#b}}{{c.d}}{{/b}}{{/a}}",
                 data: object(["a": object(["b": object([:])]), "c": object(["d": .string("found")])]), expected: "found"),
        SpecCase(rule: "the current value is a dot", template: "{{.}}|{{{.}}}|{{&.}}", data: .string("a<b"),
                 expected: "a&lt;b|a<b|a<b"),
        SpecCase(rule: "interpolation keeps surrounding spaces", template: "  {{w}} \n", data: object(["w": .string("x")]),
                 expected: "  x \n"),
        SpecCase(rule: "an interpolation is never standalone", template: "  {{w}}\n  {{{w}}}\n",
                 data: object(["w": .string("x")]), expected: "  x\n  x\n"),
        SpecCase(rule: "spaces inside a tag are allowed", template: "{{ w }}{{{ w }}}{{& w }}",
                 data: object(["w": .string("x")]), expected: "xxx"),
    ]

    @Test(arguments: cases) func rule(_ spec: SpecCase) {
        #expect(render(spec.template, spec.data, partials: spec.partials) == spec.expected)
    }
}
