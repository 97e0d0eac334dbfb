public import Foundation
import StatusmarkCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(CDispatch)
// In a release (whole-module) build of this module, whose other files call libc too, the compiler can take
// `struct stat` as declared by Dispatch's C module, which Foundation loads, and then asks for that module to be
// imported before it lets this file read the fields.
import CDispatch
#endif

/// What the preview watches, summarised: the path, size, modification time and inode of statusmark.yml and of
/// every file under incidents/ and site-template/. Two fingerprints differ when a file was edited, added,
/// removed or renamed, including editors' saves that write a new file and rename it over the old one.
public struct SourceFingerprint: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var size: Int64
        var modified: Int64
        var inode: UInt64
    }

    /// The folders and files watched, relative to the site folder.
    public static let watched = ["statusmark.yml", "incidents", "site-template"]

    var entries: [String: Entry]

    /// Reads the fingerprint with `lstat`, which is cheap enough to poll a site of 10,000 files several times a
    /// second.
    public static func scan(root: URL) -> SourceFingerprint {
        var entries: [String: Entry] = [:]
        for name in watched {
            visit(root.path + "/" + name, relative: name, into: &entries)
        }
        return SourceFingerprint(entries: entries)
    }

    /// The paths that differ from another fingerprint: added, removed or changed.
    public func changes(since previous: SourceFingerprint) -> [String] {
        var paths: [String] = []
        for (path, entry) in entries where previous.entries[path] != entry { paths.append(path) }
        for path in previous.entries.keys where entries[path] == nil { paths.append(path) }
        return paths.sorted()
    }

    private static func visit(_ path: String, relative: String, into entries: inout [String: Entry]) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            entries[relative] = Entry(info)
            return
        }
        FolderWalker.walk(path) { inner, _, isFolder in
            if !isFolder, lstat(path + "/" + inner, &info) == 0 { entries[relative + "/" + inner] = Entry(info) }
            return true
        }
    }
}

extension SourceFingerprint.Entry {
    init(_ info: stat) {
        #if os(Linux)
        let time = info.st_mtim
        #else
        let time = info.st_mtimespec
        #endif
        self.init(
            size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}
