/// How an email channel reaches its SMTP server and whom it writes to.
public struct EmailSettings: Sendable, Hashable {
    /// The server's host name.
    public var host: String
    /// Its submission port: 587 unless `smtp:` names another.
    public var port: Int
    /// The `From:` address, with or without a display name: `Acme Status <status@acme.example>`.
    public var from: String
    /// The addresses each message goes to, in statusmark.yml's order; empty when `list` is set.
    public var recipients: [String]
    /// A mailing list's address: the one recipient, named in `To:` and `List-Id`.
    public var list: String?
    /// The `List-Unsubscribe` target (a `mailto:` or https address), required with `list`.
    public var unsubscribe: String?
    /// The environment variables holding the user name and password, when the server asks for authentication.
    public var usernameVariable: String?
    public var passwordVariable: String?
    /// A PEM file of certificate authorities to trust instead of the system's, relative to the site.
    public var caFile: String?

    public init(
        host: String, port: Int = 587, from: String, recipients: [String] = [], list: String? = nil,
        unsubscribe: String? = nil, usernameVariable: String? = nil, passwordVariable: String? = nil,
        caFile: String? = nil
    ) {
        self.host = host
        self.port = port
        self.from = from
        self.recipients = recipients
        self.list = list
        self.unsubscribe = unsubscribe
        self.usernameVariable = usernameVariable
        self.passwordVariable = passwordVariable
        self.caFile = caFile
    }
}
