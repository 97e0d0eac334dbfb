public import Foundation
public import StatusmarkCore

/// Builds a site from its folder: load, parse and compute (as `check` does), load and compile the theme, then
/// render every page. Fails closed: when any stage has an error, no file is produced, so a broken incident can
/// never turn into a page that says "All systems operational".
public struct SiteBuilder: Sendable {
    public let now: Date
    /// Replaces statusmark.yml's base_url (already validated by the caller).
    public let baseURL: String?

    public init(now: Date, baseURL: String? = nil) {
        self.now = now
        self.baseURL = baseURL
    }
}

extension SiteBuilder {
    /// The build's steps: read the site and its theme, parse and compute the model, compile the templates, render
    /// every page and file.
    /// - Throws: ``StatusmarkError`` when the site or its theme cannot be read.
    /// - Parameters:
    ///   - staging: Where to write the pages as they are rendered (``SiteRenderer/render(_:staging:)``), for a
    ///     build that publishes; with an error it holds what must not be published.
    nonisolated(nonsending) public func build(root: URL, staging: StagingFolder? = nil) async throws -> BuildResult {
        try await build(root: root, memo: nil, changed: nil, staging: staging)
    }

    /// The same steps, with the preview's memo deciding which stage calls may be skipped (``BuildMemo``).
    /// - Parameter changed: The paths the watcher reported changed since the memo's last build; `nil` reads
    ///   every file.
    nonisolated(nonsending) func build(
        root: URL, memo: BuildMemo?, changed: [String]?, staging: StagingFolder? = nil
    ) async throws -> BuildResult {
        var timings = PhaseTimings()
        let (sources, theme) = try await timings.measure("read") {
            (
                try memo?.load(root: root, changed: changed) ?? ProjectLoader().load(root: root),
                try ThemeLoader().load(root: root)
            )
        }
        var result = await StatusModelBuilder(now: now)
            .build(sources, translations: theme.translationSources, stages: memo?.stages ?? .direct)
        timings.merge(result.timings)
        let compiled = await timings.measure("render") { memo?.templates(for: theme) ?? TemplateLibrary.compile(theme) }
        var diagnostics = result.diagnostics + compiled.diagnostics
        var files: [RenderedFile] = []
        var staged: [String] = []
        if var model = result.model, let templates = compiled.library {
            if let baseURL { model.configuration.baseURL = baseURL }
            if let links = model.configuration.baseURL.flatMap(SiteLinks.init(baseURL:)) {
                let renderer = SiteRenderer(theme: theme, templates: templates, links: links)
                // Moved out while the renderer works on it, so that its tables are changed in place, not copied.
                var renderMemo = memo?.render.take()
                let rendered = await timings.measure("render") {
                    await renderer.render(model, memo: &renderMemo, staging: staging)
                }
                memo?.render = renderMemo
                diagnostics += rendered.diagnostics
                files = rendered.files
                staged = rendered.staged
            } else {
                diagnostics.append(Self.missingBaseURL)
            }
            result.model = model
        }
        if diagnostics.hasErrors {
            files = []
            staged = []
        }
        var built = BuildResult(
            sources: sources, model: result.model, files: files, diagnostics: diagnostics.sorted(),
            themeSources: Self.themeSources(theme))
        built.stagedPaths = staged
        built.timings = timings
        return built
    }

    /// Feeds, the API, the calendar and the sitemap are read away from the site, so their links must be absolute;
    /// a build without a base URL would publish links that lead nowhere.
    static let missingBaseURL = Diagnostic.error(
        .configMissingKey, "statusmark.yml has no 'base_url', which feeds, the API and the sitemap need for their links",
        at: SourceLocation(path: ProjectLocator.configurationFileName, line: 1, column: 1),
        notes: [
            Diagnostic.Note(
                "add the address the site is published at, such as 'base_url: https://status.example.com', or pass --base-url")
        ])

    /// The theme's site files as text, so diagnostics in them can show the line.
    public static func themeSources(_ theme: Theme) -> [SourceFile] {
        theme.files.values.compactMap { file in
            guard case .site(let path) = file.origin, let text = String(validating: file.bytes, as: UTF8.self) else {
                return nil
            }
            return SourceFile(path: path, text: text)
        }.sorted { $0.path < $1.path }
    }
}
