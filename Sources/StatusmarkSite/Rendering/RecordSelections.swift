import StatusmarkCore

/// The orders and subsets of the records that the feeds, the API and the calendar are made from, each found in a
/// pass over every record.
///
/// A rebuild whose records changed only in place (``PageRenderCache/lastOutput(for:)``) takes each of the last
/// build's again when no replaced record differs from the one before it in what that selection looks at; else
/// that one is made again. Reaching ten thousand records, scattered in memory, costs a few milliseconds a pass.
struct RecordSelections: Sendable {
    /// The records' indices in feed order (``ViewModelFactory/feedOrder()``).
    var feedOrder: [Int]
    /// What the API lists, and when each component last changed.
    var api: StatuspageSelection
    /// The indices of the maintenance records, which the calendar is made from.
    var maintenance: [Int]

    /// - Parameter last: The last build's selections, the records they were made from, and the indices of the
    ///   records that replace those (same count, same slugs).
    init(
        _ factory: ViewModelFactory,
        last: (selections: RecordSelections, previous: [IncidentRecord], changed: [Int])?
    ) {
        let model = factory.model
        let records = model.records
        let upcoming = model.summary.upcomingMaintenance
        guard let last else {
            feedOrder = factory.feedOrder()
            api = StatuspageSelection(records: records, now: model.now, upcomingSlugs: upcoming)
            maintenance = records.indices.filter { records[$0].incident.kind == .maintenance }
            return
        }
        let replaced = last.changed.map { (old: last.previous[$0], new: records[$0]) }
        feedOrder =
            replaced.allSatisfy { $0.old.facts.lastUpdated == $0.new.facts.lastUpdated }
            ? last.selections.feedOrder : factory.feedOrder()
        api =
            last.selections.api.patched(
                records: records, previous: last.previous, changed: last.changed, upcomingSlugs: upcoming)
            ?? StatuspageSelection(records: records, now: model.now, upcomingSlugs: upcoming)
        maintenance =
            replaced.allSatisfy { $0.old.incident.kind == $0.new.incident.kind }
            ? last.selections.maintenance : records.indices.filter { records[$0].incident.kind == .maintenance }
    }
}
