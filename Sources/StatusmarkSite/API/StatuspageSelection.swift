import Foundation
import StatusmarkCore

/// Which records the API lists, and when each component last changed: what the API takes from every record,
/// found in one pass over them. The rest of the API is made from the few records listed.
struct StatuspageSelection: Sendable, Equatable {
    /// Indices into the records, in the records' order (newest first): the latest ``StatuspageAPIRenderer/listLimit``
    /// incidents and maintenance, the incidents not closed, and the maintenance in progress.
    var latestIncidents: [Int] = []
    var latestMaintenance: [Int] = []
    var unresolved: [Int] = []
    var active: [Int] = []
    /// Indices of the upcoming maintenance, soonest first, as the status summary lists them.
    var upcoming: [Int] = []
    /// The oldest record's start: when the site's history begins.
    var earliest: Date?
    /// For each component, the latest start or end, up to now, of a record that affects it.
    var changes: [String: Date] = [:]

    /// - Parameters:
    ///   - rows: The records' rows (``RecordRow``), at the same places.
    ///   - components: The configuration's components, whose places the rows' bits are.
    init(records: [IncidentRecord], rows: [RecordRow], components: [Component], now: Date, upcomingSlugs: [String]) {
        let upcomingSet = Set(upcomingSlugs)
        var upcomingBySlug: [String: Int] = [:]
        var latestChanges: [Date?] = Array(repeating: nil, count: min(components.count, RecordRow.bitCount))
        var otherChanges: [String: Date] = [:]
        let places = rows.contains(where: \.affectsOthers) ? RecordRow.places(of: components) : [:]
        for index in rows.indices {
            let row = rows[index]
            switch row.kind {
            case .notice:
                // Statuspage has no notices; its API lists none.
                continue
            case .incident:
                if latestIncidents.count < StatuspageAPIRenderer.listLimit { latestIncidents.append(index) }
                if !row.isClosed { unresolved.append(index) }
            case .maintenance:
                if latestMaintenance.count < StatuspageAPIRenderer.listLimit { latestMaintenance.append(index) }
                if row.maintenancePhase == .inProgress { active.append(index) }
                // Only maintenance still to come is upcoming: only its slug is read from the record.
                if row.maintenancePhase == .scheduled, !upcomingSet.isEmpty {
                    let slug = records[index].incident.slug
                    if upcomingSet.contains(slug) { upcomingBySlug[slug] = index }
                }
            }
            earliest = min(earliest ?? row.start, row.start)
            guard let latest = Self.latestChange(start: row.start, end: row.end, now: now) else { continue }
            row.forEachBit { place in
                if latestChanges[place].map({ latest > $0 }) ?? true { latestChanges[place] = latest }
            }
            guard row.affectsOthers else { continue }
            for id in RecordRow.otherComponentIDs(records[index], places: places) where otherChanges[id].map({ latest > $0 }) ?? true {
                otherChanges[id] = latest
            }
        }
        changes = otherChanges
        for (place, latest) in latestChanges.enumerated() {
            if let latest { changes[components[place].id] = latest }
        }
        upcoming = upcomingSlugs.compactMap { upcomingBySlug[$0] }
    }

    /// The selection of a model's records, with their rows made here (for the webhooks, which have none made).
    init(model: StatusModel) {
        let components = model.configuration.components
        self.init(
            records: model.records, rows: RecordRow.rows(model.records, components: components), components: components,
            now: model.now, upcomingSlugs: model.summary.upcomingMaintenance)
    }

    /// When a record last changed what its components show, up to now: its start, or its end once past; `nil` for
    /// a record that has not started.
    private static func latestChange(start: Date, end: Date?, now: Date) -> Date? {
        guard start <= now else { return nil }
        if let end, end <= now, end > start { return end }
        return start
    }
}
