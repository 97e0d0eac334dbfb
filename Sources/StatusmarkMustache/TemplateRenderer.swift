/// One rendering: the output so far, the context stack and the blocks that parents override.
struct TemplateRenderer {
    /// How deep partials may nest: a template that includes itself without end stops here instead of
    /// exhausting the stack.
    static let partialDepthLimit = 100
    /// How many partials one render may expand: two partials that each include the other twice would otherwise
    /// take 2^100 steps before the depth limit.
    static let partialCountLimit = 200_000

    /// An override being in force: a block's key, its body in a program, and the indentation its lines lose
    /// (that program's `indentations[strip]`, none when -1).
    struct Override {
        var key: Int
        var program: Int
        var start: Int
        var end: Int
        var strip: Int
    }

    /// Where the first instruction of a run stands in the output.
    enum FirstLine {
        /// As in its source.
        case asWritten
        /// It continues a line the output has begun: it adds no indentation even where its source begins a line.
        case continuesLine
        /// It begins a line of the output: it adds indentation even where its source does not begin a line.
        case beginsLine
    }

    let programs: [TemplateProgram.Tables]
    var output: [UInt8]
    private(set) var context: [TemplateValue]
    /// The objects of `context`, at the same places, unretained: `context` keeps them alive, and a name is looked
    /// up through them without retaining and releasing each context it passes.
    private var objects: [Unmanaged<TemplateObject>?]
    /// The overrides of the parents being rendered, outermost first: the outermost definition of a block wins.
    var overrides: [Override] = []
    /// The blocks whose overrides are being rendered: inside one, a block of the same name shows its default, so
    /// an override that holds its own block ends.
    var expanding: [Int] = []
    var depth = 0
    var expansions = 0
    /// Set when a limit stopped the render: its output is incomplete.
    var exceededLimit = false

    init(programs: [TemplateProgram.Tables], output: [UInt8], context: [TemplateValue]) {
        self.programs = programs
        self.output = output
        self.context = context
        objects = context.map(Self.unretained)
    }

    mutating func render(_ number: Int, indentation: TemplateIndentation) {
        render(number, from: 0, to: programs[number].instructions.count, indentation: indentation)
    }

