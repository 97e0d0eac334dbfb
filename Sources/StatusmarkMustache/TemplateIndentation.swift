/// What a rendering does where a line of a template's source begins: the bytes it adds before the line, and the
/// blanks it takes from the line's start. A standalone partial adds its tag's indentation; a block's override
/// takes away the indentation it has where it is defined and adds its block's.
struct TemplateIndentation {
    var add: [UInt8] = []
    var strip: [UInt8] = []

    static let none = TemplateIndentation()

    var isNone: Bool { add.isEmpty && strip.isEmpty }

    /// This indentation applied to lines that are first indented by adding `innerAdd` after taking away
    /// `innerStrip`: what this one takes away comes first from `innerAdd`, then from the line.
    func wrapping(add innerAdd: [UInt8], strip innerStrip: [UInt8]) -> TemplateIndentation {
        let common = Self.commonPrefixCount(strip[...], innerAdd[...])
        if common == innerAdd.count {
            return TemplateIndentation(add: add, strip: innerStrip + strip[common...])
        }
        return TemplateIndentation(add: add + innerAdd[common...], strip: innerStrip)
    }

    /// How many of a line's first bytes this indentation takes away.
    func strippedCount(_ line: UnsafeBufferPointer<UInt8>.SubSequence) -> Int {
        strip.isEmpty ? 0 : Self.commonPrefixCount(strip[...], line)
    }

    private static func commonPrefixCount<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Int {
        var count = 0
        for (x, y) in zip(a, b) {
            guard x == y else { break }
            count += 1
        }
        return count
    }
}
