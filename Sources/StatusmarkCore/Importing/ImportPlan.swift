/// What an import would write: the components statusmark.yml needs, the incident files, and what it left out.
public struct ImportPlan: Sendable {
    public struct ImportedComponent: Sendable, Hashable {
        public var id: String
        public var name: String
        public var description: String?
        public var group: String?
        /// `start_date` in statusmark.yml: `2021-06-01`.
        public var startDate: String?
        public var link: String?
        /// The name the source's incidents use for the component, when the page shows another (cState's
        /// `displayName`).
        public var sourceName: String?
    }

    /// A group's `groups:` entry.
    public struct ImportedGroup: Sendable, Hashable {
        public var name: String
        public var description: String?
        public var isCollapsed = false
    }

    public struct File: Sendable, Hashable {
        /// The file's name, without folder: `2025-09-19-sms-delivery-delays.md`.
        public var name: String
        public var draft: IncidentDraft
    }

    public var title: String?
    /// The site's description, for statusmark.yml's `description`.
    public var description: String?
    public var baseURL: String?
    /// An IANA zone name, when the source has one.
    public var timeZone: String?
    public var components: [ImportedComponent] = []
    public var groups: [ImportedGroup] = []
    public var files: [File] = []
    /// What was not imported, and why.
    public var skipped: [String] = []
    /// What the user should know about the import that is not a file left out.
    public var notes: [String] = []
    /// What the import wrote differently from the source, each with the file and why.
    public var changes: [String] = []
    /// What the source holds that the import did not carry over, each with why.
    public var notCarried: [String] = []

    /// `candidate`, or `candidate-2`, `-3` … : the first not in `taken`, which it is added to.
    static func unique(_ candidate: String, in taken: inout Set<String>) -> String {
        var name = candidate
        var suffix = 2
        while !taken.insert(name).inserted {
            name = "\(candidate)-\(suffix)"
            suffix += 1
        }
        return name
    }

    /// Gives each component the slug of its name as id, made unique.
    static func assigningIDs(_ components: [ImportedComponent]) -> [ImportedComponent] {
        var ids = Set<String>()
        return components.map { component in
            var result = component
            let slug = Slug.make(from: component.name)
            result.id = unique(slug.isEmpty ? "component" : slug, in: &ids)
            return result
        }
    }

    /// statusmark.yml for a new site with these components.
    public func configurationText() -> String {
        var lines = ["# Imported by statusmark import. Every key is described in docs/incident-format.md."]
        lines.append("title: \(YAMLScalar.quoted(title ?? "Status"))")
        if let description { lines.append("description: \(YAMLScalar.quoted(description))") }
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
                if let startDate = component.startDate { lines.append("    start_date: \(startDate)") }
                if let link = component.link { lines.append("    link: \(YAMLScalar.quoted(link))") }
            }
        }
        let named = Set(components.compactMap(\.group))
        let groups = groups.filter { named.contains($0.name) && ($0.description != nil || $0.isCollapsed) }
        if !groups.isEmpty {
            lines.append("groups:")
            for group in groups {
                lines.append("  - name: \(YAMLScalar.quoted(group.name))")
                if let description = group.description { lines.append("    description: \(YAMLScalar.quoted(description))") }
                if group.isCollapsed { lines.append("    collapsed: true") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
