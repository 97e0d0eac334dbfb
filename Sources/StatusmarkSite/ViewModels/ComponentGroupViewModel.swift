internal import Mustache

/// Components under a group heading; components without a group form a group without a name.
struct ComponentGroupViewModel: Sendable, Equatable {
    var name: String?
    var description: String?
    /// `collapsed: true`: shown as `<details>`.
    var isFoldable = false
    /// Folded (`<details>` without `open`): foldable and every component operational.
    var isFolded = false
    /// The group's worst component status, beside its heading as on Statuspage; `nil` for components without a
    /// group.
    var status: ViewModelBox<StatusViewModel>?
    var components: [ViewModelBox<ComponentViewModel>]
}

extension ComponentGroupViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "description": description
        case "isFoldable": isFoldable
        case "isFolded": isFolded
        case "status": status
        case "components": components
        default: nil
        }
    }
}
