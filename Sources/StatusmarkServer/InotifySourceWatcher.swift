#if os(Linux)
import Foundation
import Glibc
import StatusmarkCore
#if canImport(CDispatch)
// `struct stat` as Dispatch's C module declares it (see SourceFingerprint).
import CDispatch
#endif

/// Told of changes by Linux's inotify instead of looking: an idle preview costs nothing, and an edit is seen as
/// soon as it is written. Watches the site folder (for statusmark.yml, and for incidents/ and site-template/
/// coming and going) and every folder under incidents/ and site-template/; a folder created or moved in is
/// watched as it appears, and reported, so the build lists it again. Links are not followed, as the folder
/// walkers do not follow them.
///
/// Events are read on a thread of their own, which blocks in `poll` while nothing happens. A batch is reported
/// once no event has come for the quiet period, or once the longest wait has passed since its first event, so
/// that a long `git checkout` still shows progress. When the kernel's queue overflows, events were lost: the
/// batch says so, every folder is watched again, and the build reads every file.
final class InotifySourceWatcher: SourceWatcher, @unchecked Sendable {
    /// Why inotify cannot watch this site; the preview polls instead.
    enum Failure: Error, CustomStringConvertible {
        case unavailable(errno: Int32)
        case watchLimit
        case cannotWatch(path: String, errno: Int32)

        var description: String {
            switch self {
            case .unavailable(let code):
                "inotify is not available (\(String(cString: strerror(code))))"
            case .watchLimit:
                "the system's limit on inotify watches is reached (raise fs.inotify.max_user_watches)"
            case .cannotWatch(let path, let code):
                "inotify cannot watch \(path) (\(String(cString: strerror(code))))"
            }
        }
    }

    let root: String
    let quiet: Duration
    let longest: Duration
    var method: String { "inotify" }

    private let descriptor: Int32
    /// Written to when the consumer stops listening, to wake the thread from `poll`.
    private let wake: (read: Int32, write: Int32)
    /// The watched folders, by watch descriptor: their paths relative to the site folder ("" for the site folder).
    /// Touched by the initializer, then by the watching thread only.
    private var folders: [Int32: String] = [:]

