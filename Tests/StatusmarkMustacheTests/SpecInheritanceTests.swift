import StatusmarkMustache
import Testing

/// The Mustache spec's inheritance rules (parents and blocks), one case a rule, in the team's own words.
@Suite struct SpecInheritanceTests {
    static let cases: [SpecCase] = [
        SpecCase(rule: "a block shows its default content", template: "<{{$b}}plain{{/b}}>", expected: "<plain>"),
        SpecCase(rule: "a block's default content renders tags", template: "{{$b}}{{w}} {{{h}}} {{#on}}+{{/on}}{{^off}}-{{/off}}{{/b}}",
                 data: object(["w": .string("x"), "h": .string("<i>"), "on": .bool(true), "off": .bool(false)]), expected: "x <i> +-"),
        SpecCase(rule: "a value with tags is not expanded in a block", template: "{{$b}}{{w}}{{/b}}",
                 data: object(["w": .string("{{x}}")]), expected: "{{x}}"),
        SpecCase(rule: "a parent renders its blocks' defaults", template: "{{<frame}}{{/frame}}",
                 partials: ["frame": "[{{$b}}inner{{/b}}]"], expected: "[inner]"),
        SpecCase(rule: "a parent's block definitions replace the defaults", template: "{{<frame}}{{$b}}mine{{/b}}{{/frame}}",
                 partials: ["frame": "[{{$b}}inner{{/b}}]"], expected: "[mine]"),
        SpecCase(rule: "data of the same name does not replace a block", template: "{{<frame}}{{$b}}mine{{/b}}{{/frame}}",
                 data: object(["b": .string("data")]), partials: ["frame": "[{{$b}}inner{{/b}}]"], expected: "[mine]"),
        SpecCase(rule: "data of the same name does not replace a default", template: "{{$b}}def{{/b}}",
                 data: object(["b": .string("data")]), expected: "def"),
        SpecCase(rule: "one parent may be used twice with other blocks",
                 template: "{{<frame}}{{$b}}1{{/b}}{{/frame}}{{<frame}}{{$b}}2{{/b}}{{/frame}}",
                 partials: ["frame": "({{$b}}0{{/b}})"], expected: "(1)(2)"),
        SpecCase(rule: "an override keeps its line ends", template: "{{<frame}}{{$b}}\nx\n\ny\n{{/b}}{{/frame}}",
                 partials: ["frame": "{{$b}}z{{/b}}"], expected: "x\n\ny\n"),
        SpecCase(rule: "an override takes the place of an indented block", template: "{{<frame}}{{$b}}new{{/b}}{{/frame}}",
                 partials: ["frame": "head:\n   {{$b}}old{{/b}}\n"], expected: "head:\n   new\n"),
        SpecCase(rule: "blocks not overridden keep their defaults", template: "{{<frame}}{{$two}}2!{{/two}}{{/frame}}",
                 partials: ["frame": "{{$one}}1{{/one}}+{{$two}}2{{/two}}"], expected: "1+2!"),
        SpecCase(rule: "a parent with no blocks is a partial", template: "{{>frame}}/{{<frame}}{{/frame}}",
                 partials: ["frame": "{{$b}}d{{/b}}"], expected: "d/d"),
        SpecCase(rule: "the outermost override wins over levels", template: "{{<p1}}{{$b}}top{{/b}}{{/p1}}",
                 partials: ["p1": "{{<p2}}{{$b}}mid{{/b}}{{/p2}}", "p2": "{{<p3}}{{$b}}low{{/b}}{{/p3}}", "p3": "{{$b}}base{{/b}}"],
                 expected: "top"),
        SpecCase(rule: "without an override the nearest level's wins", template: "{{<p1}}{{/p1}}",
                 partials: ["p1": "{{<p2}}{{$b}}mid{{/b}}{{/p2}}", "p2": "{{<p3}}{{$b}}low{{/b}}{{/p3}}", "p3": "{{$b}}base{{/b}}"],
                 expected: "mid"),
        SpecCase(rule: "overrides reach parents used inside blocks",
                 template: "{{<a}}{{$x}}X{{/x}}{{/a}}",
                 partials: ["a": "{{$x}}a{{/x}} {{$y}}{{<b}}{{/b}}{{/y}}", "b": "{{$x}}b{{/x}} {{<a}}{{$y}}stop{{/y}}{{/a}}"],
                 expected: "X X X stop"),
        SpecCase(rule: "text inside a parent is ignored", template: "{{<frame}} ignored {{$b}}kept{{/b}} too {{/frame}}",
                 partials: ["frame": "{{$b}}d{{/b}}"], expected: "kept"),
        SpecCase(rule: "a parent with only text renders its defaults", template: "{{<frame}} just text {{/frame}}",
                 partials: ["frame": "{{$b}}d{{/b}}"], expected: "d"),
        SpecCase(rule: "an override renders in the context where its block is", template: "{{<frame}}{{$b}}{{w}}{{/b}}{{/frame}}",
                 data: object(["w": .string("outer"), "inner": object(["w": .string("inner")])]),
                 partials: ["frame": "{{#inner}}{{$b}}-{{/b}}{{/inner}}"], expected: "inner"),
        SpecCase(rule: "a block inside its own override shows its default", template: "{{<frame}}{{$b}}<{{$b}}inner{{/b}}>{{/b}}{{/frame}}",
                 partials: ["frame": "{{$b}}d{{/b}}"], expected: "<inner>"),
        SpecCase(rule: "a parent's tags on one line are standalone", template: "a\n  {{<frame}}{{/frame}}\nb",
                 partials: ["frame": "1\n2\n"], expected: "a\n  1\n  2\nb"),
        SpecCase(rule: "a parent and a block on one line are standalone", template: "{{<frame}}{{$b}}\nx\n{{/b}}\n{{/frame}}\n",
                 partials: ["frame": "<{{$b}}{{/b}}>"], expected: "<x\n>"),
    ]

    @Test(arguments: cases) func rule(_ spec: SpecCase) {
        #expect(render(spec.template, spec.data, partials: spec.partials) == spec.expected)
    }
}
