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
        enum Phase { case armed, cleaning, disarmed }
        let phase = Mutex(Phase.armed)
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
                let armed = state.phase.withLock { phase in
                    guard phase == .armed else { return false }
                    phase = .cleaning
                    return true
                }
                guard armed else {
                    // The build is done: nothing to remove, so the signal does what it would have done.
                    signal(signalNumber, SIG_DFL)
                    raise(signalNumber)
                    return
                }
                Self.remove(folder, by: retired)
                exit(Int32(status))
            }
            source.resume()
            return source
        }
    }

    /// Waits for the handler to finish removing the folder and exit the process.
    private func waitForExit() async -> Never {
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

    /// Puts the default handling back once the swap is done: there is nothing to remove any more. When a
    /// signal's cleanup has already begun, waits for it to exit the process, so the two never race.
    func cancel() async {
        let cleaning = state.phase.withLock { phase in
            if phase == .armed { phase = .disarmed }
            return phase == .cleaning
        }
        if cleaning { await waitForExit() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        for source in sources { source.cancel() }
    }
}
