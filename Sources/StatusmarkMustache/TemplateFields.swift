/// A kind of view model's keys with how to read each from a model: the shape and its readers together, so a
/// key and its value cannot drift apart.
///
/// ```swift
/// static let fields = TemplateFields<Link>(["title": { .string($0.title) }, "url": { .string($0.url) }])
/// var templateValue: TemplateValue { Self.fields.value(of: self) }
/// ```
public struct TemplateFields<Model>: Sendable {
    public let shape: TemplateShape
    @usableFromInline let readers: [@Sendable (Model) -> TemplateValue?]

    public init(_ fields: KeyValuePairs<String, @Sendable (Model) -> TemplateValue?>) {
        shape = TemplateShape(fields.map(\.key))
        readers = fields.map(\.value)
    }

    /// The model as an object of this shape.
    @inlinable public func value(of model: Model) -> TemplateValue {
        .object(object(of: model))
    }

    @inlinable public func object(of model: Model) -> TemplateObject {
        TemplateObject(shape, readers.map { $0(model) })
    }
}
