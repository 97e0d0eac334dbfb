import Dispatch
import Foundation

/// Removes a build's staging folder when the build is interrupted (Ctrl-C, or a pipeline's SIGTERM), so that
/// thousands of half-written files are not left beside the output folder. A build killed outright leaves it;
/// the next build into the same folder removes it (``SiteWriter/removeLeftovers(holding:)``).
final class InterruptCleanup {
    private let sources: [any DispatchSourceSignal]

    init(removing folder: URL) {
        let queue = DispatchQueue(label: "statusmark.interrupt")
        sources = [(SIGINT, 130), (SIGTERM, 143)].map { signalNumber, status in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                try? FileManager.default.removeItem(at: folder)
                exit(Int32(status))
            }
            source.resume()
            return source
        }
    }

    /// Puts the default handling back: after the swap there is nothing to remove.
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
