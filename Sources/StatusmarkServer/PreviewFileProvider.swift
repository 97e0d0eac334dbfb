import Foundation
import Hummingbird

/// Hands Hummingbird's `FileMiddleware` the files of the current snapshot, so the preview gets its clean URLs,
/// `index.html` for folders, redirects, ranges and content types, while the site lives in memory and nothing is
/// written to the site folder.
struct PreviewFileProvider: FileProvider {
    struct FileAttributes: Sendable, FileMiddlewareFileAttributes {
        var isFolder: Bool
        var size: Int
        var modificationDate: Date
    }

    /// A path inside the snapshot it was looked up in: the attributes and the bytes of one request come from the
    /// same build.
    struct FileIdentifier: Sendable {
        var path: String
        var snapshot: PreviewSnapshot
    }

    let site: PreviewSite

    func getFileIdentifier(_ path: String) -> FileIdentifier? {
        guard let snapshot = site.snapshot, let normalized = Self.normalize(path) else { return nil }
        return FileIdentifier(path: normalized, snapshot: snapshot)
    }

    func getAttributes(id: FileIdentifier) async throws -> FileAttributes? {
        if let bytes = id.snapshot.servedBytes(id.path) {
            return FileAttributes(isFolder: false, size: bytes.count, modificationDate: id.snapshot.builtAt)
        }
        if id.snapshot.isFolder(id.path) {
            return FileAttributes(isFolder: true, size: 0, modificationDate: id.snapshot.builtAt)
        }
        return nil
    }

    func loadFile(id: FileIdentifier, context: some RequestContext) async throws -> ResponseBody {
        guard let bytes = id.snapshot.servedBytes(id.path) else { throw HTTPError(.notFound) }
        return ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
    }

    func loadFile(id: FileIdentifier, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        guard let bytes = id.snapshot.servedBytes(id.path) else { throw HTTPError(.notFound) }
        let lower = max(range.lowerBound, 0)
        let upper = min(range.upperBound, bytes.count - 1)
        guard lower <= upper else { throw HTTPError(.rangeNotSatisfiable) }
        return ResponseBody(byteBuffer: ByteBuffer(bytes: bytes[lower...upper]))
    }

    /// `/incidents/x/` → `incidents/x`; `nil` for any path with an empty, `.` or `..` component, a backslash or
    /// a NUL, which can name nothing in the site.
    static func normalize(_ path: String) -> String? {
        var trimmed = Substring(path)
        if trimmed.first == "/" { trimmed = trimmed.dropFirst() }
        if trimmed.last == "/" { trimmed = trimmed.dropLast() }
        if trimmed.isEmpty { return "" }
        guard !trimmed.contains("\\"), !trimmed.contains("\u{0}") else { return nil }
        let components = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        return String(trimmed)
    }
}
