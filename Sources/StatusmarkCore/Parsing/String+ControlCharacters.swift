extension String {
    /// The text without the characters HTML, XML and terminals reject or act on: C0 controls other than tab,
    /// line feed and carriage return, DEL, C1 controls and Unicode non-characters (U+FFFE, U+FDD0…). YAML's
    /// escapes (`"\e"`, `"\0"`) and a stray byte in a Markdown body can put them in a title or an update; they are
    /// removed once, where the model is made, so no page, feed or API file carries them.
    func removingControlCharacters() -> String {
        guard mayHoldControlCharacters else { return self }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars where !scalar.isRemovedControlCharacter { scalars.append(scalar) }
        return String(scalars)
    }

    /// A byte scan that is false for almost all text: only a C0 or C1 control, DEL, or the UTF-8 lead bytes of
    /// the non-characters (EF B7 9x/Ax, EF BF BE/BF, and the last two of each supplementary plane) need a look.
    private var mayHoldControlCharacters: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while they are all printable ASCII or line feeds, which is nearly always.
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if Self.isPrintableASCII(word) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                switch byte {
                case 0x09, 0x0A, 0x0D: break
                case ..<0x20, 0x7F: return true
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return true
                case 0xEF where index + 1 < bytes.count && (bytes[index + 1] == 0xB7 || bytes[index + 1] == 0xBF): return true
                case 0xF0...0xF4 where index + 2 < bytes.count && bytes[index + 2] == 0xBF: return true
                default: break
                }
                index += 1
            }
            return false
        } ?? unicodeScalars.contains { $0.isRemovedControlCharacter }
    }

    /// Whether every byte of a word is in 0x20…0x7E or a line feed.
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // A line feed becomes 0x2A: the bytes equal to 0x0A are those where `word ^ 0x0A…` is zero, which the
        // high bit of `((x & 0x7F…) + 0x7F…) | x` marks exactly, with no carry between bytes.
        let distance = word ^ (0x0A &* ones)
        let lineFeeds = ~(((distance & lows) &+ lows) | distance) & highs
        let word = word | ((lineFeeds >> 7) &* 0x20)
        // A byte below 0x20 borrows when 0x20 is taken from it; a byte of 0x7F or more carries into its high
        // bit when 0x01 is added. Neither happens to a byte from 0x20 to 0x7E, so no bit leaks between bytes.
        let below = (word &- 0x20 &* ones) & ~word & highs
        let above = (word | (word &+ ones)) & highs
        return below | above == 0
    }
}

extension Unicode.Scalar {
    var isRemovedControlCharacter: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: properties.isNoncharacterCodePoint
        }
    }
}
