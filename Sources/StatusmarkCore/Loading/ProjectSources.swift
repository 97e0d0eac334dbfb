public import Foundation

/// The input files of a site, read from disk and decoded as UTF-8.
public struct ProjectSources: Sendable {
    /// The site folder.
    public var root: URL
    /// statusmark.yml.
    public var configuration: SourceFile
    /// The Markdown files under incidents/, sorted by path.
    public var incidents: [SourceFile]
    /// Files that could not be read or decoded.
    public var diagnostics: [Diagnostic]
    /// Files that are not UTF-8, decoded with replacement characters: only to show their lines in diagnostics.
    public var undecodable: [SourceFile]
    /// The paths of the incident files, readable or not, sorted.
    public var incidentPaths: [String]
    /// How many incident files there are, readable or not.
    public var incidentFileCount: Int { incidentPaths.count }

    public init(
        root: URL, configuration: SourceFile, incidents: [SourceFile], diagnostics: [Diagnostic] = [],
        undecodable: [SourceFile] = [], incidentPaths: [String]? = nil
    ) {
        self.root = root
        self.configuration = configuration
        self.incidents = incidents
        self.diagnostics = diagnostics
        self.undecodable = undecodable
        self.incidentPaths = incidentPaths ?? incidents.map(\.path)
    }

    /// A source file by path, for printing the line a diagnostic points at.
    public func file(atPath path: String) -> SourceFile? {
        if path == configuration.path { return configuration }
        return incidents.first { $0.path == path } ?? undecodable.first { $0.path == path }
    }
}
