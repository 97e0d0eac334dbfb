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
        // Over the UTF-8 bytes in place, as every one of a large site's ten thousand paths is checked on each
        // build and each preview rebuild.
        var path = path
        return path.withUTF8(isSafe)
    }

    private static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var length = 0
        var dots = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "/"):
                guard length > 0, dots != length || dots > 2 else { return false }
                length = 0
                dots = 0
            case UInt8(ascii: "\\"), 0: return false
            case UInt8(ascii: "."):
                length += 1
                dots += 1
            default: length += 1
            }
        }
        return length > 0 && (dots != length || dots > 2)
    }
}
