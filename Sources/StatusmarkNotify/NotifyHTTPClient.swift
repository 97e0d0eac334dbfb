import AsyncHTTPClient
import NIOCore

/// The one HTTP client of a `notify` run: webhooks and the live site's API share its connections. A refused
/// connection fails after `connect` instead of being retried to the request's deadline, so the notifier's own
/// retries decide how long a channel that is down is tried. It lives as long as the process.
enum NotifyHTTPClient {
    static let shared = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: HTTPClient.Configuration(
            timeout: HTTPClient.Configuration.Timeout(connect: .seconds(5), read: .seconds(15))))
}
