import Foundation
import StatusmarkCore

/// Looks at the site's files every interval (``SourceFingerprint``), for where the system does not tell of
/// changes: network and container-mounted folders, and systems without inotify. A change is reported once the
/// files have stayed as they are for the quiet period, or once the longest wait has passed while they keep
/// changing.
struct PollingSourceWatcher: SourceWatcher {
    let root: URL
    let interval: Duration
    let quiet: Duration
    let longest: Duration

    var method: String { "polling every \(Int(interval.milliseconds)) ms" }

    func changes() -> AsyncStream<SourceChanges> {
        let (stream, continuation) = AsyncStream.makeStream(of: SourceChanges.self)
        // The files as they are when the stream is made: what changes after is reported.
        let start = SourceFingerprint.scan(root: root)
        let task = Task { [root, interval, quiet, longest] in
            var fingerprint = start
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    break
                }
                var current = SourceFingerprint.scan(root: root)
                guard current != fingerprint else { continue }
                let seen = ContinuousClock.now
                while !Task.isCancelled, ContinuousClock.now - seen < longest {
                    try? await Task.sleep(for: quiet)
                    let again = SourceFingerprint.scan(root: root)
                    if again == current { break }
                    current = again
                }
                let changed = current.changes(since: fingerprint).filter(WatchedSources.matters)
                fingerprint = current
                if !changed.isEmpty { continuation.yield(SourceChanges(paths: changed)) }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
