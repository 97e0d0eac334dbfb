#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes new files under a folder with plain system calls: each folder is made once, each file is created,
/// written and closed. Nothing is synced to disk file by file: the folder becomes visible only when
/// ``SiteWriter`` swaps it in whole, and a sync per file made a 10,000-page build spend seconds waiting on the disk.
package struct FileTreeWriter {
    /// Why a file or folder could not be made.
    package struct Failure: Error {
        package var path: String
        package var reason: String
    }

    /// The folder's path, without a trailing slash.
    package let root: String
    /// Folders known to exist, relative to the root.
    private var folders: Set<Substring> = [""]

    package init(root: String) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    /// Creates the file at a relative path (which must not exist yet) with the bytes, making its folders.
    package mutating func write(_ bytes: [UInt8], at relativePath: String) throws(Failure) {
        if let slash = relativePath.lastIndex(of: "/") {
            try makeFolder(relativePath[..<slash])
        }
        let path = root + "/" + relativePath
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure(path) }
        defer { close(descriptor) }
        if let error = DescriptorWriter.writeAll(bytes, to: descriptor) {
            throw Failure(path: path, reason: String(cString: strerror(error)))
        }
    }

    /// Makes a folder and its parents, each at most once per writer; one made by another writer is fine.
    private mutating func makeFolder(_ folder: Substring) throws(Failure) {
        guard !folders.contains(folder) else { return }
        if let slash = folder.lastIndex(of: "/") {
            try makeFolder(folder[..<slash])
        }
        let path = root + "/" + folder
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw Self.failure(path) }
        folders.insert(folder)
    }

    private static func failure(_ path: String) -> Failure {
        Failure(path: path, reason: String(cString: strerror(errno)))
    }
}
