public import Foundation
public import StatusmarkCore

/// Builds a site again and again, as the preview server does after each edit: the build's own steps, with one
/// memo (``BuildMemo``) that lets a rebuild skip every stage call whose input it has seen: only the files the
/// caller reports changed are read again, only those whose text changed are parsed and computed again, and only
/// pages and files whose input changed are rendered again. The result is byte for byte a fresh build's.
public final class IncrementalSiteBuilder {
    /// One build's result: every output file when it succeeded, else the diagnostics.
    public struct Outcome {
        public var files: SiteFiles?
        public var diagnostics: [Diagnostic]
        /// Why the site could not be read at all (no statusmark.yml, an unreadable theme).
        public var failure: String?
        /// How many pages were rendered, and how many incident files parsed, this time.
        public var rendered: Int
        public var parsed: Int
        /// The build's own values (its sources and model), kept so that they are freed with the outcome, when the
        /// caller is done with it, rather than before the rebuild returns.
        var built: BuildResult?

        public init(files: SiteFiles?, diagnostics: [Diagnostic], failure: String?, rendered: Int, parsed: Int) {
            self.files = files
            self.diagnostics = diagnostics
            self.failure = failure
            self.rendered = rendered
            self.parsed = parsed
        }
    }

    public let root: URL
    public let baseURL: String
    private let memo = BuildMemo()

    /// The phases of the last build.
    public private(set) var timings = PhaseTimings()
    /// The pages the last build rendered, by output path, sorted; the others were taken from the memo.
    public var renderedPaths: [String] { memo.render?.renderedPaths ?? [] }

    public init(root: URL, baseURL: String) {
        self.root = root
        self.baseURL = baseURL
    }

    /// - Parameter changed: The paths (relative to the site folder) changed since the last build, when the caller
    ///   knows them; the other incident files are not read again. `nil` reads every file.
    nonisolated(nonsending) public func build(now: Date, changed: [String]? = nil) async throws -> Outcome {
        let result: BuildResult
        do {
            result = try await SiteBuilder(now: now, baseURL: baseURL).build(root: root, memo: memo, changed: changed)
        } catch let error as StatusmarkError {
            return Outcome(files: nil, diagnostics: [], failure: error.description, rendered: 0, parsed: 0)
        }
        guard !result.diagnostics.hasErrors, result.model != nil else {
            return Outcome(files: nil, diagnostics: result.diagnostics, failure: nil, rendered: 0, parsed: memo.parsedCount)
        }
        timings = result.timings
        var outcome = Outcome(
            files: SiteFiles(sorted: result.files), diagnostics: result.diagnostics, failure: nil, rendered: renderedPaths.count,
            parsed: memo.parsedCount)
        outcome.built = result
        return outcome
    }
}
