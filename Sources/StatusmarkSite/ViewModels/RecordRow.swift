import Foundation
import StatusmarkCore

/// What the passes over every record (the API's selection, the index by component, the home page's recent list,
/// the incident pages' list) read of each one, side by side in one array. Read from the records, each of those
/// facts is two references away in the heap, and on a site of ten thousand incidents following them was most of
/// those passes' time.
struct RecordRow: Sendable, Equatable {
    /// The most components a row holds as bits.
    static let bitCount = 64

    var kind: IncidentKind
    var isClosed: Bool
    var maintenancePhase: IncidentFacts.MaintenancePhase?
    var start: Date
    var end: Date?
    var lastUpdated: Date
    /// The components the record affects among the configuration's first ``bitCount``: bit `i` for the `i`th.
    var components: UInt64
    /// Whether it affects a component beyond those (or one not configured), whose id is then read from the record.
    var affectsOthers: Bool

    /// - Parameter places: The configuration's components' places, by id (``places(of:)``).
    init(_ record: IncidentRecord, places: [String: Int]) {
        let facts = record.facts
        kind = record.incident.kind
        isClosed = facts.isClosed
        maintenancePhase = facts.maintenancePhase
        start = facts.start
        end = facts.end
        lastUpdated = facts.lastUpdated
        components = 0
        affectsOthers = false
        for impact in record.incident.impacts {
            if let place = places[impact.componentID], place < Self.bitCount {
                components |= 1 << UInt64(place)
            } else {
                affectsOthers = true
            }
        }
    }

    /// The places of the components, by id, the first of a repeated id kept.
    static func places(of components: [Component]) -> [String: Int] {
        Dictionary(components.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rows of the records, in their order.
    static func rows(_ records: [IncidentRecord], components: [Component]) -> [RecordRow] {
        let places = places(of: components)
        return records.map { RecordRow($0, places: places) }
    }

    /// Calls `body` with the place of each component among the bits, in the configuration's order.
    @inline(__always) func forEachBit(_ body: (Int) -> Void) {
        var bits = components
        while bits != 0 {
            body(bits.trailingZeroBitCount)
            bits &= bits - 1
        }
    }

    /// The ids of the components the record affects that are not among the bits, each once, in its order.
    static func otherComponentIDs(_ record: IncidentRecord, places: [String: Int]) -> [String] {
        RecordIndex.componentIDs(record.incident).filter { (places[$0] ?? bitCount) >= bitCount }
    }
}
