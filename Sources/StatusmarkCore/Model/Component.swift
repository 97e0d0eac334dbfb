public import Foundation

/// A part of the service that incidents affect, declared in statusmark.yml.
public struct Component: Sendable, Hashable, Identifiable {
    /// A stable identifier used in URLs and by incidents: `[a-z0-9-]`, the slug of the name by default.
    public var id: String
    public var name: String
    public var description: String?
    /// The group's name, or `nil` for an ungrouped component.
    public var group: String?
    /// A page about the component elsewhere (its product page, its own dashboard), linked beside its name.
    public var link: String?
    /// When the component went live; uptime is not counted before it.
    public var startDate: Date?
    /// Position in statusmark.yml, starting at 0.
    public var position: Int

    public init(
        id: String, name: String, description: String? = nil, group: String? = nil, link: String? = nil,
        startDate: Date? = nil, position: Int
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.group = group
        self.link = link
        self.startDate = startDate
        self.position = position
    }
}
