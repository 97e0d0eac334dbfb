/// An incident together with the facts computed from it.
///
/// A value, kept in one shared box: the pipeline hands records around by the ten thousand (sorted, filtered
/// per component, captured by the pages that show them), and copying the incident's dozen strings and arrays
/// each time was a fifth of a rebuild's time. Records from the same box compare equal without looking inside,
/// which is what lets the preview server tell an unchanged incident from an edited one at once.
public struct IncidentRecord: Sendable, Hashable, Identifiable {
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let incident: Incident
        @usableFromInline let facts: IncidentFacts

        init(incident: Incident, facts: IncidentFacts) {
            self.incident = incident
            self.facts = facts
        }
    }

    @usableFromInline let storage: Storage

    // Read in place (a borrow, not a copy), so that `record.incident.title` copies the title only.
    @inlinable public var incident: Incident {
        _read { yield storage.incident }
    }

    @inlinable public var facts: IncidentFacts {
        _read { yield storage.facts }
    }

    public var id: String { incident.slug }

    /// The box's identity: the same for copies of one record, and for an unchanged incident from one preview
    /// build to the next (the parse cache keeps its record). A key that hashes eight bytes instead of a slug;
    /// whoever keys by it keeps the record, so that the identity is not reused by another.
    /// Inlinable, so that a caller in another module reads the reference where it lies: calling the getter
    /// retains the storage first, a wait for memory in a pass over ten thousand records that never reads it.
    @inlinable package var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    public init(incident: Incident, facts: IncidentFacts) {
        storage = Storage(incident: incident, facts: facts)
    }

    public static func == (lhs: IncidentRecord, rhs: IncidentRecord) -> Bool {
        lhs.storage === rhs.storage || (lhs.incident == rhs.incident && lhs.facts == rhs.facts)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(incident)
        hasher.combine(facts)
    }
}
