/// One rendering: the output so far, the context stack and the blocks that parents override.
struct TemplateRenderer {
    /// How deep partials may nest: a template that includes itself without end stops here instead of
    /// exhausting the stack.
    static let partialDepthLimit = 100

    let set: TemplateSet
    var output: [UInt8]
    var context: [TemplateValue]
    /// The overrides of the parents being rendered, outermost first: the outermost definition of a block wins.
    var overrides: [[Int: [TemplateNode]]] = []
    /// The blocks whose overrides are being rendered: inside one, a block of the same name shows its default, so
    /// an override that holds its own block ends.
    var expanding: [Int] = []
    var depth = 0

    init(set: TemplateSet, output: [UInt8], context: [TemplateValue]) {
        self.set = set
        self.output = output
        self.context = context
    }

    mutating func render(_ nodes: [TemplateNode], indentation: [UInt8]) {
        for node in nodes {
            switch node.kind {
            case .text: break
            default: if !indentation.isEmpty, node.startsLine { output.append(contentsOf: indentation) }
            }
            switch node.kind {
            case .text(let bytes, let lineStarts):
                if indentation.isEmpty || lineStarts.isEmpty {
                    output.append(contentsOf: bytes)
                } else {
                    var start = 0
                    for lineStart in lineStarts {
                        output.append(contentsOf: bytes[start..<lineStart])
                        output.append(contentsOf: indentation)
                        start = lineStart
                    }
                    output.append(contentsOf: bytes[start...])
                }
            case .variable(let name, let escaped):
                guard let value = lookUp(name) else { continue }
                switch value {
                case .string(let text): HTMLEscaping.append(text, escaped: escaped, to: &output)
                case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
                case .number(let number): output.append(contentsOf: Self.text(of: number).utf8)
                case .list, .object: continue
                }
            case .section(let name, let body):
                guard let value = lookUp(name), value.isTruthy else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        context.append(item)
                        render(body, indentation: indentation)
                        context.removeLast()
                    }
                case .bool:
                    render(body, indentation: indentation)
                case .string, .number, .object:
                    context.append(value)
                    render(body, indentation: indentation)
                    context.removeLast()
                }
            case .invertedSection(let name, let body):
                if let value = lookUp(name), value.isTruthy { continue }
                render(body, indentation: indentation)
            case .partial(let number, let own):
                // A standalone partial's lines take its tag's indentation; one that shares a line takes none.
                renderPartial(number, indentation: own.map { indentation + $0 } ?? [])
            case .parent(let number, let own, let blocks):
                overrides.append(blocks)
                renderPartial(number, indentation: own.map { indentation + $0 } ?? [])
                overrides.removeLast()
            case .block(let key, let body):
                if !expanding.contains(key), let replacement = override(of: key) {
                    expanding.append(key)
                    render(replacement, indentation: indentation)
                    expanding.removeLast()
                } else {
                    render(body, indentation: indentation)
                }
            }
        }
    }

    private mutating func renderPartial(_ number: Int, indentation: [UInt8]) {
        guard number >= 0, depth < Self.partialDepthLimit else { return }
        depth += 1
        render(set.templates[number].nodes, indentation: indentation)
        depth -= 1
    }

    private func override(of key: Int) -> [TemplateNode]? {
        for blocks in overrides {
            if let body = blocks[key] { return body }
        }
        return nil
    }

    /// A name's value: its first key from the innermost context outwards, the rest inside what that found.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        switch name {
        case .current:
            return context.last
        case .path(let first, let rest):
            var found: TemplateValue?
            for value in context.reversed() {
                if case .object(let object) = value, let child = object.value(of: first) {
                    found = child
                    break
                }
            }
            for key in rest {
                guard case .object(let object)? = found else { return nil }
                found = object.value(of: key)
            }
            return found
        }
    }

    /// `85` for a whole number, `1.21` otherwise.
    static func text(of number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
