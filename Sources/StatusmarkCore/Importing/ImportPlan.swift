/// What an import would write: the components statusmark.yml needs, the incident files, and what it left out.
public struct ImportPlan: Sendable {
    public struct ImportedComponent: Sendable, Hashable {
        public var id: String
        public var name: String
        public var description: String?
        public var group: String?
    }

    public struct File: Sendable, Hashable {
        /// The file's name, without folder: `2025-09-19-sms-delivery-delays.md`.
        public var name: String
        public var draft: IncidentDraft
    }

    public var title: String?
    public var baseURL: String?
    /// An IANA zone name, when the source has one.
    public var timeZone: String?
    public var components: [ImportedComponent] = []
    public var files: [File] = []
    /// What was not imported, and why.
    public var skipped: [String] = []

    /// statusmark.yml for a new site with these components.
    public func configurationText() -> String {
        var lines = ["# Imported by statusmark import. Every key is described in docs/incident-format.md."]
        lines.append("title: \(YAMLScalar.quoted(title ?? "Status"))")
        lines.append("base_url: \(baseURL ?? "https://status.example.com")")
        lines.append("time_zone: \(YAMLScalar.quoted(timeZone ?? "UTC"))")
        if !components.isEmpty {
            lines.append("components:")
            for component in components {
                lines.append("  - name: \(YAMLScalar.quoted(component.name))")
                lines.append("    id: \(component.id)")
                if let description = component.description, !description.isEmpty {
                    lines.append("    description: \(YAMLScalar.quoted(description))")
                }
                if let group = component.group { lines.append("    group: \(YAMLScalar.quoted(group))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
