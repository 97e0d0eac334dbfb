extension Array where Element == IncidentRecord {
    /// The indices where these records replace `previous`'s, when they are `previous` but for some replaced in
    /// place: as many, each the same box or one that `stays` accepts in place of the old; else `nil`.
    ///
    /// An edit to an incident file gives a new box for that incident only, so the preview's rebuilds use this to
    /// find the few records that changed: only the boxes are compared, and only the replaced records are reached.
    package func replacements(
        of previous: [IncidentRecord], where stays: (_ old: IncidentRecord, _ new: IncidentRecord) -> Bool
    ) -> [Int]? {
        guard count == previous.count else { return nil }
        var replaced: [Int] = []
        for (index, (old, new)) in zip(previous, self).enumerated() where old.identity != new.identity {
            guard stays(old, new) else { return nil }
            replaced.append(index)
        }
        return replaced
    }
}
