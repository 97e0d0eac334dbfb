/// How an incident or maintenance affects one component.
public struct ComponentImpact: Sendable, Hashable {
    /// The component's ``Component/id``.
    public var componentID: String
    public var level: ComponentStatus

    public init(componentID: String, level: ComponentStatus) {
        self.componentID = componentID
        self.level = level
    }
}
