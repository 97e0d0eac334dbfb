public import Foundation
import StatusmarkCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on an output folder, so that two builds into it take turns instead of deleting each
/// other's staging folder or swapping in a half-written site.
///
/// The lock is `flock` on `.<name>.statusmark-lock` beside the output folder. The file stays (removing it would
/// let a third build lock a new file while the second still holds the old one); it holds the pid of the last
/// build that took it, for the message a waiting build prints. The kernel drops the lock when its holder exits,
/// however it exits, so a killed build never leaves it held.
public final class OutputLock: Sendable {
    /// The output folder locked.
    public let output: URL
    private let descriptor: Int32

    private init(output: URL, descriptor: Int32) {
        self.output = output
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The lock file's path for an output folder.
    public static func lockFile(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).statusmark-lock")
    }

    /// Takes the lock, waiting while another build holds it unless `wait` is false.
    /// - Parameter waiting: Called once, with the holder's pid when known, before waiting starts.
    /// - Throws: ``StatusmarkError/outputLocked(path:pid:)`` when another build holds it and `wait` is false;
    ///   ``StatusmarkError/outputUnwritable(path:reason:)`` when the lock file cannot be made.
    nonisolated(nonsending) public static func acquire(
        _ output: URL, wait: Bool = true, waiting: (_ holder: Int32?) -> Void = { _ in }
    ) async throws -> OutputLock {
        let output = output.standardizedFileURL
        let path = lockFile(for: output).path
        try? FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StatusmarkError.outputUnwritable(path: path, reason: String(cString: strerror(errno)))
        }
        var told = false
        // Polled rather than waited for in `flock`: a blocked call would hold one of the few threads Swift's tasks
        // share. A build holds the lock for seconds, so 20 ms between tries costs nothing.
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw StatusmarkError.outputUnwritable(path: path, reason: reason)
            }
            if errno == EINTR { continue }
            let holder = Self.holder(descriptor)
            guard wait else {
                close(descriptor)
                throw StatusmarkError.outputLocked(path: output.path, pid: holder)
            }
            if !told {
                waiting(holder)
                told = true
            }
            do {
                try await Task.sleep(for: .milliseconds(20))
            } catch {
                close(descriptor)
                throw error
            }
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
        return OutputLock(output: output, descriptor: descriptor)
    }

    /// The pid the lock's holder wrote, if it reads as one.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
