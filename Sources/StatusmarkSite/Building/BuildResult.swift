public import StatusmarkCore

/// What a build produced: the site's files when there was no error, and every diagnostic.
public struct BuildResult: Sendable {
    public var sources: ProjectSources
    /// The model, when the incidents and configuration had no error.
    public var model: StatusModel?
    /// The site's files sorted by path, but for those of `stagedPaths`; empty when there is any error.
    public var files: [RenderedFile]
    /// The pages written into the build's staging folder as they were rendered, sorted; empty when there is any
    /// error or no staging folder.
    public var stagedPaths: [String] = []
    /// Sorted diagnostics of every stage: configuration, incidents, templates and output.
    public var diagnostics: [Diagnostic]
    /// The theme files the diagnostics may point into, for excerpts.
    public var themeSources: [SourceFile]
    /// How long reading, parsing, computing and rendering took (writing is the caller's).
    public var timings = PhaseTimings()

    public init(
        sources: ProjectSources, model: StatusModel?, files: [RenderedFile], diagnostics: [Diagnostic],
        themeSources: [SourceFile]
    ) {
        self.sources = sources
        self.model = model
        self.files = files
        self.diagnostics = diagnostics
        self.themeSources = themeSources
    }
}

extension BuildResult {
    /// How many redirect pages the build made: one for each alias.
    public var redirectCount: Int {
        fileCount == 0 ? 0 : model?.records.reduce(0) { $0 + $1.incident.aliases.count } ?? 0
    }

    /// How many files the build made, staged or not.
    public var fileCount: Int { files.count + stagedPaths.count }

    /// How many HTML pages the build made, redirects aside.
    public var pageCount: Int {
        files.count { $0.path.hasSuffix(".html") } + stagedPaths.count { $0.hasSuffix(".html") } - redirectCount
    }
}
