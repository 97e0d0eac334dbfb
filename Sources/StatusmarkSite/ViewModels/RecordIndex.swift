import StatusmarkCore

/// The records the view models look up: by component, for the component pages, and by slug, for the few that
/// pages name (the status summary's, the uptime days').
///
/// The lists by component are made from the records' rows (``RecordRow``), in one pass over them.
struct RecordIndex: Sendable {
    /// The slugs that pages name.
    let named: Set<String>
    /// The records of ``named``, by slug.
    let bySlug: [String: IncidentRecord]
    /// The positions in the records of those that affect each component, by component id, in the records' order.
    /// Positions, not records: a list of records would retain each one, and on a large site that is ten thousand
    /// scattered objects touched again on every build and preview rebuild.
    let byComponent: [String: [Int]]

    /// - Parameters:
    ///   - rows: The records' rows (``RecordRow``), at the same places.
    ///   - components: The configuration's components, whose places the rows' bits are.
    ///   - named: The slugs that pages name (``named(in:)``).
    init(records: [IncidentRecord], rows: [RecordRow], components: [Component], named: Set<String>) {
        var bySlug: [String: IncidentRecord] = [:]
        var unfound = named.count
        // Newest first: the slugs pages name are of the latest days and what is ongoing or to come, found early.
        for record in records {
            guard unfound > 0 else { break }
            let slug = record.incident.slug
            if named.contains(slug), bySlug.updateValue(record, forKey: slug) == nil { unfound -= 1 }
        }
        var lists = Array(repeating: [Int](), count: min(components.count, RecordRow.bitCount))
        var others: [String: [Int]] = [:]
        let places = rows.contains(where: \.affectsOthers) ? RecordRow.places(of: components) : [:]
        for position in rows.indices {
            rows[position].forEachBit { lists[$0].append(position) }
            guard rows[position].affectsOthers else { continue }
            for id in RecordRow.otherComponentIDs(records[position], places: places) { others[id, default: []].append(position) }
        }
        var byComponent = others
        for (place, list) in lists.enumerated() where !list.isEmpty { byComponent[components[place].id] = list }
        self.named = named
        self.bySlug = bySlug
        self.byComponent = byComponent
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
