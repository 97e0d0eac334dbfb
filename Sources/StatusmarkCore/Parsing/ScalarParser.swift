/// Reads the small scalar values of statusmark.yml and front matter: percentages, durations, booleans.
enum ScalarParser {
    /// `7%`, `~7%`, `7`, `7.5 %` → 7.0 … 7.5; `nil` when not a percentage from 0 to 100.
    static func percent(_ text: String) -> Double? {
        var trimmed = Substring(text.trimmingWhitespace())
        if trimmed.hasPrefix("~") || trimmed.hasPrefix("≈") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("%") { trimmed = trimmed.dropLast() }
        guard let value = Double(trimmed.trimmingWhitespace()), value.isFinite, (0...100).contains(value) else {
            return nil
        }
        return value
    }

    /// `4h`, `90m`, `1h30m`, `45s`, `2d` → seconds; `nil` when not a duration.
    static func duration(_ text: String) -> Int? {
        let trimmed = text.lowercased().filter { !$0.isWhitespace }
        guard !trimmed.isEmpty else { return nil }
        var total = 0
        var number = 0
        var hasDigits = false
        for character in trimmed {
            if let digit = character.wholeNumberValue, character.isASCII {
                number = number * 10 + digit
                hasDigits = true
                guard number < 1_000_000 else { return nil }
                continue
            }
            let unit: Int
            switch character {
            case "d": unit = 86_400
            case "h": unit = 3600
            case "m": unit = 60
            case "s": unit = 1
            default: return nil
            }
            guard hasDigits else { return nil }
            total += number * unit
            number = 0
            hasDigits = false
        }
        return hasDigits ? nil : total
    }

    /// `true`/`false`/`yes`/`no`/`on`/`off`.
    static func bool(_ text: String) -> Bool? {
        switch text.trimmingWhitespace().lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }
}

extension StringProtocol {
    /// Whether every byte of the text is ASCII: then each byte is a character of its own, and a byte-level reading
    /// (cutting, comparing, lower-casing) gives what the reading by characters gives.
    package var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// The text without leading and trailing spaces, tabs and line breaks: the same characters as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, found without bridging the text to `NSString`, which
    /// took a tenth of the preview server's rebuild on a large site. That set is Unicode's White_Space and the
    /// zero width space (U+200B), which Foundation still counts as a space.
    package func trimmingWhitespace() -> String {
        let isSpace = { (scalar: Unicode.Scalar) in scalar.hasWhiteSpaceProperty || scalar == "\u{200B}" }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        // The bytes copied whole: appending scalar by scalar made trimming a 3 KB update most of the API's time.
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }
}

extension StringProtocol {
    /// Lower case, with `-` and `_` read as spaces and runs of white space as one: `In-Progress` → `in progress`.
    ///
    /// ASCII text, as status words nearly always are, is done byte by byte; other text by `Character`.
    func normalizedWords() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            switch byte {
            case 0x80...:
                return lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0.isWhitespace }).joined(separator: " ")
            case UInt8(ascii: "-"), UInt8(ascii: "_"), 0x09...0x0D, 0x20: pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