    private static let folderEvents =
        UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB)
        | UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_DONT_FOLLOW | IN_ONLYDIR | IN_EXCL_UNLINK)

    private init(root: String, quiet: Duration, longest: Duration, descriptor: Int32, wake: (Int32, Int32)) {
        self.root = root
        self.quiet = quiet
        self.longest = longest
        self.descriptor = descriptor
        self.wake = wake
    }

    deinit {
        close(descriptor)
        close(wake.read)
        close(wake.write)
    }

    /// A watcher with every folder of the site watched, or why inotify cannot watch it.
    static func make(root: String, quiet: Duration, longest: Duration) -> Result<InotifySourceWatcher, Failure> {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard descriptor >= 0 else { return .failure(.unavailable(errno: errno)) }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(.unavailable(errno: code))
        }
        let watcher = InotifySourceWatcher(
            root: root, quiet: quiet, longest: longest, descriptor: descriptor, wake: (ends[0], ends[1]))
        if let failure = watcher.watchAll() { return .failure(failure) }
        return .success(watcher)
    }

    func changes() -> AsyncStream<SourceChanges> {
        let (stream, continuation) = AsyncStream.makeStream(of: SourceChanges.self)
        let wakeWrite = wake.write
        continuation.onTermination = { _ in
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
        let thread = Thread { [self] in
            watch(continuation)
            continuation.finish()
        }
        thread.name = "statusmark inotify"
        thread.start()
        return stream
    }

    // MARK: The watching thread

    private func watch(_ continuation: AsyncStream<SourceChanges>.Continuation) {
        var pending = Set<String>()
        var complete = true
        var firstEvent: ContinuousClock.Instant?
        var lastEvent = ContinuousClock.now
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var timeout: Int32 = -1
            if let firstEvent {
                let now = ContinuousClock.now
                let untilQuiet = (lastEvent + quiet) - now
                let untilLongest = (firstEvent + longest) - now
                let wait = min(untilQuiet, untilLongest)
                timeout = wait <= .zero ? 0 : Int32(max(1, wait.milliseconds.rounded(.up)))
            }
            var descriptors = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 2, timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if descriptors[1].revents != 0 { return }
            if ready > 0, descriptors[0].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    let (relevant, overflowed) = buffer.withUnsafeBytes {
                        handle(UnsafeRawBufferPointer(rebasing: $0[..<count]), into: &pending)
                    }
                    if overflowed {
                        complete = false
                        _ = watchAll()
                    }
                    // Every write of a save that comes in several moves the quiet period on.
                    if relevant || overflowed {
                        lastEvent = .now
                        if firstEvent == nil { firstEvent = lastEvent }
                    }
                }
            }
            // Due once quiet, or once the longest wait is over even while events keep coming.
            guard let first = firstEvent else { continue }
            let now = ContinuousClock.now
            guard now >= lastEvent + quiet || now >= first + longest else { continue }
            continuation.yield(SourceChanges(paths: pending.sorted(), isComplete: complete))
            pending = []
            complete = true
            firstEvent = nil
        }
    }

    /// Reads a buffer of inotify events, adds the paths that matter to `pending`, and watches folders that
    /// appeared. Returns whether any event mattered, and whether the kernel's queue overflowed.
    private func handle(
        _ bytes: UnsafeRawBufferPointer, into pending: inout Set<String>
    ) -> (relevant: Bool, overflowed: Bool) {
        var overflowed = false
        var relevant = false
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= bytes.count {
            let wd = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = UnsafeRawBufferPointer(rebasing: bytes[(offset + header)..<min(bytes.count, offset + header + length)])
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                overflowed = true
                continue
            }
            guard let folder = folders[wd] else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[wd] = nil
                continue
            }
            // An event on a watched folder itself: it was removed or moved away.
            guard !name.isEmpty else {
                if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0, !folder.isEmpty {
                    pending.insert(folder)
                    relevant = true
                }
                continue
            }
            let path = folder.isEmpty ? name : folder + "/" + name
            guard WatchedSources.matters(path) else { continue }
            pending.insert(path)
            relevant = true
            guard mask & UInt32(IN_ISDIR) != 0 else { continue }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                _ = watchTree(path)
            } else if mask & UInt32(IN_MOVED_FROM) != 0 {
                unwatchTree(path)
            }
        }
        return (relevant, overflowed)
    }

    // MARK: Watches

    /// Watches the site folder and every watched folder under it; `nil`, or why not.
    private func watchAll() -> Failure? {
        for wd in folders.keys { inotify_rm_watch(descriptor, wd) }
        folders = [:]
        if let failure = watch("") { return failure }
        for name in WatchedSources.topLevel.sorted() {
            if let failure = watchTree(name) { return failure }
        }
        return nil
    }

    /// Watches a folder and the folders under it, skipping hidden ones and not following links. A path that is
    /// not a folder (statusmark.yml, or a folder gone again) is left alone.
    private func watchTree(_ relative: String) -> Failure? {
        let full = root + "/" + relative
        var info = stat()
        guard lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        if let failure = watch(relative) { return failure }
        var failure: Failure?
        FolderWalker.walk(full) { inner, name, isFolder in
            guard isFolder, failure == nil, !name.hasPrefix(".") else { return false }
            failure = watch(relative + "/" + inner)
            return failure == nil
        }
        return failure
    }

    private func watch(_ relative: String) -> Failure? {
        let wd = inotify_add_watch(descriptor, relative.isEmpty ? root : root + "/" + relative, Self.folderEvents)
        guard wd >= 0 else {
            let code = errno
            // A folder removed while it was being walked needs no watch.
            if code == ENOENT || code == ENOTDIR { return nil }
            return code == ENOSPC ? .watchLimit : .cannotWatch(path: relative.isEmpty ? "the site folder" : relative, errno: code)
        }
        folders[wd] = relative
        return nil
    }

    /// Stops watching a folder moved away, and the folders under it: their watches would report the old paths.
    private func unwatchTree(_ relative: String) {
        let prefix = relative + "/"
        for (wd, folder) in folders where folder == relative || folder.hasPrefix(prefix) {
            inotify_rm_watch(descriptor, wd)
            folders[wd] = nil
        }
    }
}
#endif
