/// A value that is always written to JSON, as `null` when absent. Statuspage's API writes `"resolved_at": null`
/// rather than leaving the key out, and clients index such keys directly; a plain Optional would drop the key.
struct Nullable<Wrapped: Encodable & Sendable & Equatable>: Encodable, Sendable, Equatable {
    var value: Wrapped?

    init(_ value: Wrapped?) {
        self.value = value
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
