/// A piece of a timestamp's text: a run of digits, a run of letters (with `/` and `_` for IANA names), or one
/// punctuation mark.
struct TimestampToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(Int, digits: Int)
        case word(String)
        case symbol(Unicode.Scalar)
    }

    var kind: Kind
    /// Offset from the start of the text, in Unicode scalars.
    var offset: Int
    /// Length in Unicode scalars.
    var length: Int
    /// The token as written.
    var text: String

    /// Splits text into tokens, dropping white space.
    static func tokenize(_ text: String) -> [TimestampToken] {
        let source = ScalarText(text)
        let scalars = source.scalars
        var tokens: [TimestampToken] = []
        // `2025-07-16 07:58 UTC` is nine tokens.
        tokens.reserveCapacity(min(scalars.count, 12))
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            if scalar.hasWhiteSpaceProperty {
                index += 1
                continue
            }
            if let digit = scalar.asciiDigit {
                var value = digit
                index += 1
                while index < scalars.count, let next = scalars[index].asciiDigit, index - start < 9 {
                    value = value * 10 + next
                    index += 1
                }
                tokens.append(
                    TimestampToken(
                        kind: .number(value, digits: index - start), offset: start, length: index - start,
                        text: source.string(start..<index)))
                continue
            }
            if scalar.hasAlphabeticProperty {
                // "a.m." and "p.m." are one word.
                if let end = dottedMeridiemEnd(scalars, from: index) {
                    let word = source.string(start..<end)
                    tokens.append(TimestampToken(kind: .word(word), offset: start, length: end - start, text: word))
                    index = end
                    continue
                }
                while index < scalars.count,
                    scalars[index].hasAlphabeticProperty || scalars[index] == "/" || scalars[index] == "_"
                {
                    index += 1
                }
                let word = source.string(start..<index)
                tokens.append(TimestampToken(kind: .word(word), offset: start, length: index - start, text: word))
                continue
            }
            index += 1
            tokens.append(
                TimestampToken(kind: .symbol(scalar), offset: start, length: 1, text: String(Character(scalar))))
        }
        return tokens
    }
}

/// Where "a.m." or "p.m." (final dot optional) starting at `index` ends, or `nil` when there is none.
private func dottedMeridiemEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
    guard index + 2 < scalars.count,
        ["a", "p", "A", "P"].contains(scalars[index]),
        scalars[index + 1] == ".",
        scalars[index + 2] == "m" || scalars[index + 2] == "M"
    else { return nil }
    return index + 3 < scalars.count && scalars[index + 3] == "." ? index + 4 : index + 3
}

extension Unicode.Scalar {
    /// The value of an ASCII digit, or `nil`.
    var asciiDigit: Int? {
        (48...57).contains(value) ? Int(value - 48) : nil
    }
}

extension TimestampToken {
    var number: Int? {
        if case .number(let value, _) = kind { return value }
        return nil
    }

    var digits: Int {
        if case .number(_, let digits) = kind { return digits }
        return 0
    }

    var word: String? {
        if case .word(let word) = kind { return word }
        return nil
    }

    func isSymbol(_ symbol: Unicode.Scalar) -> Bool {
        if case .symbol(let scalar) = kind { return scalar == symbol }
        return false
    }

    func isWord(_ candidates: String...) -> Bool {
        guard let word = word?.lowercased() else { return false }
        return candidates.contains(word)
    }
}
