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

    /// These fields and those of a part the model holds (a page and its pager), as one flat object.
    public init<Part>(
        _ fields: KeyValuePairs<String, @Sendable (Model) -> TemplateValue?>, adding part: TemplateFields<Part>,
        from read: @escaping @Sendable (Model) -> Part
    ) {
        shape = TemplateShape(fields.map(\.key) + part.shape.keys)
        readers = fields.map(\.value) + part.readers.map { reader in { reader(read($0)) } }
    }

    /// The model as an object of this shape.
    @inlinable public func value(of model: Model) -> TemplateValue {
        .object(object(of: model))
    }

    @inlinable public func object(of model: Model) -> TemplateObject {
        TemplateObject(shape, readers.map { $0(model) })
    }
}
