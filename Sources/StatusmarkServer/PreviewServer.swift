public import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals
import StatusmarkCore
import StatusmarkSite

/// `statusmark serve`: builds the site into memory, serves it on localhost with Hummingbird, watches the site's
/// files, rebuilds after a short pause in the edits, and tells open pages to reload.
public struct PreviewServer: Sendable {
    public struct Configuration: Sendable {
        public var root: URL
        public var host: String
        /// 0 picks a free port.
        public var port: Int
        /// A fixed moment to build for; `nil` builds for the current time at each rebuild.
        public var now: Date?
        /// Whether to look at the files every ``pollInterval`` instead of being told of changes by the system
        /// (for folders where the system's notices do not arrive: network and container mounts).
        public var watchesByPolling: Bool
        /// How often the files are looked at, when polling.
        public var pollInterval: Duration
        /// How long the files must stay unchanged before a rebuild starts: an editor's save can take several
        /// writes.
        public var debounce: Duration
        /// The longest a rebuild waits for changes that do not stop.
        public var longestWait: Duration = .seconds(1)
        /// Whether each good build's log line is followed by the time each phase took.
        public var logsTimings: Bool
        /// How long a connection may go without a complete request before it is closed.
        public var idleTimeout: Duration = .seconds(10)

        public init(
            root: URL, host: String = "127.0.0.1", port: Int = 8080, now: Date? = nil,
            watchesByPolling: Bool = false, pollInterval: Duration = .milliseconds(200), debounce: Duration = .milliseconds(30),
            logsTimings: Bool = false
        ) {
            self.root = root
            self.host = host
            self.port = port
            self.now = now
            self.watchesByPolling = watchesByPolling
            self.pollInterval = pollInterval
            self.debounce = debounce
            self.logsTimings = logsTimings
        }
    }

    /// Why the server could not start.
    public enum StartError: Error, Sendable, Equatable, CustomStringConvertible {
        case portInUse(host: String, port: Int)
        case cannotBind(host: String, port: Int, reason: String)

        public var description: String {
            switch self {
            case .portInUse(let host, let port):
                "port \(port) on \(host) is already in use; choose another with --port"
            case .cannotBind(let host, let port, let reason):
                "cannot listen on \(host):\(port): \(reason); choose another --host or --port"
            }
        }
    }

    public let configuration: Configuration
    public let site = PreviewSite()
    public let broadcaster = ReloadBroadcaster()
    /// Where progress lines go (a build's result, each rebuild).
    let log: @Sendable (String) -> Void

    public init(configuration: Configuration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.log = log
    }

    /// Serves until the task is cancelled or the process gets SIGINT or SIGTERM.
    /// - Parameter onReady: Called with the address once the first build is served.
    public func run(onReady: @escaping @Sendable (URL) async -> Void) async throws {
        let router = Router()
        router.add(middleware: PreviewHostGuard(allowedHosts: PreviewAddress.allowedHosts(listeningOn: configuration.host)))
        router.add(middleware: PreviewMiddleware(site: site))
        let broadcaster = self.broadcaster
        router.get("_statusmark/live.js") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: PreviewInjector.script)))
        }
        router.get("_statusmark/events") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/event-stream", .init("X-Accel-Buffering")!: "no"],
                body: ResponseBody(asyncSequence: broadcaster.subscribe()))
        }
        router.add(
            middleware: FileMiddleware(fileProvider: PreviewFileProvider(site: site), searchForIndexHtml: true)
                .withAdditionalMediaTypes(forFileExtensions: Self.mediaTypes))
        var logger = Logger(label: "statusmark.serve")
        logger.logLevel = .critical
        let watcher = PreviewWatcher(server: self)
        let linkHost = PreviewAddress.linkHost(listeningOn: configuration.host)
        let app = Application(
            router: router,
            // A connection that sends no complete request for a while is closed, half-sent headers included;
            // an open event stream is a response in progress, which this does not end.
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeout.components.seconds)))),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "statusmark",
                availableConnectionsDelegate: .maximum(PreviewAddress.connectionLimit(), logger: logger)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                await watcher.start(baseURL: "http://\(linkHost):\(port)")
                await onReady(URL(string: "http://\(linkHost):\(port)/")!)
            },
            logger: logger)
        // Shut down in reverse order: the watcher first, ending the event streams, so the server does not wait for
        // open pages.
        let group = ServiceGroup(
            configuration: .init(services: [app, watcher], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw StartError.portInUse(host: configuration.host, port: configuration.port)
        } catch let error as IOError {
            throw StartError.cannotBind(host: configuration.host, port: configuration.port, reason: error.description)
        }
    }

    /// Content types for the files `build` writes that Hummingbird does not know by extension.
    static let mediaTypes: [String: MediaType] = [
        "atom": MediaType(from: "application/atom+xml; charset=utf-8")!,
        "rss": MediaType(from: "application/rss+xml; charset=utf-8")!,
        "ics": MediaType(from: "text/calendar; charset=utf-8")!,
        "json": MediaType(from: "application/json; charset=utf-8")!,
        "svg": MediaType(from: "image/svg+xml")!,
        "html": MediaType(from: "text/html; charset=utf-8")!,
        "xml": MediaType(from: "application/xml; charset=utf-8")!,
        "txt": MediaType(from: "text/plain; charset=utf-8")!,
    ]
}
