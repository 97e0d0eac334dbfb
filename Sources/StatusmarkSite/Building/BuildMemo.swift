import Foundation
import StatusmarkCore

/// The preview's one memo: what each stage of the last builds made, by the stage's input, so that a rebuild
/// after an edit runs a stage only on inputs it has not seen. The stages are the build's own, pure functions; the
/// memo only decides which of their calls may be skipped, by comparing inputs:
///
/// - load: a file is read again when the watcher reported it; the folder is listed again when a reported path
///   is not a listed file that is still there (an addition, a removal, a rename, a new folder);
/// - parse: a file's result is taken again for the same path and text, under the same configuration;
/// - compute: an incident's record and checks, for the same parsed incident (the same box, which an unchanged
///   file keeps), configuration and moment; the check that no two files' names give one page, for the same paths;
/// - the theme's templates, for the same theme; its translation, for the same files and language;
/// - present and render: see ``RenderMemo``.
///
/// Each table keeps this build's results and the last build's (``MemoTable``), so what an edit replaced falls
/// away on the next build. `statusmark build` uses none of it: it calls the same stages with no memo.
final class BuildMemo: @unchecked Sendable {
    /// The listing of incidents/ to take again, when no file was added, removed or renamed since it was made.
    private var listing: [String]?
    /// The incident files as last read, at the places of the paths they were listed at (`nil` for one to read
    /// again).
    private var files: [SourceFile?] = []
    private var filePaths: [String] = []
    private var parsed = MemoTable<String, ParsedIncidentFile>()
    private var parseConfiguration: SiteConfiguration?
    private var computed = MemoTable<ObjectIdentifier, ComputedIncident>()
    private var computeContext: (configuration: SiteConfiguration, now: Date)?
    /// The check across the files' paths, with the paths it was made for.
    private var pathCheck: (paths: [String], diagnostics: [Diagnostic])?
    private var compiled: (theme: Theme, templates: (library: TemplateLibrary?, diagnostics: [Diagnostic]))?
    /// The site's translation, with the files and language it was read for.
    private var translated: (
        sources: TranslationSources, language: Located<String>, result: (translation: Translation?, diagnostics: [Diagnostic])
    )?
    /// The render stages' part, handed to the renderer for a build and back.
    var render: RenderMemo? = RenderMemo()
    /// How many files the last build parsed (the others' results were taken again).
    private(set) var parsedCount = 0

