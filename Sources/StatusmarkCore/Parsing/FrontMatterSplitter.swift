/// Separates an incident file's YAML front matter from its Markdown body, keeping the line numbers of both.
struct FrontMatterSplitter {
    struct Split {
        /// The YAML between the `---` lines.
        var yaml: String
        /// The file line of the YAML's first line (2 unless the file starts with blank lines).
        var yamlStartLine: Int
        /// The Markdown after the closing `---`.
        var body: Substring
        /// The file line of the body's first line.
        var bodyStartLine: Int
    }

    /// Splits a file, or explains what is missing.
    func split(_ file: SourceFile) -> Result<Split, Diagnostic> {
        var text = Substring(file.text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        var lines = LineCursor(text)
        guard let first = lines.next(), Self.isFence(first.text) else {
            return .failure(
                .error(
                    .frontMatterMissing, "the file does not start with front matter",
                    at: SourceLocation(path: file.path, line: 1, column: 1),
                    notes: [
                        Diagnostic.Note("start the file with a line '---', then 'title: …' and the other keys, then '---'")
                    ]))
        }
        let yamlStart = lines.position
        var firstMarkdownLine: Int?
        while let line = lines.next() {
            if Self.isFence(line.text) || Self.isDocumentEnd(line.text) {
                return .success(
                    Split(
                        yaml: String(text[yamlStart..<line.start]), yamlStartLine: first.number + 1,
                        body: text[lines.position...], bodyStartLine: line.number + 1))
            }
            if firstMarkdownLine == nil, line.text.hasPrefix("#") { firstMarkdownLine = line.number }
        }
        var notes = [Diagnostic.Note("close the front matter with a line '---' after its last key")]
        if let firstMarkdownLine {
            notes = [
                Diagnostic.Note(
                    "add a line '---' before line \(firstMarkdownLine), where the Markdown starts",
                    at: SourceLocation(path: file.path, line: firstMarkdownLine, column: 1))
            ]
        }
        return .failure(
            .error(
                .frontMatterUnclosed, "the front matter opened here is never closed",
                at: SourceLocation(path: file.path, line: first.number, column: 1, length: 3), notes: notes))
    }

    /// `---`, then nothing but spaces and tabs. Read as bytes: a combining mark after the dashes or a blank is
    /// not a space or a tab either, so this is the same test as by characters.
    static func isFence(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard bytes.starts(with: "---".utf8) else { return false }
        return bytes.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// YAML's document end, `...`, with white space around it. Most lines hold no dot at all, and are not
    /// trimmed to find that out.
    static func isDocumentEnd(_ line: Substring) -> Bool {
        line.utf8.contains(UInt8(ascii: ".")) && line.trimmingWhitespace() == "..."
    }
}

/// Iterates over the lines of a text with their 1-based numbers, accepting `\n`, `\r\n` and a bare `\r` as line
/// endings, as CommonMark (and so libcmark's line numbers) and YAML do.
struct LineCursor {
    struct Line {
        var number: Int
        var start: Substring.Index
        var text: Substring
    }

    let text: Substring
    private(set) var position: Substring.Index
    private var number = 0

    init(_ text: Substring) {
        self.text = text
        self.position = text.startIndex
    }

    mutating func next() -> Line? {
        guard position < text.endIndex else { return nil }
        let start = position
        // Scan bytes, not Characters: grapheme breaking is the slow part of splitting large files into lines.
        let bytes = text.utf8
        let lineEnd = bytes[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? text.endIndex
        position = lineEnd
        if lineEnd < text.endIndex {
            position = bytes.index(after: lineEnd)
            if bytes[lineEnd] == 0x0D, position < text.endIndex, bytes[position] == 0x0A {
                position = bytes.index(after: position)
            }
        }
        number += 1
        return Line(number: number, start: start, text: text[start..<lineEnd])
    }
}
