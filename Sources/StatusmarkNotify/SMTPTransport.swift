import CCurlShim
import Foundation
import StatusmarkCore

/// Sends an email through libcurl's SMTP: the connection is upgraded with STARTTLS (required: a server that
/// does not offer it gets no mail), then the sender authenticates when a user name is given.
public struct SMTPTransport: MessageTransport {
    public let host: String
    public let port: Int
    public let username: String?
    public let password: String?
    /// A PEM file of the authorities to trust instead of the system's.
    public let caFile: String?
    public let timeout: Duration

    public init(host: String, port: Int, username: String?, password: String?, caFile: String?, timeout: Duration = .seconds(30)) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.caFile = caFile
        self.timeout = timeout
    }

    public func deliver(_ payload: ChannelPayload) async throws(DeliveryFailure) {
        guard case .email(let message) = payload else {
            throw DeliveryFailure("an email channel cannot post JSON", isTransient: false)
        }
        let transport = self
        // libcurl blocks for the whole transfer: on a thread of its own, not one of the cooperative pool's.
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<statusmark_smtp_result, Never>) in
            Thread.detachNewThread {
                continuation.resume(returning: transport.send(message))
            }
        }
        guard result.code != 0 else { return }
        throw Self.failure(result)
    }

    private func send(_ message: EmailMessage) -> statusmark_smtp_result {
        let recipients = message.recipients.map { strdup("<\($0)>") }
        defer { recipients.forEach { free($0) } }
        let url = "smtp://\(host):\(port)"
        var text = message.text
        return text.withUTF8 { bytes in
            url.withCString { url in
                "<\(message.envelopeFrom)>".withCString { from in
                    Self.withOptionalCString(username) { username in
                        Self.withOptionalCString(password) { password in
                            Self.withOptionalCString(caFile) { caFile in
                                let pointers: [UnsafePointer<CChar>?] = recipients.map { UnsafePointer($0) }
                                return pointers.withUnsafeBufferPointer { list in
                                    bytes.withMemoryRebound(to: CChar.self) { body in
                                        var request = statusmark_smtp_request(
                                            url: url, username: username, password: password, mail_from: from,
                                            recipients: list.baseAddress, recipient_count: list.count,
                                            message: body.baseAddress, message_length: body.count, ca_file: caFile,
                                            timeout_ms: Int(timeout.milliseconds))
                                        return statusmark_smtp_send(&request)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func withOptionalCString<Result>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
        guard let text else { return body(nil) }
        return text.withCString { body($0) }
    }

    /// libcurl's result as a failure: a refused login, a server without STARTTLS and a 5xx reply are final;
    /// a 4xx reply, a timeout or a lost connection may pass.
    static func failure(_ result: statusmark_smtp_result) -> DeliveryFailure {
        let text = withUnsafeBytes(of: result.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        let code = Int(result.code)
        let reply = Int(result.reply)
        let said = reply > 0 ? " (the server said \(reply))" : ""
        switch code {
        case Int(statusmark_curl_unavailable):
            return DeliveryFailure("email needs libcurl: \(text); install it (Debian: libcurl4)", isTransient: false)
        case Int(statusmark_curl_login_denied):
            return DeliveryFailure("the server refused the user name and password\(said)", isTransient: false)
        case Int(statusmark_curl_tls_required):
            return DeliveryFailure("the server does not offer STARTTLS, and mail is only sent encrypted", isTransient: false)
        default:
            if reply >= 500 { return DeliveryFailure("\(text)\(said)", isTransient: false) }
            return DeliveryFailure("\(text)\(said)", isTransient: true)
        }
    }
}
