import StatusmarkMustache

/// What must hold for any bytes saved as a theme's template: it compiles or gives an error at a line of the
/// file, and rendering it (as itself and as its own partial, the worst case for recursion) ends, with or
/// without reaching the engine's limits.
public enum TemplateFuzzCheck {
    static let item = TemplateShape(["title", "url", "on", "items"])
    static let data = TemplateValue.object(
        TemplateObject(
            item,
            [
                .string("<a & \"b\">"), .string("/x/"), .bool(true),
                .list([
                    .object(TemplateObject(item, [.string("one"), nil, .bool(false), .list([])])),
                    .string("two"), .number(2.5),
                ]),
            ]))

    public static func check(_ bytes: [UInt8]) {
        let set = TemplateSet(["main": bytes, "partial": bytes])
        if let error = set.errors["main"] {
            let lines = bytes.count { $0 == UInt8(ascii: "\n") } + 1
            precondition((1...lines).contains(error.line), "an error at line \(error.line) of \(lines)")
            precondition(error.column >= 1, "an error at column \(error.column)")
            return
        }
        for reference in set.valueNames(in: "main") + set.partialReferences(in: "main") {
            precondition(reference.line >= 1 && reference.column >= 1, "a reference outside the file")
        }
        var output: [UInt8] = []
        _ = set.render("main", context: [data], into: &output)
    }
}
