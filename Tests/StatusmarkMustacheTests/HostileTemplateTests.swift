import StatusmarkMustache
import Testing

/// A theme file can hold anything: random bytes, half-written tags, tags by the thousand. Compiling and
/// rendering it ends, without a crash, and an error names a place inside the file.
@Suite struct HostileTemplateTests {
    static let pieces = ["{{", "}}", "{{{", "}}}", "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{>t}}", "{{<t}}",
                         "{{$a}}", "{{=| |=}}", "|", "{{!", "\n", "\r\n", " ", "x", "{{.}}", "{{a.b}}", "é", "\u{0}"]

    @Test func randomSourcesCompileAndRenderOrSayWhere() {
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let data = object(["a": .list([object(["b": .bool(true)]), .string("s")]), "b": .bool(false)])
        for _ in 0..<3000 {
            let text = (0..<(next() % 40)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()
            let set = TemplateSet(["main": Array(text.utf8), "t": Array(text.utf8)])
            if let error = set.errors["main"] {
                let lines = text.utf8.filter { $0 == UInt8(ascii: "\n") }.count + 1
                #expect(error.line >= 1 && error.line <= lines, "\(String(reflecting: text)): \(error)")
            } else {
                // A template that includes itself stops at a limit; the render then says it is incomplete.
                var output: [UInt8] = []
                _ = set.render("main", context: [data], into: &output)
            }
        }
    }

    @Test func aPartialThatIncludesItselfTwiceStopsAtTheLimit() {
        let set = TemplateSet(["main": Array("{{>t}}".utf8), "t": Array("x{{>t}}{{>t}}".utf8)])
        var output: [UInt8] = []
        #expect(!set.render("main", context: [], into: &output))
        #expect(output.count <= 200_001)
        #expect(set.render("main", context: []) == nil)
    }

    @Test func aRecursionThatDataEndsRenders() {
        let leaf = object(["v": .string("c"), "kids": .list([])])
        let tree = object(["v": .string("a"), "kids": .list([object(["v": .string("b"), "kids": .list([leaf])])])])
        let set = TemplateSet(["main": Array("{{>node}}".utf8), "node": Array("{{v}}[{{#kids}}{{>node}}{{/kids}}]".utf8)])
        #expect(set.render("main", context: [tree]).map { String(decoding: $0, as: UTF8.self) } == "a[b[c[]]]")
    }

    @Test func manyTagsOnOneLineCompileInLinearTime() {
        // Each tag once looked for the next line's end from its own place: 20,000 tags on a line would have
        // been 200 million steps.
        let line = String(repeating: "{{<t}}{{/t}}", count: 10_000)
        let set = TemplateSet(["main": Array(line.utf8), "t": Array("x".utf8)])
        #expect(set.errors.isEmpty)
        #expect(set.render("main", context: []) == Array(String(repeating: "x", count: 10_000).utf8))
    }
}
