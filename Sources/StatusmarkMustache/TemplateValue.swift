/// A value a template shows: the typed tree view models make, so that rendering needs no reflection and no cast.
///
/// An absent value is `nil` where a value is expected (`TemplateValue?`). A name whose value is absent is looked
/// up further out, as if the object had no such key.
public enum TemplateValue: Sendable {
    case string(String)
    case bool(Bool)
    case number(Double)
    case list([TemplateValue])
    case object(TemplateObject)
}

extension TemplateValue {
    /// Whether a section shows its content: everything but `false` and an empty list (an empty string and zero
    /// included, as in the Mustache implementations this engine replaces).
    @inlinable public var isTruthy: Bool {
        switch self {
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        case .string, .number, .object: true
        }
    }
}
