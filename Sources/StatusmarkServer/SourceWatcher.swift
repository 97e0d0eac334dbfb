import Foundation

/// Tells the preview when the site's sources change: each element of ``changes()`` is one settled batch of
/// edits, given once an editor's several writes (or a `git checkout` of many files) have stopped for the quiet
/// period.
protocol SourceWatcher: Sendable {
    /// The batches of changes, until the stream's consumer stops listening. Called once.
    func changes() -> AsyncStream<SourceChanges>
    /// How the watcher learns of changes, for the server's first log line.
    var method: String { get }
}

extension PreviewServer.Configuration {
    /// The watcher this configuration asks for: told by the system where it can tell (inotify on Linux), else, or
    /// when asked to, one that polls.
    /// - Returns: The watcher, and why it polls when the system's way was tried and failed.
    func makeWatcher() -> (watcher: any SourceWatcher, fallback: String?) {
        let polling = PollingSourceWatcher(root: root, interval: pollInterval, quiet: debounce, longest: longestWait)
        guard !watchesByPolling else { return (polling, nil) }
        #if os(Linux)
        switch InotifySourceWatcher.make(root: root.path, quiet: debounce, longest: longestWait) {
        case .success(let watcher): return (watcher, nil)
        case .failure(let reason): return (polling, reason.description)
        }
        #else
        return (polling, nil)
        #endif
    }
}
