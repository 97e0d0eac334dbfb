/// Text made safe for XML content and attribute values: badges, feeds, the sitemap and the preview's overlay.
package enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML 1.0 does not allow (C0 controls other than
    /// tab, line feed and carriage return), which a feed reader would otherwise reject the whole feed for.
    package static func escape(_ text: String) -> String {
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8; text that may hold them goes scalar by scalar.
        guard !text.utf8.contains(0xEF) else { return escapeScalars(text) }
        return ASCIIEscaper.escape(text) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&apos;"
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): nil
            case ..<0x20: ""
            default: nil
            }
        }
    }

    private static func escapeScalars(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
