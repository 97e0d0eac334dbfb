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
/// incidents hold some three million words.
enum SearchWords {
    static func words(in texts: [String]) -> [String] {
        var joined: [UInt8] = []
        append(texts, separator: UInt8(ascii: " "), to: &joined)
        return joined.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the words to `bytes`, each after the first preceded by `separator`. Letters and digits never need
    /// escaping in JSON, so the words can go straight into a JSON string.
    static func append(_ texts: [String], separator: UInt8, to bytes: inout [UInt8]) {
        var letters: [UInt8] = []
        var spans: [(start: Int, count: Int)] = []
        var start = 0
        var scalars = 0
        func end() {
            if scalars >= 2 { spans.append((start, letters.count - start)) } else { letters.removeSubrange(start...) }
            start = letters.count
            scalars = 0
        }
        for text in texts {
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    switch value {
                    case 0x30...0x39, 0x61...0x7A: letters.append(UInt8(value))
                    case 0x41...0x5A: letters.append(UInt8(value + 0x20))
                    default:
                        end()
                        continue
                    }
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark
                {
                    letters += String(scalar).lowercased().utf8
                } else {
                    end()
                    continue
                }
                scalars += 1
            }
            end()
        }
        letters.withUnsafeBufferPointer { letters in
            let base = letters.baseAddress!
            func same(_ left: (start: Int, count: Int), _ right: (start: Int, count: Int)) -> Bool {
                left.count == right.count && memcmp(base + left.start, base + right.start, left.count) == 0
            }
            // Each word once, through an open-addressed table of span numbers keyed by an FNV-1a hash of the
            // bytes; then only the distinct words are sorted.
            var size = 16
            while size < spans.count * 2 { size *= 2 }
            var table = [Int](repeating: -1, count: size)
            var distinct: [(start: Int, count: Int)] = []
            for span in spans {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for offset in span.start..<span.start + span.count {
                    hash = (hash ^ UInt64(base[offset])) &* 0x100_0000_01b3
                }
                var slot = Int(truncatingIfNeeded: hash) & (size - 1)
                while table[slot] >= 0, !same(distinct[table[slot]], span) { slot = (slot + 1) & (size - 1) }
                if table[slot] < 0 {
                    table[slot] = distinct.count
                    distinct.append(span)
                }
            }
            distinct.sort { left, right in
                let order = memcmp(base + left.start, base + right.start, min(left.count, right.count))
                return order != 0 ? order < 0 : left.count < right.count
            }
            for (index, span) in distinct.enumerated() {
                if index > 0 { bytes.append(separator) }
                bytes.append(contentsOf: UnsafeBufferPointer(start: base + span.start, count: span.count))
            }
        }
    }
}
