/// The `page` object every Statuspage API v2 response starts with.
struct StatuspagePage: Encodable, Sendable, Equatable {
    var id: String
    var name: String
    var url: String
    /// An IANA zone name such as `Etc/UTC` or `Europe/Berlin`.
    var timeZone: String
    var updatedAt: String
}
