/// Text split at a separator into what comes before and after it: `Identified — 2025-07-16 07:58 UTC`,
/// `12:30 UTC — Mitigated: …`. Offsets count Unicode scalars from the start of the whole text.
struct SeparatedText {
    var head: String
    var headOffset: Int
    var tail: String
    var tailOffset: Int
    /// The whole text, and the scalar offset where the separator ends in it.
    private var text: String
    private var separatorEnd: Int

    /// Characters (not scalars) from the start of the text to the end of the separator.
    var prefixCharacterCount: Int { String(text.unicodeScalars.prefix(separatorEnd)).count }

    /// Separators that stand alone (`—`), need spaces around them (` - `, ` at `), and, for timeline entries only,
    /// the colon that follows a time (`12:30 PM GMT: …`).
    private static let patterns: [[Unicode.Scalar]] = ["—", "–", "·", "|", "@", " - ", " at ", " AT ", " At "]
        .map { Array($0.unicodeScalars) }

    /// How far into the text a separator is looked for. What comes before it is a status word or a time, never
    /// longer; without a bound, a line of thousands of ` - ` would be split, and its head parsed, at every one.
    static let maximumHeadLength = 120

    /// Every way to split the text at a separator within its first ``maximumHeadLength`` characters, leftmost
    /// first; both sides are trimmed and non-empty. The text is scanned and split lazily, so a caller that takes
    /// the first split that works looks no further.
    static func candidates(_ text: String, allowingColon: Bool) -> some Sequence<SeparatedText> {
        let source = ScalarText(text)
        return source.scalars.indices.prefix(maximumHeadLength).lazy.compactMap { index -> SeparatedText? in
            guard let length = separatorLength(source.scalars, at: index, allowingColon: allowingColon) else {
                return nil
            }
            return make(source, separatorStart: index, separatorEnd: index + length)
        }
    }

    /// How many scalars the separator that begins at `index` takes, or `nil` when none begins there.
    private static func separatorLength(_ scalars: [Unicode.Scalar], at index: Int, allowingColon: Bool) -> Int? {
        // Only the first scalar of one of `patterns`, or the colon, begins a split.
        switch scalars[index] {
        case "—", "–", "·", "|", "@", " ", ":": break
        default: return nil
        }
        if let pattern = patterns.first(where: { matches($0, scalars, at: index) }) { return pattern.count }
        if allowingColon, scalars[index] == ":", index + 1 < scalars.count, scalars[index + 1].hasWhiteSpaceProperty {
            return 1
        }
        return nil
    }

    /// The leftmost split, as ``candidates(_:allowingColon:)`` gives it.
    static func first(_ text: String, allowingColon: Bool) -> SeparatedText? {
        var iterator = candidates(text, allowingColon: allowingColon).makeIterator()
        return iterator.next()
    }

    /// `Status (when)`: the text in the final parentheses.
    static func parenthesized(_ text: String) -> SeparatedText? {
        guard text.unicodeScalars.last == ")" else { return nil }
        let source = ScalarText(text)
        let scalars = source.scalars
        guard scalars.last == ")", let open = scalars.lastIndex(of: "("), open > 0 else { return nil }
        return make(source, separatorStart: open, separatorEnd: open + 1, tailEnd: scalars.count - 1)
    }

    private static func matches(_ pattern: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + pattern.count <= scalars.count else { return false }
        for offset in pattern.indices where scalars[index + offset] != pattern[offset] { return false }
        return true
    }

    private static func make(
        _ source: ScalarText, separatorStart: Int, separatorEnd: Int, tailEnd: Int? = nil
    ) -> SeparatedText? {
        let tailEnd = tailEnd ?? source.count
        guard let (head, headOffset) = trimmed(source, 0..<separatorStart),
            let (tail, tailOffset) = trimmed(source, separatorEnd..<tailEnd)
        else { return nil }
        return SeparatedText(
            head: head, headOffset: headOffset, tail: tail, tailOffset: tailOffset, text: source.text,
            separatorEnd: separatorEnd)
    }

    private static func trimmed(_ source: ScalarText, _ range: Range<Int>) -> (String, Int)? {
        let scalars = source.scalars
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].hasWhiteSpaceProperty { lower += 1 }
        while upper > lower, scalars[upper - 1].hasWhiteSpaceProperty { upper -= 1 }
        guard lower < upper else { return nil }
        return (source.string(lower..<upper), lower)
    }
}
