import Foundation

/// What one message is for one channel: the body a webhook posts, or the email SMTP sends.
public enum ChannelPayload: Sendable, Equatable {
    case json(String)
    case email(EmailMessage)

    /// The payload as `--dry-run` prints it: exactly the bytes that would be sent.
    public var text: String {
        switch self {
        case .json(let body): body + "\n"
        case .email(let message): message.text.replacingOccurrences(of: "\r\n", with: "\n")
        }
    }
}
