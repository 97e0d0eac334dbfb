import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1
import NIOFoundationCompat

/// Where the live state comes from: the published site's API, or a folder or file given with `--since`.
public enum LiveSource: Sendable {
    /// The site at its base URL: `api/v2/incidents.json` and `api/v2/scheduled-maintenances.json`.
    case site(baseURL: String)
    /// A copy of a published site (a folder holding `api/v2/…`), or a file `--save-live` wrote.
    case path(URL)

    /// Reads the snapshot. A site that answers 404 for both files has not been published.
    /// - Throws: ``DeliveryFailure`` when the site cannot be read or a file is not the API's JSON.
    public func read(userAgent: String, policy: RetryPolicy) async throws(DeliveryFailure) -> LiveSnapshot {
        switch self {
        case .site(let baseURL):
            let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            let incidents = try await Self.fetch(base + "api/v2/incidents.json", userAgent: userAgent, policy: policy)
            let maintenance = try await Self.fetch(base + "api/v2/scheduled-maintenances.json", userAgent: userAgent, policy: policy)
            return try Self.decode(incidents: incidents, maintenance: maintenance)
        case .path(let url):
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw DeliveryFailure("\(url.path) does not exist", isTransient: false)
            }
            if isFolder.boolValue {
                func file(_ name: String) -> Data? { FileManager.default.contents(atPath: url.appendingPathComponent("api/v2/" + name).path) }
                return try Self.decode(incidents: file("incidents.json"), maintenance: file("scheduled-maintenances.json"))
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw DeliveryFailure("\(url.path) cannot be read", isTransient: false)
            }
            do {
                return try LiveSnapshot.decode(snapshot: data, file: url.lastPathComponent)
            } catch {
                throw DeliveryFailure(error.description, isTransient: false)
            }
        }
    }

    private static func decode(incidents: Data?, maintenance: Data?) throws(DeliveryFailure) -> LiveSnapshot {
        do {
            return try LiveSnapshot.decode(incidents: incidents, maintenance: maintenance)
        } catch {
            throw DeliveryFailure(error.description, isTransient: false)
        }
    }

    /// A file's bytes, `nil` on 404; retried like a message while the failure may pass.
    private static func fetch(_ url: String, userAgent: String, policy: RetryPolicy) async throws(DeliveryFailure) -> Data? {
        let clock = ContinuousClock()
        let started = clock.now
        var attempt = 1
        while true {
            let failure: DeliveryFailure
            do {
                var request = HTTPClientRequest(url: url)
                request.headers.add(name: "User-Agent", value: userAgent)
                request.headers.add(name: "Cache-Control", value: "no-cache")
                let response = try await NotifyHTTPClient.shared.execute(request, timeout: .seconds(15))
                let body = try await response.body.collect(upTo: 64 << 20)
                let code = Int(response.status.code)
                if code == 404 || code == 410 { return nil }
                if (200..<300).contains(code) { return Data(buffer: body) }
                failure = DeliveryFailure(
                    "\(url) answered \(code) \(response.status.reasonPhrase)", isTransient: code == 429 || code >= 500)
            } catch let error as HTTPClientError where error == .invalidURL {
                throw DeliveryFailure("\(url) is not an address that can be read", isTransient: false)
            } catch {
                let reason = WebhookTransport.failure(error).reason
                failure = DeliveryFailure("\(url): \(reason)", isTransient: true)
            }
            guard failure.isTransient, let wait = policy.delay(after: attempt, elapsed: started.duration(to: clock.now)) else {
                throw failure
            }
            try? await Task.sleep(for: wait)
            attempt += 1
        }
    }
}
