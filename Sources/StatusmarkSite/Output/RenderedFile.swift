/// One file of the built site: its path inside the output folder and its bytes.
public struct RenderedFile: Sendable, Hashable {
    /// A relative path with `/` separators, such as `incidents/db-outage/index.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

extension RenderedFile {
    /// Whether a path stays inside the output folder: relative, with no empty, `.` or `..` component and no
    /// backslash or NUL. Whatever a slug or front matter says, a file whose path is not safe is never written.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\u{0}") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }
}
