/// A compiled template as one flat list of instructions over shared tables, so that rendering reads plain
/// integers and retains nothing per instruction: a section's body is the instructions that follow it, up to
/// its `end`. The tables are allocated once, when the template is compiled, and never change; a render reads
/// them through pointers, without reference counting.
final class TemplateProgram: @unchecked Sendable {
    /// The tables' pointers. A renderer holds these, not the program, so that running a section's body or a
    /// partial copies pointers instead of retaining and releasing the program; the program (held by its
    /// ``TemplateSet``) keeps them allocated.
    struct Tables: @unchecked Sendable {
        let instructions: UnsafeBufferPointer<Builder.Instruction>
        let bytes: UnsafeBufferPointer<UInt8>
        let lineStarts: UnsafeBufferPointer<Int32>
        /// Each name as its first key (-1 for `.`) and the range of its other keys in `keys`.
        let names: UnsafeBufferPointer<(first: Int32, restStart: Int32, restEnd: Int32)>
        let keys: UnsafeBufferPointer<Int32>
        let indentations: UnsafeBufferPointer<[UInt8]>
        let overrides: UnsafeBufferPointer<Builder.Override>
    }

    let tables: Tables

    init(_ nodes: [TemplateNode]) {
        let built = Builder(nodes)
        var keys: [Int32] = []
        let names = built.names.map { name -> (first: Int32, restStart: Int32, restEnd: Int32) in
            switch name {
            case .current: return (-1, 0, 0)
            case .path(let first, let rest):
                let start = Int32(keys.count)
                keys.append(contentsOf: rest.map(Int32.init))
                return (Int32(first), start, Int32(keys.count))
            }
        }
        tables = Tables(
            instructions: Self.copy(built.instructions), bytes: Self.copy(built.bytes),
            lineStarts: Self.copy(built.lineStarts), names: Self.copy(names), keys: Self.copy(keys),
            indentations: Self.copy(built.indentations), overrides: Self.copy(built.overrides))
    }

    deinit {
        // Every table but the indentations holds plain values; those are arrays, released here.
        UnsafeMutableBufferPointer(mutating: tables.indentations).deinitialize()
        for pointer in [
            UnsafeMutableRawPointer(mutating: tables.instructions.baseAddress),
            UnsafeMutableRawPointer(mutating: tables.bytes.baseAddress),
            UnsafeMutableRawPointer(mutating: tables.lineStarts.baseAddress),
            UnsafeMutableRawPointer(mutating: tables.names.baseAddress),
            UnsafeMutableRawPointer(mutating: tables.keys.baseAddress),
            UnsafeMutableRawPointer(mutating: tables.indentations.baseAddress),
            UnsafeMutableRawPointer(mutating: tables.overrides.baseAddress),
        ] {
            pointer?.deallocate()
        }
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
    }
}

extension TemplateProgram {
    /// The program's tables as they are made, before they are frozen into the class.
    struct Builder {
        struct Instruction: Sendable {
            enum Code: UInt8, Sendable {
                /// `bytes[a..<b]`, whose line starts are `lineStarts[c..<d]`.
                case text
                /// `names[a]`, escaped when `b` is 1.
                case variable
                /// `names[a]`; the body is the instructions up to `end`.
                case section
                case invertedSection
                /// Template number `a` (-1: none), indented by `indentations[b]` when `b` ≥ 0.
                case partial
                /// Template number `a`, indented by `indentations[b]` when `b` ≥ 0, its blocks overridden by
                /// `overrides[c..<d]`; the override bodies are the instructions up to `end`.
                case parent
                /// Block key `a`, whose overrides are indented by `indentations[b]` when `b` ≥ 0 and begin a line
                /// when `c` is 1; the default body is the instructions up to `end`.
                case block
            }

            var code: Code
            /// Whether the instruction begins a line of the source, where a partial's indentation goes.
            var startsLine: Bool
            var a: Int32 = 0
            var b: Int32 = 0
            var c: Int32 = 0
            var d: Int32 = 0
            /// The index after the instruction's body.
            var end: Int32 = 0
        }

        /// An override of a parent: the block's key, the instructions of its body, and the indentation its lines
        /// lose (`indentations[strip]`, none when -1).
        struct Override: Sendable {
            var key: Int
            var start: Int32
            var end: Int32
            var strip: Int32
        }

        var instructions: [Instruction] = []
        var bytes: [UInt8] = []
        var lineStarts: [Int32] = []
        var names: [TemplateName] = []
        var indentations: [[UInt8]] = []
        var overrides: [Override] = []

        init(_ nodes: [TemplateNode]) {
            append(nodes)
        }

        private mutating func append(_ nodes: [TemplateNode]) {
            for node in nodes { append(node) }
        }

        private mutating func append(_ node: TemplateNode) {
            let index = instructions.count
            switch node.kind {
            case .text(let text, let starts):
                let start = Int32(bytes.count)
                let lineStart = Int32(lineStarts.count)
                lineStarts.append(contentsOf: starts.map { start + Int32($0) })
                bytes.append(contentsOf: text)
                instructions.append(
                    Instruction(
                        code: .text, startsLine: node.startsLine, a: start, b: Int32(bytes.count), c: lineStart,
                        d: Int32(lineStarts.count), end: Int32(index + 1)))
            case .variable(let name, let escaped):
                names.append(name)
                instructions.append(
                    Instruction(
                        code: .variable, startsLine: node.startsLine, a: Int32(names.count - 1), b: escaped ? 1 : 0,
                        end: Int32(index + 1)))
            case .section(let name, let body), .invertedSection(let name, let body):
                names.append(name)
                let inverted = if case .invertedSection = node.kind { true } else { false }
                instructions.append(
                    Instruction(code: inverted ? .invertedSection : .section, startsLine: node.startsLine, a: Int32(names.count - 1)))
                append(body)
                instructions[index].end = Int32(instructions.count)
            case .partial(let number, let indentation):
                instructions.append(
                    Instruction(
                        code: .partial, startsLine: node.startsLine, a: Int32(number), b: indentationIndex(indentation),
                        end: Int32(index + 1)))
            case .parent(let number, let indentation, let blocks):
                instructions.append(
                    Instruction(code: .parent, startsLine: node.startsLine, a: Int32(number), b: indentationIndex(indentation)))
                var made: [Override] = []
                for key in blocks.keys.sorted() {
                    let start = Int32(instructions.count)
                    append(blocks[key]!.body)
                    made.append(
                        Override(
                            key: key, start: start, end: Int32(instructions.count),
                            strip: indentationIndex(nonEmpty(blocks[key]!.indentation))))
                }
                instructions[index].c = Int32(overrides.count)
                overrides.append(contentsOf: made)
                instructions[index].d = Int32(overrides.count)
                instructions[index].end = Int32(instructions.count)
            case .block(let key, let body, let indentation, let standalone):
                instructions.append(
                    Instruction(
                        code: .block, startsLine: node.startsLine, a: Int32(key), b: indentationIndex(nonEmpty(indentation)),
                        c: standalone ? 1 : 0))
                append(body)
                instructions[index].end = Int32(instructions.count)
            }
        }

        private func nonEmpty(_ indentation: [UInt8]) -> [UInt8]? { indentation.isEmpty ? nil : indentation }

        private mutating func indentationIndex(_ indentation: [UInt8]?) -> Int32 {
            guard let indentation else { return -1 }
            indentations.append(indentation)
            return Int32(indentations.count - 1)
        }
    }
}
