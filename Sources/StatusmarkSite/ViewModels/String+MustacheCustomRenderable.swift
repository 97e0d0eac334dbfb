public import Mustache

/// Strings render as themselves, as Mustache renders them anyway, but found by the library's first check: without
/// this, each `{{value}}` also went through its optional and `String(describing:)` checks, dynamic casts that cost
/// more than the text (a fifth of rendering a 10,000-page site). Nothing else in the process renders Mustache, and
/// the result is the same text, so the conformance cannot change what any template shows.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
