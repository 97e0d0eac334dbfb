import Foundation

/// Turns the little HTML that Statuspage update bodies hold into Markdown: links, line breaks, paragraphs, bold,
/// italics and lists. Any other tag is kept as visible text (escaped), never passed through as HTML, so nothing
/// is lost in libcmark's safe mode. Lines that Markdown would read as `#` or `##` headings are escaped, so a body
/// can never start a new update.
enum HTMLToMarkdown {
    static func convert(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "\r\n", with: "\n")
        let replacements: [(String, String)] = [
            ("<br>", lineBreak), ("<br/>", lineBreak), ("<br />", lineBreak), ("<p>", ""), ("</p>", "\n\n"), ("<strong>", "**"),
            ("</strong>", "**"), ("<b>", "**"), ("</b>", "**"), ("<em>", "*"), ("</em>", "*"), ("<i>", "*"),
            ("</i>", "*"), ("<ul>", "\n"), ("</ul>", "\n"), ("<li>", "- "), ("</li>", "\n"),
        ]
        for (tag, markdown) in replacements {
            text = text.replacingOccurrences(of: tag, with: markdown, options: .caseInsensitive)
        }
        text = convertLinks(text)
        text = text.replacingOccurrences(of: "<", with: "&lt;")
        for (entity, character) in [("&nbsp;", " "), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        // A level-1 or level-2 heading would end the update and start another section; deeper ones are fine.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.trimmingWhitespace()
            let hashes = trimmed.prefix { $0 == "#" }.count
            let isSectionHeading = (1...2).contains(hashes) && (trimmed.count == hashes || trimmed.dropFirst(hashes).first == " ")
            return isSectionHeading ? "\\" + trimmed : String(line)
        }
        return hardBreaks(lines).joined(separator: "\n").trimmingWhitespace()
    }

    /// What `<br>` becomes before the lines are known: a marker, then a line end.
    private static let lineBreak = "\u{E000}\n"

    /// A `<br>` is a hard line break: Markdown's backslash at the end of the line, where text follows it in the
    /// same paragraph. Where none follows (the end of a paragraph or of the text), a break would show as a
    /// backslash, so it becomes a plain line end.
    private static func hardBreaks(_ lines: [String]) -> [String] {
        lines.indices.map { index in
            let line = lines[index]
            guard line.hasSuffix("\u{E000}") else { return line }
            let next = index + 1 < lines.count ? lines[index + 1].trimmingWhitespace() : ""
            let text = String(line.dropLast())
            return next.isEmpty ? text : text + "\\"
        }
    }

    /// `<a href="u">t</a>` → `[t](u)`.
    private static func convertLinks(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<a ", options: .caseInsensitive),
            let close = rest[open.upperBound...].range(of: ">"),
            let end = rest[close.upperBound...].range(of: "</a>", options: .caseInsensitive)
        {
            let attributes = rest[open.upperBound..<close.lowerBound]
            let label = rest[close.upperBound..<end.lowerBound]
            guard let hrefStart = attributes.range(of: "href=\""), let hrefEnd = attributes[hrefStart.upperBound...].firstIndex(of: "\"")
            else { break }
            result += rest[..<open.lowerBound] + "[\(label)](\(attributes[hrefStart.upperBound..<hrefEnd]))"
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
