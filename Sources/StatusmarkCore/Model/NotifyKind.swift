/// What a message is about, for a channel's `kinds:` filter.
public enum NotifyKind: String, Sendable, Hashable, CaseIterable {
    /// An incident's updates: opened, updated, resolved.
    case incidents
    /// A maintenance's updates: scheduled, started, completed.
    case maintenance
    /// A postmortem published on an incident.
    case postmortems
}
