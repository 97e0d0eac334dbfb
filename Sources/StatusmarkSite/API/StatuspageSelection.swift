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

    init(records: [IncidentRecord], now: Date, upcomingSlugs: [String]) {
        let upcomingSet = Set(upcomingSlugs)
        var upcomingBySlug: [String: Int] = [:]
        // A dozen components or so: found by comparing their ids, not by hashing each impact's.
        var componentIDs: [String] = []
        var latestChanges: [Date] = []
        for (index, record) in records.enumerated() {
            let incident = record.incident
            switch incident.kind {
            case .notice:
                // Statuspage has no notices; its API lists none.
                continue
            case .incident:
                if latestIncidents.count < StatuspageAPIRenderer.listLimit { latestIncidents.append(index) }
                if !record.facts.isClosed { unresolved.append(index) }
            case .maintenance:
                if latestMaintenance.count < StatuspageAPIRenderer.listLimit { latestMaintenance.append(index) }
                if record.facts.maintenancePhase == .inProgress { active.append(index) }
                if !upcomingSet.isEmpty, upcomingSet.contains(incident.slug) { upcomingBySlug[incident.slug] = index }
            }
            // The facts are read in place: copying each record's was most of this pass.
            let start = record.facts.start
            earliest = min(earliest ?? start, start)
            guard let latest = Self.latestChange(start: start, end: record.facts.end, now: now) else { continue }
            for impact in incident.impacts {
                if let position = componentIDs.firstIndex(of: impact.componentID) {
                    if latest > latestChanges[position] { latestChanges[position] = latest }
                } else {
                    componentIDs.append(impact.componentID)
                    latestChanges.append(latest)
                }
            }
        }
        changes = Dictionary(uniqueKeysWithValues: zip(componentIDs, latestChanges))
        upcoming = upcomingSlugs.compactMap { upcomingBySlug[$0] }
    }

    /// When a record last changed what its components show, up to now: its start, or its end once past; `nil` for
    /// a record that has not started.
    private static func latestChange(start: Date, end: Date?, now: Date) -> Date? {
        guard start <= now else { return nil }
        if let end, end <= now, end > start { return end }
        return start
    }
}
