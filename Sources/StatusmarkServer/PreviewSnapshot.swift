public import Foundation
public import StatusmarkSite

/// The site as the preview serves it: the files of the last build that succeeded, by path, and, when a later
/// build failed, its diagnostics, which every page then shows in an overlay.
public struct PreviewSnapshot: Sendable {
    /// Output paths (`incidents/x/index.html`) and their bytes, exactly as `build` would write them.
    public var files: SiteFiles
    /// When these files were built, for `Last-Modified` and the ETag.
    public var builtAt: Date
    /// Counts the snapshots served, so a page can tell a reload from the same content.
    public var generation: Int
    /// The failed build's diagnostics as one line each; empty when the last build succeeded.
    public var failure: [String]
    /// Whether `files` come from a build that succeeded; `false` when no build has succeeded yet and the files
    /// are only a page to carry the overlay.
    public var hasGoodBuild: Bool

    public init(files: SiteFiles, builtAt: Date, generation: Int, failure: [String] = [], hasGoodBuild: Bool = true) {
        self.files = files
        self.hasGoodBuild = hasGoodBuild
        self.builtAt = builtAt
        self.generation = generation
        self.failure = failure
    }

    /// Whether a path (without trailing `/`) is a folder that holds a file; `""`, the root, always is.
    ///
    /// Asked only for paths that are not files. Nearly every folder asked for is a page's, found by its
    /// `index.html`; the others are looked for among all paths. Nothing is indexed beforehand: a 10,000-page
    /// site's set of folders took about 25 ms to make and drop after every rebuild, for a question few requests
    /// ask.
    public func isFolder(_ path: String) -> Bool {
        if path.isEmpty { return true }
        if files[path + "/index.html"] != nil { return true }
        return files.containsPath(startingWith: path + "/")
    }

    /// What is sent for a path: the file's bytes, with the live-reload script (and the failure overlay) added
    /// to HTML pages. `nil` when there is no such file.
    public func servedBytes(_ path: String) -> [UInt8]? {
        guard let bytes = files[path] else { return nil }
        guard path.hasSuffix(".html") else { return bytes }
        return PreviewInjector.inject(into: bytes, failure: failure)
    }
}
