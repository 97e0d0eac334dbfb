/// A place in a project file: a project-relative path, a 1-based line and column, and how many characters to mark.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file's path relative to the site folder, with `/` separators.
    public var path: String
    /// The 1-based line, or `nil` when the problem concerns the whole file.
    public var line: Int?
    /// The 1-based column, counted in Unicode scalars, or `nil` when only the line is known.
    public var column: Int?
    /// How many Unicode scalars the problem spans, for the `^~~~` marker under the source line.
    public var length: Int

    public init(path: String, line: Int? = nil, column: Int? = nil, length: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
        self.length = max(1, length)
    }
}

extension SourceLocation: Comparable {
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}

extension SourceLocation: CustomStringConvertible {
    /// `path:line:column`, leaving out what is unknown; the path quoted when it holds anything unusual (see
    /// ``DisplayText/path(_:)``).
    public var description: String {
        var text = DisplayText.path(path)
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}

extension SourceLocation {
    /// The same place moved by a number of columns, for problems found inside a value that starts at this location.
    func advanced(byColumns offset: Int, length: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column.map { $0 + offset }, length: length)
    }
}
