import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StatusmarkCore

/// Posts JSON to a webhook with AsyncHTTPClient. A 2xx answer is success; 429, 5xx, a timeout or a failed
/// connection may pass and are retried; any other answer is final.
public struct WebhookTransport: MessageTransport {
    public let url: String
    public let userAgent: String
    public let timeout: Duration

    public init(url: String, userAgent: String, timeout: Duration = .seconds(15)) {
        self.url = url
        self.userAgent = userAgent
        self.timeout = timeout
    }

    public func deliver(_ payload: ChannelPayload) async throws(DeliveryFailure) {
        guard case .json(let body) = payload else {
            throw DeliveryFailure("a webhook cannot send an email", isTransient: false)
        }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        request.headers.add(name: "User-Agent", value: userAgent)
        request.body = .bytes(ByteBuffer(string: body))
        let response: HTTPClientResponse
        do {
            response = try await NotifyHTTPClient.shared.execute(request, timeout: .milliseconds(Int64(timeout.milliseconds)))
            // The answer's body is read (to 64 KB) and dropped, so the connection can be reused.
            _ = try await response.body.collect(upTo: 65_536)
        } catch {
            throw Self.failure(error)
        }
        let code = Int(response.status.code)
        guard !(200..<300).contains(code) else { return }
        let retryAfter = response.headers.first(name: "Retry-After").flatMap(Double.init).map { Duration.milliseconds(Int64($0 * 1000)) }
        throw DeliveryFailure(
            "the server answered \(code) \(response.status.reasonPhrase)", isTransient: code == 429 || code >= 500,
            retryAfter: retryAfter)
    }

    /// A client error in words that name no URL: its kind, not its description, which can hold the address.
    static func failure(_ error: any Error) -> DeliveryFailure {
        if let client = error as? HTTPClientError {
            if [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(client) {
                return DeliveryFailure("no answer in time", isTransient: true)
            }
            if [.remoteConnectionClosed, .cancelled].contains(client) {
                return DeliveryFailure("the connection was closed", isTransient: true)
            }
            if [.invalidURL, .emptyHost, .emptyScheme].contains(client) {
                return DeliveryFailure("the webhook URL is not an http or https address", isTransient: false)
            }
            return DeliveryFailure("the request failed (\(Self.kind(client)))", isTransient: true)
        }
        if error is IOError || error is ChannelError {
            return DeliveryFailure("could not connect", isTransient: true)
        }
        return DeliveryFailure("the request failed (\(String(describing: type(of: error))))", isTransient: true)
    }

    /// The name of an HTTPClientError's case, without its associated values.
    static func kind(_ error: HTTPClientError) -> String {
        let text = String(describing: error)
        let name = text.split(separator: "(", maxSplits: 1).first.map(String.init) ?? text
        return name.replacingOccurrences(of: "HTTPClientError.", with: "")
    }
}
