public import Foundation
import StatusmarkCore

/// Where an output folder may not be: anywhere a build's swap would replace the site's own sources.
///
/// The output folder may not be the site folder or a folder above it, and may not be, hold or sit inside
/// incidents/ or site-template/. Paths are compared with their links resolved, so a link cannot hide the site.
/// `--force` does not lift this: it only lets a build replace a folder that it did not write.
public enum OutputPlacement {
    /// Why `output` cannot be the output folder of the site at `root`, or `nil` when it can.
    public static func problem(output: URL, root: URL) -> String? {
        let output = resolved(output)
        let root = resolved(root)
        if SourcePath.isInside(root, output) {
            return output == root
                ? "it is the site folder itself (statusmark.yml and incidents/); choose another folder"
                : "it holds the site folder (statusmark.yml and incidents/); choose another folder"
        }
        for source in [ProjectLoader.incidentsFolder, Theme.folderName] {
            let folder = root + "/" + source
            if SourcePath.isInside(output, folder) {
                return output == folder
                    ? "it is the site's \(source)/ folder, which a build would replace; choose another folder"
                    : "it is inside the site's \(source)/ folder, whose files it would publish; choose another folder"
            }
        }
        return nil
    }

    /// The path with links resolved as far as it exists: a folder not made yet is its parent's real path and
    /// its own name.
    static func resolved(_ url: URL) -> String {
        var missing: [String] = []
        var current = url.standardizedFileURL
        while true {
            if let real = SourcePath.resolve(current.path) {
                return ([real == "/" ? "" : real] + missing.reversed()).joined(separator: "/")
            }
            let parent = current.deletingLastPathComponent()
            guard parent.path != current.path else { return url.standardizedFileURL.path }
            missing.append(current.lastPathComponent)
            current = parent
        }
    }
}
