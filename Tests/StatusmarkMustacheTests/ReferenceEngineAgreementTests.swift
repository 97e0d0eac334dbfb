import MustacheOracle
import StatusmarkMustache
import Testing

/// Random templates from Mustache's grammar over random data render the same with this engine and with
/// swift-mustache.
///
/// The generator keeps to what both implement as the spec says, and around where swift-mustache departs from it:
/// - data holds no line breaks: swift-mustache indents a partial's lines after each rendered line break, values
///   included, where the spec indents only the partial's own lines;
/// - no combining marks: it escapes by character, so `"` followed by a combining accent stays unescaped;
/// - a template does not end in a line of blanks, which swift-mustache drops;
/// - a tag that shows nothing itself (a section's, a comment, a partial, a delimiter change) is alone on its line
///   or between text: swift-mustache treats lines of several such tags, a standalone closing tag after an inline
///   opening one, blanks after a tag at the end, and a delimiter change in a parent's block otherwise than the
///   spec;
/// - only names of scalars are printed (Mustache does not say how to print a list or an object);
/// - a standalone partial is not indented: swift-mustache indents only lines that render something, where the
///   spec indents every line of the partial;
/// - a block in a parent does not begin with a line break, which swift-mustache drops even when the parent's
///   tag shares its line with text;
/// - a block never holds a block of its own name, which swift-mustache expands without end (this engine shows
///   the inner one's default);
/// - parents and blocks share their lines with text: the spec's reindentation of standalone blocks is beyond
///   swift-mustache, and these engines' standalone rules for them are tested in `SpecInheritanceTests`.
@Suite struct ReferenceEngineAgreementTests {
    /// SplitMix64: the same seed gives the same cases on every platform.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// `a` and `b` hold scalars, `c` a list of scalars, `d` an object or a list of objects.
    static let keys = ["a", "b", "c", "d"]
    static let texts = ["x", " ", "\n", "  ", "<p>", "&", "\"q\"", "'", "é", "\t", "\r\n", "{", "}"]

    /// A name of a scalar; `.` only right inside a section over `c`.
    static func name(_ random: inout Generator, inList: Bool) -> String {
        switch random.below(6) {
        case 0 where inList: "."
        case 1: "d.\(random.pick(["a", "b"]))"
        default: random.pick(["a", "b"])
        }
    }

    /// A tag that shows nothing itself, alone on its line or between text: lines of several such tags, and blanks
    /// after one at the end, are where swift-mustache's standalone rules differ from the spec's.
    static func alone(_ tag: String, _ random: inout Generator) -> String {
        random.below(2) == 0 ? "\n\(tag)\n" : "-\(tag)-"
    }

    static func template(
        _ random: inout Generator, depth: Int, partials: [String], inList: Bool = false, delimiters: Bool = true
    ) -> String {
        var out = ""
        for _ in 0..<random.below(5) + 1 {
            switch random.below(depth > 2 ? 5 : 12) {
            case 0, 1, 2: out += random.pick(texts)
            case 3: out += "{{\(name(&random, inList: inList))}}"
            case 4: out += random.below(2) == 0 ? "{{{\(name(&random, inList: inList))}}}" : "{{& \(name(&random, inList: inList)) }}"
            case 5, 6:
                let key = random.pick(keys)
                let sigil = random.below(3) == 0 ? "^" : "#"
                let body = template(&random, depth: depth + 1, partials: partials, inList: key == "c" && sigil == "#")
                if random.below(2) == 0 {
                    out += "\n{{\(sigil)\(key)}}\n\(body)\n{{/\(key)}}\n"
                } else {
                    out += "-{{\(sigil)\(key)}}-\(body)-{{/\(key)}}-"
                }
            case 7: out += alone("{{! \(random.pick(["x", " ", "note"])) }}", &random)
            case 8:
                if let partial = partials.randomElement(using: &random) {
                    out += alone("{{>\(partial)}}", &random)
                }
            case 9 where delimiters: out += "\n{{=<% %>=}}\n<%\(name(&random, inList: inList))%>\n<%={{ }}=%>\n"
            case 10:
                if let partial = partials.randomElement(using: &random) {
                    let block = keys[depth % keys.count]
                    out += "[{{<\(partial)}}{{$\(block)}}.\(template(&random, depth: depth + 1, partials: [], delimiters: false))"
                    out += "{{/\(block)}}{{/\(partial)}}]"
                }
            default:
                let block = keys[depth % keys.count]
                out += "[{{$\(block)}}\(template(&random, depth: depth + 1, partials: partials, inList: inList)){{/\(block)}}]"
            }
        }
        // swift-mustache drops a last line of blanks.
        if let lastBreak = out.lastIndex(where: { $0 == "\n" || $0 == "\r\n" }),
            out[out.index(after: lastBreak)...].allSatisfy({ $0 == " " || $0 == "\t" }),
            out.index(after: lastBreak) != out.endIndex || out.allSatisfy({ $0 == " " || $0 == "\t" })
        {
            out += "."
        } else if out.allSatisfy({ $0 == " " || $0 == "\t" }) {
            out += "."
        }
        return out
    }

    static func scalar(_ random: inout Generator) -> TemplateValue? {
        switch random.below(4) {
        case 0: nil
        case 1: .bool(random.below(2) == 0)
        case 2: .string(random.pick(["", "ok", "<b>", "a&b", "\"", "'s", "ü"]))
        default: .number(random.pick([0, 7, -2, 2.5]))
        }
    }

    static func object(_ random: inout Generator, depth: Int) -> TemplateValue {
        let present = keys.filter { _ in random.below(4) != 0 }
        return .object(
            TemplateObject(
                TemplateShape(present),
                present.map { key -> TemplateValue? in
                    switch key {
                    case "c": random.below(3) == 0 ? scalar(&random) : .list((0..<random.below(3)).compactMap { _ in scalar(&random) })
                    case "d" where depth < 3:
                        random.below(2) == 0
                            ? object(&random, depth: depth + 1)
                            : .list((0..<random.below(3)).map { _ in object(&random, depth: depth + 1) })
                    case "d": .bool(random.below(2) == 0)
                    default: scalar(&random)
                    }
                }))
    }

    @Test func randomTemplatesRenderAsTheReferenceDoes() throws {
        var random = Generator(state: 2026)
        var compared = 0
        var disagreements: [String] = []
        for _ in 0..<600 {
            let partials = ["p", "q"]
            let sources = [
                "main": Self.template(&random, depth: 0, partials: partials),
                "p": Self.template(&random, depth: 1, partials: ["q"]),
                "q": Self.template(&random, depth: 2, partials: []),
            ]
            // A template that one engine refuses is a case for the error tests, not this one.
            let ours = TemplateSet(sources.mapValues { Array($0.utf8) })
            guard ours.errors.isEmpty, let reference = MustacheOracle(sources) else { continue }
            let data = Self.object(&random, depth: 0)
            let mine = ours.render("main", context: [data]).map { String(decoding: $0, as: UTF8.self) }
            let theirs = reference.render("main", context: [data])
            compared += 1
            if mine != theirs, disagreements.count < 3 {
                disagreements.append("\(sources)\n ours: \(String(reflecting: mine))\n theirs: \(String(reflecting: theirs))")
            }
        }
        #expect(disagreements == [])
        #expect(compared > 300)
    }
}

extension Array {
    fileprivate func randomElement(using random: inout ReferenceEngineAgreementTests.Generator) -> Element? {
        isEmpty ? nil : self[random.below(count)]
    }
}
