public import Foundation
public import StatusmarkCore

/// Builds a site again and again, as the preview server does after each edit.
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

    public init(root: URL, baseURL: String) {
        self.root = root
        self.baseURL = baseURL
    }

    public func build(now: Date) throws -> Outcome {
        let result: BuildResult
        do {
            result = try SiteBuilder(now: now, baseURL: baseURL).build(root: root)
        } catch let error as StatusmarkError {
            return Outcome(files: nil, diagnostics: [], failure: error.description, rendered: 0, parsed: 0)
        }
        guard !result.diagnostics.hasErrors, result.model != nil else {
            return Outcome(files: nil, diagnostics: result.diagnostics, failure: nil, rendered: 0, parsed: result.sources.incidents.count)
        }
        let files = Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        return Outcome(
            files: files, diagnostics: result.diagnostics, failure: nil, rendered: result.pageCount,
            parsed: result.sources.incidents.count)
    }
}
