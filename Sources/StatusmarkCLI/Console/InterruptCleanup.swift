import Dispatch
import Foundation
import Synchronization

/// Removes a build's staging folder when the build is interrupted (Ctrl-C, or a pipeline's SIGTERM), so that
/// thousands of half-written files are not left beside the output folder, then exits with 130 or 143 as the
/// shell would. A build killed outright leaves the folder; the next build into the same folder removes it
/// (``SiteWriter/removeLeftovers(holding:)``).
final class InterruptCleanup {
    private let sources: [any DispatchSourceSignal]
    private let state = State()

    private final class State: Sendable {
        let interrupted = Atomic(false)
    }

    /// - Parameters:
    ///   - folder: The staging folder.
    ///   - retired: A name beside it that the next build removes if this one cannot finish removing it.
    init(removing folder: URL, by retired: URL) {
        let queue = DispatchQueue(label: "statusmark.interrupt")
        let state = self.state
        sources = [(SIGINT, 130), (SIGTERM, 143)].map { signalNumber, status in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                state.interrupted.store(true, ordering: .sequentiallyConsistent)
                Self.remove(folder, by: retired)
                exit(Int32(status))
            }
            source.resume()
            return source
        }
    }

    /// Whether a signal came: the write then fails as its folder goes, and the handler is about to exit.
    var isInterrupted: Bool { state.interrupted.load(ordering: .sequentiallyConsistent) }

    /// Waits for the handler to finish removing the folder and exit the process.
    func waitForExit() async -> Never {
        while true { try? await Task.sleep(for: .seconds(1)) }
    }

    /// The writers are still running: renamed first, the folder's paths stop existing for them, so no file is
    /// added to it while it is removed.
    private static func remove(_ folder: URL, by retired: URL) {
        let fileManager = FileManager.default
        let doomed = rename(folder.path, retired.path) == 0 ? retired : folder
        // A write already under way when the folder moved can still add a file; try again for up to 2 s.
        for _ in 0..<100 {
            guard (try? fileManager.removeItem(at: doomed)) == nil, fileManager.fileExists(atPath: doomed.path) else { return }
            usleep(20_000)
        }
    }

    /// Puts the default handling back: after the swap there is nothing to remove.
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
