public import Foundation
public import StatusmarkCore

/// Builds a site again and again, as the preview server does after each edit: only incident files the caller
/// reports changed are read again; only those whose text changed are parsed, and have their facts computed and
/// checked, again; and only pages whose inputs changed are rendered again (every page when statusmark.yml, the
/// theme or the moment built for changed). An incident page's input is its record; the home, history and
/// component pages' is their whole view model; feeds, the API, the calendar and `_headers` are written again
/// only when what they are made from changed, and the sitemap's changed lines only (see ``PageRenderCache``).
public final class IncrementalSiteBuilder {
    /// One build's result: every output file by path when it succeeded, else the diagnostics.
    public struct Outcome {
        public var files: [String: [UInt8]]?
        public var diagnostics: [Diagnostic]
        /// Why the site could not be read at all (no statusmark.yml, an unreadable theme).
        public var failure: String?
        /// How many pages were rendered, and how many incident files parsed, this time.
        public var rendered: Int
        public var parsed: Int

        public init(files: [String: [UInt8]]?, diagnostics: [Diagnostic], failure: String?, rendered: Int, parsed: Int) {
            self.files = files
            self.diagnostics = diagnostics
            self.failure = failure
            self.rendered = rendered
            self.parsed = parsed
        }
    }

    public let root: URL
    public let baseURL: String
    private let parseCache = IncidentParseCache()
    private let pageCache = PageRenderCache()
    /// The incident files the last build read, to take again when the caller says they did not change.
    private var lastRead: [SourceFile]?
    /// The incident files' paths the last build listed, to take again when no change added or removed one.
    private var lastPaths: (list: [String], set: Set<String>)?
    /// The last good build's files, sorted by path as the renderer gives them, and by path.
    private var lastFiles: (sorted: [RenderedFile], byPath: [String: [UInt8]])?

    /// The phases of the last build.
    public private(set) var timings = PhaseTimings()
    /// The pages the last build rendered, by output path, sorted; the others were taken from earlier builds.
    public var renderedPaths: [String] { pageCache.renderedPaths }

    /// Whether the last build patched the output of the one before, rendering only the changed incidents' pages
    /// and the pages that list them, without passing over the others.
    var patchedLastOutput: Bool { pageCache.patched }

    public init(root: URL, baseURL: String) {
        self.root = root
        self.baseURL = baseURL
    }

    /// - Parameter changed: The paths (relative to the site folder) changed since the last build, when the caller
    ///   knows them; the other incident files are not read again. `nil` reads every file.
    nonisolated(nonsending) public func build(now: Date, changed: [String]? = nil) async throws -> Outcome {
        var paths: [String]?
        var previous: [SourceFile] = []
        if let changed, let read = lastRead {
            previous = read
            if let last = lastPaths, changed.allSatisfy({ stillListed($0, among: last.set) }) { paths = last.list }
        }
        let result: BuildResult
        do {
            result = try await SiteBuilder(now: now, baseURL: baseURL).build(
                root: root, parseCache: parseCache, pageCache: pageCache, paths: paths, reusing: previous,
                changed: changed ?? [])
        } catch let error as StatusmarkError {
            lastRead = nil
            lastPaths = nil
            return Outcome(files: nil, diagnostics: [], failure: error.description, rendered: 0, parsed: 0)
        }
        lastRead = result.sources.incidents
        if paths == nil {
            let listed = result.sources.incidentPaths
            // A listing that refused a link is made again on every build, so its error stays until it is fixed.
            let refusedLink = result.sources.diagnostics.contains { $0.code == .fileLinkOutsideSite || $0.code == .fileLinkBroken }
            lastPaths = refusedLink ? nil : (listed, Set(listed))
        }
        guard !result.diagnostics.hasErrors, result.model != nil else {
            return Outcome(files: nil, diagnostics: result.diagnostics, failure: nil, rendered: 0, parsed: parseCache.parsedCount)
        }
        timings = result.timings
        let files = Self.byPath(result.files, last: lastFiles)
        lastFiles = (result.files, files)
        return Outcome(
            files: files, diagnostics: result.diagnostics, failure: nil, rendered: pageCache.renderedCount,
            parsed: parseCache.parsedCount)
    }

    /// The files by path. When the last build gave the same paths, its dictionary is updated with the files whose
    /// bytes are not the same buffer as before (the renderer hands an unchanged file's bytes on as they were), so
    /// that a rebuild after one edit does not hash ten thousand paths again.
    /// - Parameter files: Sorted by path, each path once, as the renderer gives them.
    static func byPath(
        _ files: [RenderedFile], last: (sorted: [RenderedFile], byPath: [String: [UInt8]])?
    ) -> [String: [UInt8]] {
        if let last, last.sorted.count == files.count {
            var byPath = last.byPath
            var samePaths = true
            for (file, earlier) in zip(files, last.sorted) {
                guard file.path == earlier.path else {
                    samePaths = false
                    break
                }
                let same = file.bytes.withUnsafeBufferPointer(\.baseAddress)
                    == earlier.bytes.withUnsafeBufferPointer(\.baseAddress)
                if !same { byPath[file.path] = file.bytes }
            }
            if samePaths { return byPath }
        }
        var byPath: [String: [UInt8]] = [:]
        byPath.reserveCapacity(files.count)
        for file in files { byPath[file.path] = file.bytes }
        return byPath
    }

    /// Whether a changed file leaves the list of incident files as it was: it is not under incidents/, or it was
    /// listed and is still there (an edit, not an addition or a removal).
    private func stillListed(_ path: String, among listed: Set<String>) -> Bool {
        guard path.hasPrefix(ProjectLoader.incidentsFolder + "/") else { return true }
        return listed.contains(path) && FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }
}
