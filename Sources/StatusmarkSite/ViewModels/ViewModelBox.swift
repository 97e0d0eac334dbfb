internal import StatusmarkMustache

/// A view model behind one reference, with its value tree made once, when the view model is made: every page
/// that shows it (the site on all of them, an incident's summary on several lists) reuses that tree. Its fields
/// read as the value's (`site.title`), and it compares by value.
@dynamicMemberLookup
struct ViewModelBox<Value: Sendable & Equatable & TemplateValueConvertible>: Sendable, Equatable {
    private final class Storage: Sendable {
        let value: Value
        let tree: TemplateValue?
        init(_ value: Value) {
            self.value = value
            tree = value.templateValue
        }
    }

    private let storage: Storage

    init(_ value: Value) {
        storage = Storage(value)
    }

    subscript<Field>(dynamicMember field: KeyPath<Value, Field>) -> Field {
        storage.value[keyPath: field]
    }

    static func == (lhs: ViewModelBox, rhs: ViewModelBox) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.value == rhs.storage.value
    }
}

extension ViewModelBox: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) {
        storage.value.hash(into: &hasher)
    }
}

extension ViewModelBox: TemplateValueConvertible {
    var templateValue: TemplateValue? { storage.tree }
}
