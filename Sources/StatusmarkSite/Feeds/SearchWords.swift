#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words a search over the history matches: every run of letters and digits in a text, lower-cased, of two
/// characters or more, each once, in the order of their UTF-8 bytes. The history page's script splits a query
/// the same way (`/[\p{L}\p{N}]+/gu`, lower-cased) and finds an incident when each of the query's words starts
/// one of these.
///
/// The words are gathered as bytes and sorted in place, with no string or set per word: ten thousand
/// incidents hold some three million words. ASCII, most of any history, is read byte by byte and told apart by
/// its byte's range; only other characters are decoded and asked for their Unicode properties.
enum SearchWords {
    static func words(in texts: [String]) -> [String] {
        var joined: [UInt8] = []
        append(texts, separator: UInt8(ascii: " "), to: &joined)
        return joined.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the words to `bytes`, each after the first preceded by `separator`. Letters and digits never need
    /// escaping in JSON, so the words can go straight into a JSON string.
    static func append(_ texts: [String], separator: UInt8, to bytes: inout [UInt8]) {
        var gatherer = Gatherer()
        gatherer.letters.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count })
        for var text in texts {
            text.withUTF8 { gatherer.read($0) }
        }
        gatherer.appendDistinctSorted(separator: separator, to: &bytes)
    }

    /// The words read so far, their bytes one after another, each known by its span and the FNV-1a hash of its
    /// bytes, made as they are read.
    private struct Gatherer {
        struct Span {
            var start: Int
            var count: Int
            var hash: UInt64
        }

        var letters: [UInt8] = []
        var spans: [Span] = []

        /// FNV-1a's 64-bit offset basis and prime.
        static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
        static let hashPrime: UInt64 = 0x100_0000_01b3

        /// Reads a text's words. The loop keeps its state in local variables, with no closure to capture them,
        /// so that the compiler can hold them in registers.
        mutating func read(_ text: UnsafeBufferPointer<UInt8>) {
            var start = letters.count
            var scalars = 0
            var hash = Self.hashSeed
            var index = 0
            while index <= text.count {
                var byte: UInt8 = 0
                var isLetter = false
                if index < text.count {
                    byte = text[index]
                    if byte < 0x80 {
                        index += 1
                        switch byte {
                        case 0x30...0x39, 0x61...0x7A: isLetter = true
                        case 0x41...0x5A:
                            byte += 0x20
                            isLetter = true
                        default: break
                        }
                        if isLetter {
                            letters.append(byte)
                            hash = (hash ^ UInt64(byte)) &* Self.hashPrime
                            scalars += 1
                            continue
                        }
                    } else {
                        let (scalar, length) = Self.decode(text, at: index)
                        index += length
                        let properties = scalar.properties
                        if properties.isAlphabetic || properties.numericType != nil
                            || properties.generalCategory == .nonspacingMark
                        {
                            for lowered in String(scalar).lowercased().utf8 {
                                letters.append(lowered)
                                hash = (hash ^ UInt64(lowered)) &* Self.hashPrime
                            }
                            scalars += 1
                            continue
                        }
                    }
                } else {
                    index += 1
                }
                // Anything else ends the word, as does the text's end: it is kept when it has two characters
                // or more.
                if scalars >= 2 {
                    spans.append(Span(start: start, count: letters.count - start, hash: hash))
                } else if letters.count > start {
                    letters.removeSubrange(start...)
                }
                start = letters.count
                scalars = 0
                hash = Self.hashSeed
            }
        }

        /// The scalar that starts at `index` and how many bytes it takes. The text is valid UTF-8 (a Swift
        /// string's), so its leading byte gives the length.
        private static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
            let lead = UInt32(text[index])
            let (length, bits): (Int, UInt32) =
                lead >= 0xF0 ? (4, lead & 0x07) : lead >= 0xE0 ? (3, lead & 0x0F) : (2, lead & 0x1F)
            var value = bits
            for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }

        /// Each word once, through an open-addressed table of span numbers keyed by the words' hashes; then only
        /// the distinct words are sorted, first by their first eight bytes as one number, then by the rest.
        func appendDistinctSorted(separator: UInt8, to bytes: inout [UInt8]) {
            letters.withUnsafeBufferPointer { letters in
                guard let base = letters.baseAddress else { return }
                func same(_ left: Span, _ right: Span) -> Bool {
                    left.hash == right.hash && left.count == right.count
                        && memcmp(base + left.start, base + right.start, left.count) == 0
                }
                var size = 16
                while size < spans.count * 2 { size *= 2 }
                var table = [Int](repeating: -1, count: size)
                var distinct: [(prefix: UInt64, span: Span)] = []
                for span in spans {
                    var slot = Int(truncatingIfNeeded: span.hash) & (size - 1)
                    while table[slot] >= 0, !same(distinct[table[slot]].span, span) { slot = (slot + 1) & (size - 1) }
                    guard table[slot] < 0 else { continue }
                    table[slot] = distinct.count
                    // No word holds a zero byte, so a word that ends within its first eight bytes sorts before
                    // every longer word it begins, as it does byte by byte.
                    var prefix: UInt64 = 0
                    for offset in 0..<8 {
                        prefix <<= 8
                        if offset < span.count { prefix |= UInt64(base[span.start + offset]) }
                    }
                    distinct.append((prefix, span))
                }
                distinct.sort { left, right in
                    if left.prefix != right.prefix { return left.prefix < right.prefix }
                    let common = min(left.span.count, right.span.count) - 8
                    if common > 0 {
                        let order = memcmp(base + left.span.start + 8, base + right.span.start + 8, common)
                        if order != 0 { return order < 0 }
                    }
                    return left.span.count < right.span.count
                }
                bytes.reserveCapacity(bytes.count + distinct.reduce(0) { $0 + $1.span.count + 1 })
                for (index, word) in distinct.enumerated() {
                    if index > 0 { bytes.append(separator) }
                    bytes.append(contentsOf: UnsafeBufferPointer(start: base + word.span.start, count: word.span.count))
                }
            }
        }
    }
}
