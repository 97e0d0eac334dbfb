/// An incident together with the facts computed from it.
public struct IncidentRecord: Sendable, Hashable, Identifiable {
    public var incident: Incident
    public var facts: IncidentFacts

    public var id: String { incident.slug }

    public init(incident: Incident, facts: IncidentFacts) {
        self.incident = incident
        self.facts = facts
    }
}