    /// The site's sources, reading only the incident files in `changed` and those not read before.
    /// - Parameter changed: The paths changed since the last build, relative to the site folder; `nil` when any
    ///   may have, which reads and lists everything again.
    func load(root: URL, changed: [String]?) throws -> ProjectSources {
        guard let changed else {
            listing = nil
            files = []
            filePaths = []
            return keep(try read(root: root, known: .byPath([:])), reread: [])
        }
        // A changed file is read again. A change that is not an edit of a listed file that is still there (an
        // addition, a removal, a rename, a new folder) lists the folder again.
        var reread: [Int] = []
        for path in changed where path.hasPrefix(ProjectLoader.incidentsFolder + "/") {
            let position = Self.position(of: path, in: filePaths)
            if let position {
                files[position] = nil
                reread.append(position)
            }
            if position == nil || !FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
                listing = nil
            }
        }
        // The known files are handed over in a statement of their own: still held when they are changed, the
        // ten thousand would be copied.
        if listing != nil {
            let sources = try read(root: root, known: .atPaths(files))
            return keep(sources, reread: reread)
        }
        var byPath: [String: SourceFile] = [:]
        for (path, file) in zip(filePaths, files) { byPath[path] = file }
        let sources = try read(root: root, known: .byPath(byPath))
        return keep(sources, reread: [])
    }

    private func read(root: URL, known: KnownFiles) throws -> ProjectSources {
        do {
            return try ProjectLoader().load(root: root, paths: listing, known: known)
        } catch {
            listing = nil
            files = []
            filePaths = []
            throw error
        }
    }

    /// Keeps what a load read: the files read again at `reread` when the listing was taken again, else the new
    /// listing's files.
    private func keep(_ sources: ProjectSources, reread: [Int]) -> ProjectSources {
        if listing != nil, sources.incidents.count == filePaths.count {
            for position in reread { files[position] = sources.incidents[position] }
            return sources
        }
        // A file that could not be read is missing from the incidents, which then stand at other places.
        files = []
        files.reserveCapacity(sources.incidentPaths.count)
        var next = 0
        for path in sources.incidentPaths {
            if next < sources.incidents.count, sources.incidents[next].path == path {
                files.append(sources.incidents[next])
                next += 1
            } else {
                files.append(nil)
            }
        }
        filePaths = sources.incidentPaths
        if listing == nil {
            // A listing that refused a link is made again on every build, so its error stays until it is fixed.
            let refusedLink = sources.diagnostics.contains { $0.code == .fileLinkOutsideSite || $0.code == .fileLinkBroken }
            listing = refusedLink ? nil : sources.incidentPaths
        }
        return sources
    }

    /// Where a sorted list holds `path`, found by halving; `nil` when it does not.
    private static func position(of path: String, in sorted: [String]) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < path { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == path ? low : nil
    }

    /// The model's per-file stages, run through this memo.
    var stages: ModelStages {
        ModelStages(
            parse: { [self] files, configuration, parse in await self.parse(files, configuration, parse) },
            compute: { [self] incidents, configuration, now, compute in self.compute(incidents, configuration, now, compute) },
            checkPaths: { [self] paths, check in
                if let pathCheck, pathCheck.paths == paths { return pathCheck.diagnostics }
                let diagnostics = check()
                pathCheck = (paths, diagnostics)
                return diagnostics
            },
            translate: { [self] sources, language in
                if let translated, translated.language == language, translated.sources == sources { return translated.result }
                let result = sources.resolve(language)
                translated = (sources, language, result)
                return result
            })
    }

    private func parse(
        _ files: [SourceFile], _ configuration: SiteConfiguration, _ parse: @escaping ModelStages.Parse
    ) async -> [ParsedIncidentFile] {
        if parseConfiguration != configuration {
            parsed.removeAll()
            parseConfiguration = configuration
        }
        parsed.advance()
        var results: [ParsedIncidentFile] = []
        results.reserveCapacity(files.count)
        var missing: [Int] = []
        // The files are read in place: a copy of each would retain its path's and its text's storage.
        for index in files.indices {
            parsed.prefetch(at: index + MemoryHint.distance)
            if let earlier = parsed.value(for: files[index].path, at: index), earlier.file.text == files[index].text {
                results.append(earlier)
            } else {
                missing.append(index)
            }
        }
        parsedCount = missing.count
        guard !missing.isEmpty else { return results }
        let made = await missing.map { files[$0] }.concurrentMap(batch: 8, parse)
        for (index, result) in zip(missing, made) { parsed.store(result, for: result.path, at: index) }
        // The new results in their places, the files' order (a few, moved in among ten thousand).
        for (index, result) in zip(missing, made) { results.insert(result, at: index) }
        return results
    }

    private func compute(
        _ incidents: [Incident], _ configuration: SiteConfiguration, _ now: Date, _ compute: ModelStages.Compute
    ) -> [ComputedIncident] {
        if computeContext.map({ $0.configuration != configuration || $0.now != now }) ?? true {
            computed.removeAll()
            computeContext = (configuration, now)
        }
        computed.advance()
        return incidents.indices.map { index in
            // The incident is copied only to be computed: a copy retains its storage, which a hit never reads.
            let identity = incidents[index].identity
            computed.prefetch(at: index + MemoryHint.distance)
            if let earlier = computed.value(for: identity, at: index) { return earlier }
            let result = compute(incidents[index])
            // Kept only when the result holds its incident: then no other incident can take the identity while
            // the entry is kept, and a hit needs no check.
            if result.record.incident.identity == identity { computed.store(result, for: identity, at: index) }
            return result
        }
    }

    /// The theme's templates compiled, or the diagnostics of those that do not compile: compiled again only for
    /// another theme.
    func templates(for theme: Theme) -> (library: TemplateLibrary?, diagnostics: [Diagnostic]) {
        if let compiled, compiled.theme == theme { return compiled.templates }
        let templates = TemplateLibrary.compile(theme)
        compiled = (theme, templates)
        return templates
    }
}
