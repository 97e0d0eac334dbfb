internal import Mustache

/// Components under a group heading; components without a group form a group without a name.
struct ComponentGroupViewModel: Sendable, Equatable {
    var name: String?
    var description: String?
    /// Folded (`<details>` without `open`): `collapsed: true` and every component operational.
    var isFolded = false
    /// Shown in the folded group's summary line: the group's worst status.
    var status: ViewModelBox<StatusViewModel>?
    var components: [ViewModelBox<ComponentViewModel>]
}

extension ComponentGroupViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "description": description
        case "isFoldable": status != nil
        case "isFolded": isFolded
        case "status": status
        case "components": components
        default: nil
        }
    }
}
