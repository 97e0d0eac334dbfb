import Foundation

/// Checks that dated entries (updates, or timeline events) run one way through a file: oldest first or newest
/// first, never mixed.
///
/// The direction is taken from the first neighbouring pair whose later entry has a date of its own; failing that,
/// from how the statuses progress (Investigating before Resolved means oldest first); failing that, oldest first.
/// An entry without a date that breaks the direction took the wrong date from the entry above, so its diagnostic
/// asks for the date rather than reporting the order.
struct ChronologyValidator {
    struct Entry {
        var date: Date
        var hasDate: Bool
        /// The calendar date the entry's time is on, in its own zone.
        var day: CivilDate
        /// How far along the incident's life the entry's status is, or `nil` when it says nothing (Update).
        var progress: Int?
        var label: String
        var location: SourceLocation
    }

    /// The code for entries out of order.
    let outOfOrderCode: DiagnosticCode
    /// What the entries are called in messages: "update", "timeline event".
    let noun: String

    /// Returns whether the entries run newest first, and the diagnostics for entries that break the direction.
    func validate(_ entries: [Entry]) -> (isNewestFirst: Bool, diagnostics: [Diagnostic]) {
        let newestFirst = direction(of: entries)
        var diagnostics: [Diagnostic] = []
        for (above, entry) in zip(entries, entries.dropFirst()) {
            let isBroken = newestFirst ? entry.date > above.date : entry.date < above.date
            guard isBroken else { continue }
            let relation = newestFirst ? "after" : "before"
            let order = newestFirst ? "newest first" : "oldest first"
            if !entry.hasDate {
                let intended = entry.day.adding(days: newestFirst ? -1 : 1)
                diagnostics.append(
                    .error(
                        .timestampMissingDate,
                        "'\(entry.label)' has no date, so it took \(entry.day) from the \(noun) above, which puts it "
                            + "\(relation) that \(noun)",
                        at: entry.location,
                        notes: [Diagnostic.Note("write the full date, such as '\(intended) \(entry.label)'")]))
            } else {
                diagnostics.append(
                    .error(
                        outOfOrderCode,
                        "this \(noun) is dated \(relation) the \(noun) above it, but the \(noun)s run \(order)",
                        at: entry.location,
                        notes: [
                            Diagnostic.Note("the \(noun) above", at: above.location),
                            Diagnostic.Note("list \(noun)s oldest first or newest first, and check the date and time"),
                        ]))
            }
        }
        return (newestFirst, diagnostics)
    }

    private func direction(of entries: [Entry]) -> Bool {
        for (above, entry) in zip(entries, entries.dropFirst()) where entry.hasDate && entry.date != above.date {
            return entry.date < above.date
        }
        let progressions = entries.compactMap(\.progress)
        for (above, entry) in zip(progressions, progressions.dropFirst()) where above != entry {
            return entry < above
        }
        return false
    }
}