    /// Runs the instructions `start..<end` of a program.
    mutating func render(
        _ number: Int, from start: Int, to end: Int, indentation: TemplateIndentation, firstLine: FirstLine = .asWritten
    ) {
        let program = programs[number]
        var index = start
        while index < end, !exceededLimit {
            let instruction = program.instructions[index]
            let lineStartAdds = index != start || firstLine != .continuesLine
            if !indentation.add.isEmpty {
                if instruction.startsLine ? instruction.code != .text && lineStartAdds : index == start && firstLine == .beginsLine {
                    output.append(contentsOf: indentation.add)
                }
            }
            switch instruction.code {
            case .text:
                let lower = Int(instruction.a)
                let upper = Int(instruction.b)
                if indentation.isNone || instruction.c == instruction.d {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: program.bytes[lower..<upper]))
                } else {
                    var from = lower
                    for lineStart in program.lineStarts[Int(instruction.c)..<Int(instruction.d)] {
                        let line = Int(lineStart)
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: program.bytes[from..<line]))
                        if line != lower || lineStartAdds { output.append(contentsOf: indentation.add) }
                        from = line + indentation.strippedCount(program.bytes[line..<upper])
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: program.bytes[from..<upper]))
                }
            case .variable:
                if let value = lookUp(Int(instruction.a), in: program) {
                    switch value {
                    case .string(let text): HTMLEscaping.append(text, escaped: instruction.b == 1, to: &output)
                    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
                    case .number(let number): output.append(contentsOf: Self.text(of: number).utf8)
                    case .list, .object: break
                    }
                }
            case .section:
                if let value = lookUp(Int(instruction.a), in: program), value.isTruthy {
                    let body = (index + 1, Int(instruction.end))
                    switch value {
                    case .list(let items):
                        for item in items {
                            push(item)
                            render(number, from: body.0, to: body.1, indentation: indentation)
                            pop()
                        }
                    case .bool:
                        render(number, from: body.0, to: body.1, indentation: indentation)
                    case .string, .number, .object:
                        push(value)
                        render(number, from: body.0, to: body.1, indentation: indentation)
                        pop()
                    }
                }
            case .invertedSection:
                if lookUp(Int(instruction.a), in: program)?.isTruthy != true {
                    render(number, from: index + 1, to: Int(instruction.end), indentation: indentation)
                }
            case .partial:
                // A standalone partial's lines take its tag's indentation; one that shares a line takes none.
                renderPartial(Int(instruction.a), indentation: indented(indentation, by: instruction.b, in: program))
            case .parent:
                let count = overrides.count
                for override in program.overrides[Int(instruction.c)..<Int(instruction.d)] {
                    overrides.append(
                        Override(
                            key: override.key, program: number, start: Int(override.start), end: Int(override.end),
                            strip: Int(override.strip)))
                }
                renderPartial(Int(instruction.a), indentation: indented(indentation, by: instruction.b, in: program))
                overrides.removeSubrange(count...)
            case .block:
                let key = Int(instruction.a)
                if !expanding.contains(key), let replacement = overrides.first(where: { $0.key == key }) {
                    // The override's lines lose their indentation where it is defined and take the block's.
                    let site = instruction.b < 0 ? [] : program.indentations[Int(instruction.b)]
                    let strip = replacement.strip < 0 ? [] : programs[replacement.program].indentations[replacement.strip]
                    expanding.append(key)
                    render(
                        replacement.program, from: replacement.start, to: replacement.end,
                        indentation: indentation.wrapping(add: site, strip: strip),
                        firstLine: instruction.c == 1 ? .beginsLine : .continuesLine)
                    expanding.removeLast()
                } else {
                    render(number, from: index + 1, to: Int(instruction.end), indentation: indentation)
                }
            }
            index = Int(instruction.end)
        }
    }

    private func indented(
        _ indentation: TemplateIndentation, by own: Int32, in program: TemplateProgram.Tables
    ) -> TemplateIndentation {
        own < 0 ? .none : indentation.wrapping(add: program.indentations[Int(own)], strip: [])
    }

    private mutating func renderPartial(_ number: Int, indentation: TemplateIndentation) {
        guard number >= 0 else { return }
        guard depth < Self.partialDepthLimit, expansions < Self.partialCountLimit else {
            exceededLimit = true
            return
        }
        depth += 1
        expansions += 1
        render(number, indentation: indentation)
        depth -= 1
    }

    private mutating func push(_ value: TemplateValue) {
        context.append(value)
        objects.append(Self.unretained(value))
    }

    private mutating func pop() {
        context.removeLast()
        objects.removeLast()
    }

    private static func unretained(_ value: TemplateValue) -> Unmanaged<TemplateObject>? {
        guard case .object(let object) = value else { return nil }
        return Unmanaged.passUnretained(object)
    }

    /// A name's value: its first key from the innermost context outwards, the rest inside what that found.
    private func lookUp(_ name: Int, in program: TemplateProgram.Tables) -> TemplateValue? {
        let (first, restStart, restEnd) = program.names[name]
        guard first >= 0 else { return context.last }
        var found: TemplateValue?
        var index = objects.count - 1
        while index >= 0 {
            if let object = objects[index], let child = object._withUnsafeGuaranteedRef({ $0.value(of: Int(first)) }) {
                found = child
                break
            }
            index -= 1
        }
        for key in program.keys[Int(restStart)..<Int(restEnd)] {
            guard case .object(let object)? = found else { return nil }
            found = object.value(of: Int(key))
        }
        return found
    }

    /// `85` for a whole number, `1.21` otherwise.
    static func text(of number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
