public import Mustache
public import StatusmarkMustache

/// swift-mustache rendering the same value trees as StatusmarkMustache: the reference the differential tests
/// compare with. A value tree becomes the values swift-mustache reads (strings, booleans, numbers, arrays and
/// `MustacheParent` objects), so both engines see the same data.
public struct MustacheOracle: Sendable {
    private let library: MustacheLibrary

    /// Parses the templates; `nil` when swift-mustache cannot parse one.
    public init?(_ sources: [String: String]) {
        var library = MustacheLibrary()
        for (name, source) in sources {
            guard let template = try? MustacheTemplate(string: source) else { return nil }
            library.register(template, named: name)
        }
        self.library = library
    }

    /// Renders a template over a context stack, its last value innermost, as `TemplateSet.render` does.
    public func render(_ template: String, context: [TemplateValue]) -> String? {
        guard let innermost = context.last else { return library.render(OracleObject(nil), withTemplate: template) }
        // swift-mustache renders over one value; the outer ones are reached as from an enclosing section.
        let value = context.dropLast().reversed().reduce(Self.value(of: innermost)) { inner, outer in
            OracleLayers(inner: inner, outer: Self.value(of: outer))
        }
        return library.render(value, withTemplate: template)
    }

    static func value(of tree: TemplateValue) -> Any {
        switch tree {
        case .string(let text): text
        case .bool(let flag): flag
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? Int(number) as Any : number
        case .list(let items): items.map(value(of:))
        case .object(let object): OracleObject(object)
        }
    }
}

/// A value-tree object as swift-mustache reads it: by key name, absent values as missing.
struct OracleObject: MustacheParent, @unchecked Sendable {
    let object: TemplateObject?
    init(_ object: TemplateObject?) { self.object = object }

    func child(named name: String) -> Any? {
        object?[name].map(MustacheOracle.value(of:))
    }
}

/// Two context values as one: the inner one's keys first, then the outer one's.
struct OracleLayers: MustacheParent, @unchecked Sendable {
    let inner: Any
    let outer: Any

    func child(named name: String) -> Any? {
        (inner as? any MustacheParent)?.child(named: name) ?? (outer as? any MustacheParent)?.child(named: name)
    }
}
