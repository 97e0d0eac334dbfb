import Foundation
import StatusmarkCore

/// Which records the API lists, and when each component last changed: what the API takes from every record,
/// found in one pass over them. The rest of the API is made from the few records listed.
///
/// A rebuild whose records changed only in place takes the last build's selection, patched, when no replaced
/// record differs from the one before it in anything the selection looks at.
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
        for (index, record) in records.enumerated() {
            let incident = record.incident
            let facts = record.facts
            switch incident.kind {
            case .notice:
                // Statuspage has no notices; its API lists none.
                continue
            case .incident:
                if latestIncidents.count < StatuspageAPIRenderer.listLimit { latestIncidents.append(index) }
                if !facts.isClosed { unresolved.append(index) }
            case .maintenance:
                if latestMaintenance.count < StatuspageAPIRenderer.listLimit { latestMaintenance.append(index) }
                if facts.maintenancePhase == .inProgress { active.append(index) }
                if !upcomingSet.isEmpty, upcomingSet.contains(incident.slug) { upcomingBySlug[incident.slug] = index }
            }
            earliest = min(earliest ?? facts.start, facts.start)
            guard let latest = Self.latestChange(facts, now: now) else { continue }
            for impact in incident.impacts where latest > changes[impact.componentID] ?? .distantPast {
                changes[impact.componentID] = latest
            }
        }
        upcoming = upcomingSlugs.compactMap { upcomingBySlug[$0] }
    }

    /// This selection for `records`, which replace `previous` at `changed` (``PageRenderCache/lastOutput(for:)``),
    /// when each replaced record agrees with the one before it on its kind, whether it is closed, its maintenance
    /// phase, its start and end and the components it affects, and the upcoming maintenance are the same records;
    /// else `nil`.
    func patched(
        records: [IncidentRecord], previous: [IncidentRecord], changed: [Int], upcomingSlugs: [String]
    ) -> StatuspageSelection? {
        for index in changed {
            let old = previous[index]
            let new = records[index]
            guard old.incident.kind == new.incident.kind, old.facts.isClosed == new.facts.isClosed,
                old.facts.maintenancePhase == new.facts.maintenancePhase, old.facts.start == new.facts.start,
                old.facts.end == new.facts.end,
                RecordIndex.componentIDs(old.incident) == RecordIndex.componentIDs(new.incident)
            else { return nil }
        }
        guard upcoming.count == upcomingSlugs.count,
            zip(upcoming, upcomingSlugs).allSatisfy({ records[$0].incident.slug == $1 })
        else { return nil }
        return self
    }

    /// When a record last changed what its components show, up to now: its start, or its end once past; `nil` for
    /// a record that has not started.
    private static func latestChange(_ facts: IncidentFacts, now: Date) -> Date? {
        guard facts.start <= now else { return nil }
        if let end = facts.end, end <= now, end > facts.start { return end }
        return facts.start
    }
}
