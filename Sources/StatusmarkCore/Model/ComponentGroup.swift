/// A group of components as statusmark.yml's `groups:` describes it: the components name it with `group:`.
public struct ComponentGroup: Sendable, Hashable {
    public var name: String
    public var description: String?
    /// Whether the home page shows the group folded while all its components are operational.
    public var isCollapsed: Bool

    public init(name: String, description: String? = nil, isCollapsed: Bool = false) {
        self.name = name
        self.description = description
        self.isCollapsed = isCollapsed
    }
}
