internal import Mustache

/// A row of a component's reliability table: a figure over the uptime window and over all time.
struct ReliabilityRowViewModel: Sendable, Equatable {
    /// `Incidents`, `Time to resolve`…
    var label: String
    /// `3`, or `mean 1 h 5 min, median 48 min`, or `not recorded`.
    var recent: String
    var allTime: String
}

extension ReliabilityRowViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "recent": recent
        case "allTime": allTime
        default: nil
        }
    }
}
