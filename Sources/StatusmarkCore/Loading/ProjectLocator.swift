public import Foundation

/// Finds the site folder: the one holding statusmark.yml.
public enum ProjectLocator {
    /// The configuration file's name.
    public static let configurationFileName = "statusmark.yml"

    /// The site folder.
    /// - Parameters:
    ///   - start: Where to look.
    ///   - searchingParents: Whether to walk up to the folders above `start` (as git does) when it has no
    ///     statusmark.yml; used when no `--site` was given.
    public static func locate(from start: URL, searchingParents: Bool) throws -> URL {
        var folder = start.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(configurationFileName).path) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            guard searchingParents, parent.path != folder.path else {
                throw StatusmarkError.siteNotFound(path: start.path, searchedParents: searchingParents)
            }
            folder = parent
        }
    }
}
