internal import Mustache

/// A view model behind one reference, so that handing it to the template engine costs a retain.
///
/// swift-mustache passes every value it looks up as `Any` and casts it to its protocols on the way. A struct of
/// more than three words does not fit in an `Any`: each lookup of it copied it to a new heap box, retaining every
/// string it holds, and each cast copied it again. A page's layout looks up `site` about fifteen times, and every
/// update, fact and badge of an incident page was copied the same way. Boxed, the value is copied once, when the
/// view model is made; its fields read as before (`site.title`), and it still compares by value.
@dynamicMemberLookup
struct ViewModelBox<Value: Sendable & Equatable>: Sendable, Equatable {
    private final class Storage: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
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

extension ViewModelBox: MustacheParent where Value: MustacheParent {
    func child(named name: String) -> Any? {
        storage.value.child(named: name)
    }
}
