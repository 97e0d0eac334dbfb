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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return .builtIn }
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
            throw StatusmarkError.unreadable(path: Theme.folderName, reason: "the folder cannot be listed")
        }
        var overrides: [ThemeFile] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeRegular else { continue }
            let sitePath = "\(Theme.folderName)/\(relative)"
            do {
                let data = try Data(contentsOf: folder.appendingPathComponent(relative))
                overrides.append(ThemeFile(path: relative, bytes: [UInt8](data), origin: .site(path: sitePath)))
            } catch {
                throw StatusmarkError.unreadable(path: sitePath, reason: error.localizedDescription)
            }
        }
        return Theme.builtIn.overriding(with: overrides.sorted { $0.path < $1.path })
    }
}
