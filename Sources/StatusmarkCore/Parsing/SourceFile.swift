/// A text file of the site, read and decoded, with its path relative to the site folder.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the site folder, with `/` separators: `incidents/2025-07-11-deductions.md`.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of a 1-based line, without its line ending; `nil` past the end.
    public func line(_ number: Int) -> Substring? {
        var lines = LineCursor(Substring(text))
        while let line = lines.next() {
            if line.number == number { return line.text }
        }
        return nil
    }
}
