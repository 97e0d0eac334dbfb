/// An object of the value tree: a shape and one value (or none) per key of it. A class, so that a value holding
/// it is one reference to retain, not two.
public final class TemplateObject: Sendable {
    public let shape: TemplateShape
    public let values: [TemplateValue?]

    /// An object with the shape's keys, `values[i]` being the value of `shape.keys[i]`.
    public init(_ shape: TemplateShape, _ values: [TemplateValue?]) {
        precondition(values.count == shape.keys.count, "an object needs one value a key of its shape")
        self.shape = shape
        self.values = values
    }

    /// The value of a key by its number; `nil` when the shape has no such key or the value is absent.
    @inline(__always) func value(of key: Int) -> TemplateValue? {
        guard let slot = shape.slot(of: key) else { return nil }
        return values[slot]
    }

    /// The value of a key by its name, for tests and diagnostics.
    public subscript(name: String) -> TemplateValue? {
        value(of: TemplateKeys.number(of: name))
    }
}
