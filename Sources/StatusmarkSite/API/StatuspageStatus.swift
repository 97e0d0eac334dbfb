/// The `status` object: an indicator (`none`, `minor`, `major`, `critical`) and its description.
struct StatuspageStatus: Encodable, Sendable, Equatable {
    var indicator: String
    var description: String
}
