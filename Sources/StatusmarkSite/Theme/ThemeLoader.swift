public import Foundation
import StatusmarkCore

/// Reads a site's site-template/ folder, whose files replace the built-in theme's files of the same path.
public struct ThemeLoader: Sendable {
    public init() {}

    /// The built-in theme with the site's own files laid over it.
    /// - Parameter root: The site folder (the one holding statusmark.yml).
    /// - Throws: ``StatusmarkError/unreadable(path:reason:)`` when site-template/ or a file in it cannot be read.
    public func load(root: URL) throws -> Theme {
        let folder = root.appendingPathComponent(Theme.folderName)
        let realRoot = SourcePath.resolve(root.path) ?? root.path
        var isDirectory: ObjCBool = false
        // A link as site-template/ is the walker's to judge, broken or not.
        guard SourcePath.isLink(folder.path)
            || FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
        else { return .builtIn }
        // Links are followed by the same rule as incidents/: inside the site only.
        guard let listing = SourceTreeWalker(root: realRoot, skips: { $0.hasPrefix(".") }).walk(folder.path) else {
            throw StatusmarkError.unreadable(path: Theme.folderName, reason: "the folder cannot be listed")
        }
        if let problem = listing.problems.min(by: { $0.relative < $1.relative }) {
            throw StatusmarkError.unreadable(
                path: problem.relative.isEmpty ? Theme.folderName : "\(Theme.folderName)/\(problem.relative)",
                reason: "it \(problem.refusal.reason)")
        }
        var overrides: [ThemeFile] = []
        for file in listing.files {
            let sitePath = "\(Theme.folderName)/\(file.relative)"
            do {
                let url = file.resolved.map { URL(fileURLWithPath: $0, isDirectory: false) }
                    ?? folder.appendingPathComponent(file.relative, isDirectory: false)
                let data = try Data(contentsOf: url)
                overrides.append(ThemeFile(path: file.relative, bytes: [UInt8](data), origin: .site(path: sitePath)))
            } catch {
                throw StatusmarkError.unreadable(path: sitePath, reason: error.localizedDescription)
            }
        }
        return Theme.builtIn.overriding(with: overrides.sorted { $0.path < $1.path })
    }
}
