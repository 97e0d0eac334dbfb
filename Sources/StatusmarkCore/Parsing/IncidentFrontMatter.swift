import Foundation

/// The decoded front matter of one incident file.
struct IncidentFrontMatter {
    var title: String?
    var kind: IncidentKind = .incident
    /// Whether `kind:` was given but not understood: the body's statuses are then not held to either kind.
    var isKindUnreadable = false
    var impacts: [ComponentImpact] = []
    var affectedPercent: Double?
    var severity: Severity?
    var started: Date?
    var ended: Date?
    var scheduledStart: Date?
    var scheduledEnd: Date?
    var until: Date?
    var isPinned = false
    var aliases: [Located<String>] = []
    /// Where each key's value was written, by key.
    var fieldLocations: [String: SourceLocation] = [:]
}
