import StatusmarkCore

/// The records the view models look up: by component, for the component pages, and by slug, for the few that
/// pages name (the status summary's, the uptime days').
///
/// Made in one pass over the records.
struct RecordIndex: Sendable {
    /// The slugs that pages name.
    let named: Set<String>
    /// The records of ``named``, by slug.
    let bySlug: [String: IncidentRecord]
    /// The positions in the records of those that affect each component, by component id, in the records' order.
    /// Positions, not records: a list of records would retain each one, and on a large site that is ten thousand
    /// scattered objects touched again on every build and preview rebuild.
    let byComponent: [String: [Int]]

    /// - Parameter named: The slugs that pages name (``named(in:)``).
    init(records: [IncidentRecord], named: Set<String>) {
        var bySlug: [String: IncidentRecord] = [:]
        // A site has a dozen components or so: their ids are found by comparing, which for short ids compares
        // two words, instead of hashing each impact's id into a dictionary.
        var ids: [String] = []
        var lists: [[Int]] = []
        var unfound = named.count
        for position in records.indices {
            let incident = records[position].incident
            if unfound > 0, named.contains(incident.slug),
                bySlug.updateValue(records[position], forKey: incident.slug) == nil
            {
                unfound -= 1
            }
            for impact in incident.impacts {
                guard let list = ids.firstIndex(of: impact.componentID) else {
                    ids.append(impact.componentID)
                    lists.append([position])
                    continue
                }
                // An incident that names a component twice is listed under it once.
                if lists[list].last != position { lists[list].append(position) }
            }
        }
        self.named = named
        self.bySlug = bySlug
        self.byComponent = Dictionary(uniqueKeysWithValues: zip(ids, lists))
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
