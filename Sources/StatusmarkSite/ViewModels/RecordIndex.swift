import StatusmarkCore

/// The records the view models look up: by component, for the component pages, and by slug, for the few that
/// pages name (the status summary's, the uptime days').
///
/// Made in one pass over the records; a rebuild whose records changed only in place (see
/// ``PageRenderCache/lastOutput(for:)``) patches the last build's instead, since reaching each of ten thousand
/// records, scattered in memory, was a sixth of such a rebuild.
struct RecordIndex: Sendable {
    /// The slugs that pages name.
    let named: Set<String>
    /// The records of ``named``, by slug.
    private(set) var bySlug: [String: IncidentRecord]
    /// The records that affect each component, by component id, in the records' order.
    private(set) var byComponent: [String: [IncidentRecord]]

    /// - Parameter named: The slugs that pages name (``named(in:)``).
    init(records: [IncidentRecord], named: Set<String>) {
        var bySlug: [String: IncidentRecord] = [:]
        var byComponent: [String: [IncidentRecord]] = [:]
        for record in records {
            let incident = record.incident
            if named.contains(incident.slug) { bySlug[incident.slug] = record }
            for id in Self.componentIDs(incident) { byComponent[id, default: []].append(record) }
        }
        self.named = named
        self.bySlug = bySlug
        self.byComponent = byComponent
    }

    /// This index with the records at `changed` replaced by those of `records`, or `nil` when that is not enough:
    /// a replaced record affects other components, or pages name other slugs.
    /// - Parameter previous: The records this index was made from, as many as `records`.
    func patched(
        records: [IncidentRecord], named: Set<String>, changed: [Int], previous: [IncidentRecord]
    ) -> RecordIndex? {
        guard named == self.named else { return nil }
        var index = self
        for position in changed {
            let old = previous[position]
            let new = records[position]
            let ids = Self.componentIDs(new.incident)
            guard ids == Self.componentIDs(old.incident) else { return nil }
            for id in ids {
                guard let found = index.byComponent[id]?.firstIndex(where: { $0.identity == old.identity }) else {
                    return nil
                }
                index.byComponent[id]?[found] = new
            }
            if named.contains(new.incident.slug) { index.bySlug[new.incident.slug] = new }
        }
        return index
    }

    /// A few dozen slugs, not every record's: those of the status summary and of the uptime bars' days.
    static func named(in model: StatusModel) -> Set<String> {
        let summary = model.summary
        var named = Set(
            summary.activeIncidents + summary.activeMaintenance + summary.upcomingMaintenance + summary.currentNotices)
        for entry in model.uptime {
            for day in entry.days { named.formUnion(day.incidents) }
        }
        return named
    }

    /// The components an incident affects, each once, in the order it lists them.
    static func componentIDs(_ incident: Incident) -> [String] {
        var ids: [String] = []
        for impact in incident.impacts where !ids.contains(impact.componentID) { ids.append(impact.componentID) }
        return ids
    }
}
