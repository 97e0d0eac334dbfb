internal import Mustache

/// Components under a group heading; components without a group form a group without a name.
struct ComponentGroupViewModel: Sendable, Equatable {
    var name: String?
    var components: [ViewModelBox<ComponentViewModel>]
}

extension ComponentGroupViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "components": components
        default: nil
        }
    }
}
