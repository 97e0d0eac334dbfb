/// A problem found in a site's files: where it is, what is wrong, and how to fix it.
///
/// Diagnostics are collected and returned by every stage; they are never thrown. A run reports all of them.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// A secondary message, such as a suggestion or the other place a duplicate is defined.
    public struct Note: Sendable, Hashable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation?
    public var notes: [Note]

    public init(
        _ severity: Severity,
        _ code: DiagnosticCode,
        _ message: String,
        at location: SourceLocation?,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// An error diagnostic.
    public static func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    /// A warning diagnostic.
    public static func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, notes: notes)
    }

    /// Whether this diagnostic is an error.
    public var isError: Bool { severity == .error }
}

// A diagnostic is the failure of a `Result` inside a stage (one file's front matter, one timestamp); stages still
// collect and return diagnostics rather than throwing them at their callers.
extension Diagnostic: Error {}

extension Diagnostic: Comparable {
    /// Orders by file, then line and column, then code, so output is stable whatever order the stages ran in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let left = lhs.location ?? SourceLocation(path: "")
        let right = rhs.location ?? SourceLocation(path: "")
        if left != right { return left < right }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.isError } }
    /// The number of errors.
    public var errorCount: Int { count { $0.severity == .error } }
    /// The number of warnings.
    public var warningCount: Int { count { $0.severity == .warning } }
}
