/// Keeps a message to one update: text that would read as a level-2 heading (`## Resolved — 10:00 UTC`, or a
/// line underlined with `---`) would end the update and start another section, so its first marker is
/// backslash-escaped and the line shows as written, as plain text.
///
/// A chat bot passes user text straight to `new --message` and `update`; whatever it holds, it stays one update.
enum UpdateTextEscaper {
    static func escapingSectionHeadings(_ markdown: String) -> String {
        // A level-2 heading needs a `#` or a `-` underline; most messages have neither and skip the parse.
        guard markdown.utf8.contains(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "-") }) else { return markdown }
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Escaping a heading can turn the line before an underline into a paragraph that the underline then makes
        // a heading of, so parse again until none is left; each pass escapes at least one line.
        for _ in 0...lines.count {
            let document = MarkdownDocument(Substring(lines.joined(separator: "\n")), firstLine: 1, unsafeHTML: false)
            let headings = document.blocks.filter { $0.kind == .heading(level: 2) }
            guard !headings.isEmpty else { break }
            for heading in headings {
                let atx = heading.startLine - 1
                if isATXHeading(lines[atx]) {
                    lines[atx] = escapingFirstMarker(lines[atx])
                } else if let underline = lines.indices.dropFirst(atx + 1).first(where: { isSetextUnderline(lines[$0]) }) {
                    lines[underline] = escapingFirstMarker(lines[underline])
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func isATXHeading(_ line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        return indent < 4 && line.dropFirst(indent).hasPrefix("#")
    }

    /// A line of `-` (a level-2 underline), indented less than four spaces.
    private static func isSetextUnderline(_ line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent).trimmingWhitespace()
        return indent < 4 && !rest.isEmpty && rest.allSatisfy { $0 == "-" }
    }

    /// `## x` → `\## x`; `---` → `\---`. An escaped `#` or `-` is a literal character.
    private static func escapingFirstMarker(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }.count
        return String(line.prefix(indent)) + "\\" + line.dropFirst(indent)
    }
}
