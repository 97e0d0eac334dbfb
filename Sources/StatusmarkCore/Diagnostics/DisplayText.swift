/// Makes text from files safe to print on a terminal or in a CI log.
///
/// A file name, a YAML message or a source line can hold any character. Printed raw, a newline in a file name
/// starts a line of its own (which GitHub Actions runs as a workflow command when it reads `::error …`), and ESC
/// or BEL drive the terminal. So every path, message and excerpt that reaches the console passes through here.
public enum DisplayText {
    /// The text with each character that would act on a terminal or a log replaced by a visible stand-in, one
    /// character for one so that columns still line up: C0 controls become their Control Pictures (`␛` for ESC,
    /// `␊` for a newline), DEL becomes `␡`, and C1 controls, line and paragraph separators, bidirectional
    /// overrides and non-characters become `�`. Tabs are kept when `keepingTabs` is set, for source excerpts.
    public static func visible(_ text: String, keepingTabs: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepingTabs && $0 == "\t") }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingTabs && scalar == "\t" || !isUnsafe(scalar) {
                result.append(scalar)
            } else {
                result.append(standIn(for: scalar))
            }
        }
        return String(result)
    }

    /// A path as it is when it holds only ordinary characters, else in double quotes with `\"`, `\\` and
    /// escapes such as `\n` and `\u{1B}`, so it reads as one token: `"incidents/a\nb.md"`.
    public static func path(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isUnusualInPath) else { return path }
        var quoted = "\""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            default:
                if isUnsafe(scalar) {
                    quoted += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// Whether a character would act on a terminal or a log, or could hide or reorder what is shown.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        // Line and paragraph separators, and the bidirectional embeddings, overrides and isolates.
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: scalar.properties.isNoncharacterCodePoint
        }
    }

    private static func isUnusualInPath(_ scalar: Unicode.Scalar) -> Bool {
        isUnsafe(scalar) || scalar == "\"" || scalar == "\\" || scalar == " " || scalar == ":"
    }

    private static func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }
}
