internal import StatusmarkMustache

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

extension ComponentGroupViewModel: TemplateValueConvertible {
    static let fields = TemplateFields<ComponentGroupViewModel>([
        "name": { $0.name.templateValue },
        "description": { $0.description.templateValue },
        "isFoldable": { $0.isFoldable.templateValue },
        "isFolded": { $0.isFolded.templateValue },
        "status": { $0.status.templateValue },
        "components": { $0.components.templateValue },
    ])

    var templateValue: TemplateValue? { Self.fields.value(of: self) }
}
