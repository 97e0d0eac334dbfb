/// A stable, dotted identifier for a kind of problem, such as `update.unknown-status`.
///
/// Codes never change meaning once published: scripts filter on them and docs/diagnostics.md explains each one.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
}
