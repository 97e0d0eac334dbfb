import Foundation
import StatusmarkSite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the files commands create and edit so that a crash, a full disk or a second writer never leaves a
/// half-written or lost file: the text goes to a temporary file beside the target, is flushed to disk, and is
/// then renamed (to replace) or hard-linked (to create without ever overwriting) into place.
enum FileWriter {
    enum Failure: Error, CustomStringConvertible {
        case exists
        case failed(String)

        var description: String {
            switch self {
            case .exists: "the file exists"
            case .failed(let reason): reason
            }
        }
    }

    /// Creates `url` with `text`; fails with `.exists`, changing nothing, when something is already there.
    static func createNew(_ url: URL, text: String) throws(Failure) {
        let temporary = try writeTemporary(beside: url, text: text, permissions: nil)
        defer { unlink(temporary) }
        if link(temporary, url.path) != 0 {
            if errno == EEXIST { throw .exists }
            throw .failed(String(cString: strerror(errno)))
        }
        syncFolder(of: url)
    }

    /// Replaces `url` with `text` in one rename, keeping its permissions.
    static func replace(_ url: URL, text: String) throws(Failure) {
        var info = stat()
        let permissions = stat(url.path, &info) == 0 ? mode_t(info.st_mode & 0o7777) : 0o644
        let temporary = try writeTemporary(beside: url, text: text, permissions: permissions)
        if rename(temporary, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .failed(reason)
        }
        syncFolder(of: url)
    }

    /// Runs `body` holding an exclusive lock on the file at `url`, so two commands editing one file take turns.
    /// The lock is on the file itself (no lock file is left behind). Since a replace swaps in a new file, the lock
    /// is taken again whenever the path no longer names the locked file.
    static func withExclusiveLock<T>(on url: URL, _ body: () async throws -> T) async throws -> T {
        while true {
            let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Failure.failed(String(cString: strerror(errno))) }
            defer { close(descriptor) }
            // Polled rather than waited for: a blocked call would hold one of the few threads that Swift's tasks
            // share, and the lock's holder may need that thread to finish.
            while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR else { throw Failure.failed(String(cString: strerror(errno))) }
                try await Task.sleep(for: .milliseconds(5))
            }
            var locked = stat()
            var current = stat()
            guard fstat(descriptor, &locked) == 0 else { throw Failure.failed(String(cString: strerror(errno))) }
            if stat(url.path, &current) == 0 && current.st_ino == locked.st_ino && current.st_dev == locked.st_dev {
                return try await body()
            }
        }
    }

    /// - Parameter permissions: the mode to give the file; `nil` for the default that the umask allows.
    private static func writeTemporary(beside url: URL, text: String, permissions: mode_t?) throws(Failure) -> String {
        let folder = url.deletingLastPathComponent().path
        removeLeftovers(beside: url)
        let path = "\(folder)/.\(url.lastPathComponent).statusmark-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions ?? 0o666)
        guard descriptor >= 0 else { throw .failed(String(cString: strerror(errno))) }
        if let error = DescriptorWriter.writeAll(Array(text.utf8), to: descriptor) {
            close(descriptor)
            unlink(path)
            throw .failed(String(cString: strerror(error)))
        }
        // The umask may have narrowed the mode given to open; a replaced file keeps exactly its old mode.
        if let permissions { fchmod(descriptor, permissions) }
        let synced = fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard synced else {
            unlink(path)
            throw .failed(reason)
        }
        return path
    }

    /// Removes the temporary files that killed commands left beside `url`: `.<name>.statusmark-<pid>-<n>`, for
    /// a pid no process has any longer. A file whose writer still runs is left to it.
    static func removeLeftovers(beside url: URL) {
        let folder = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).statusmark-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            guard let pid = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap({ Int32($0) }),
                pid > 0, !ProcessProbe.isRunning(pid)
            else { continue }
            unlink(folder + "/" + entry)
        }
    }

    private static func syncFolder(of url: URL) {
        let descriptor = open(url.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
