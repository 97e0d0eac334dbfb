import Foundation
import Yams

/// What an import takes from a cState site's Hugo config: its title, base URL and time zone, and its systems
/// (components) with their categories (groups).
struct CStateSite {
    var title: String?
    var baseURL: String?
    /// Hugo's `timeZone`, for the site and for dates that name no zone.
    var timeZoneName: String?
    var zone: ZoneReference = .utc
    /// `params.description`: the site's description.
    var description: String?
    var systems: [ImportPlan.ImportedComponent] = []
    /// The categories with a description or `closed: true`.
    var groups: [ImportPlan.ImportedGroup] = []
    /// What the config holds that statusmark.yml has no place for, each with why.
    var notCarried: [String] = []

    static func read(_ document: CStateImporter.Document) -> Result<CStateSite, ImportError> {
        let reader = YAMLDocumentReader(
            path: document.path, firstLine: 1, syntaxCode: .configYAMLSyntax, unknownKeyCode: .configUnknownKey,
            invalidValueCode: .configInvalidValue)
        let root: Node?
        switch reader.compose(document.text) {
        case .success(let node): root = node
        case .failure(let diagnostic): return .failure(ImportError("\(diagnostic.location?.description ?? document.path): \(diagnostic.message)"))
        }
        var site = CStateSite()
        site.title = Self.string(root, "title")
        if let url = Self.string(root, "baseURL"), url.hasPrefix("http://") || url.hasPrefix("https://") {
            site.baseURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        }
        if let name = Self.string(root, "timeZone") {
            guard let zone = ZoneReference(identifier: name) else {
                return .failure(ImportError("\(document.path): timeZone '\(name)' is not a time zone Statusmark knows"))
            }
            site.timeZoneName = name
            site.zone = zone
        }
        let params = Self.value(root, "params")
        site.description = Self.string(params, "description").flatMap { $0.isEmpty ? nil : $0 }
        var untitled = Set<String>()
        for category in Self.value(params, "categories")?.sequence ?? [] {
            guard let name = Self.string(category, "name") else { continue }
            if Self.string(category, "untitled") == "true" {
                untitled.insert(name)
                continue
            }
            site.groups.append(
                ImportPlan.ImportedGroup(
                    name: name, description: Self.string(category, "description").flatMap { $0.isEmpty ? nil : $0 },
                    isCollapsed: Self.string(category, "closed") == "true"))
        }
        for system in Self.value(params, "systems")?.sequence ?? [] {
            // A system is a name, or a map with name, displayName (shown instead), description, category and link.
            guard let name = system.scalar?.string ?? Self.string(system, "name"), !name.isEmpty else { continue }
            let category = Self.string(system, "category").flatMap { untitled.contains($0) ? nil : $0 }
            let shown = Self.string(system, "displayName").flatMap { $0.isEmpty ? nil : $0 }
            var component = ImportPlan.ImportedComponent(
                id: "", name: shown ?? name, description: Self.string(system, "description"), group: category)
            if shown != nil, shown != name { component.sourceName = name }
            if let link = Self.string(system, "link"), !link.isEmpty {
                if let problem = BaseURLRule.problem(with: link, isBase: false) {
                    site.notCarried.append("\(document.path): 'link' of system '\(name)': \(problem)")
                } else {
                    component.link = link
                }
            }
            site.systems.append(component)
            let others = (system.mapping?.keys.compactMap(\.string) ?? [])
                .filter { !["name", "displayname", "description", "category", "link"].contains($0.lowercased()) }
            if Self.string(system, "histogram") == "false" {
                site.notCarried.append(
                    "\(document.path): 'histogram: false' of system '\(name)': Statusmark shows every component's uptime bar")
            }
            let unread = others.filter { $0.lowercased() != "histogram" }
            if !unread.isEmpty {
                site.notCarried.append(
                    "\(document.path): \(unread.map { "'\($0)'" }.joined(separator: ", ")) of system '\(name)': "
                        + "components in statusmark.yml have no such key")
            }
        }
        return .success(site)
    }

    /// A mapping's value for a key in any letter case, as Hugo reads its config.
    static func value(_ node: Node?, _ key: String) -> Node? {
        node?.mapping?.first { $0.key.string?.lowercased() == key.lowercased() }?.value
    }

    static func string(_ node: Node?, _ key: String) -> String? {
        value(node, key)?.scalar?.string.trimmingWhitespace()
    }
}
