/// Makes imported Markdown safe to place inside an update: level-1 and level-2 headings, which would end the
/// update and start another section, become level-3 headings, the level updates use for their own sections.
/// Setext headings (a line underlined with `===` or `---`) become `### text` too. Fenced code is left alone.
enum MarkdownSectionDemoter {
    static func demote(_ markdown: String) -> String {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fence: String?
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmingWhitespace()
            defer { index += 1 }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            let hashes = trimmed.prefix { $0 == "#" }.count
            if (1...2).contains(hashes), trimmed.count == hashes || trimmed.dropFirst(hashes).first == " " {
                lines[index] = "###" + trimmed.dropFirst(hashes)
                continue
            }
            // A setext underline: only '=' or only '-', under a line of text that is not itself a list item.
            let previous = index > 0 ? lines[index - 1].trimmingWhitespace() : ""
            let isUnderline =
                !trimmed.isEmpty && (trimmed.allSatisfy { $0 == "=" } || trimmed.allSatisfy { $0 == "-" })
                && lines[index].prefix { $0 == " " }.count < 4
            if isUnderline, !previous.isEmpty, !previous.hasPrefix("###"), !previous.hasPrefix("- "), !previous.hasPrefix("* ") {
                lines[index - 1] = "### " + previous
                lines.remove(at: index)
                index -= 1
            }
        }
        return lines.joined(separator: "\n")
    }
}
