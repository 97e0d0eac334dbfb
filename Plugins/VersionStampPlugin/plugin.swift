import Foundation
import PackagePlugin

/// Stamps the target that uses this plugin with the release number in VERSION and the commit of the package's
/// git checkout, by running VersionStamper whenever VERSION or the checkout's current commit changes.
@main
struct VersionStampPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let package = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "StampedVersion.swift")
        return [
            .buildCommand(
                displayName: "Stamping the version from VERSION and git",
                executable: try context.tool(named: "VersionStamper").url,
                arguments: [package.path, output.path],
                inputFiles: [package.appending(path: "VERSION")] + Self.gitInputs(package),
                outputFiles: [output]
            )
        ]
    }

    /// The files of the checkout's git folder that change when its commit does: HEAD, the branch's loose ref and
    /// packed-refs, those that exist (a branch made or a ref packed also changes HEAD or the files listed). A
    /// worktree's `.git` is a file naming its git folder, whose refs are in the main repository's folder.
    static func gitInputs(_ package: URL) -> [URL] {
        func text(_ url: URL) -> String? {
            (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var git = package.appending(path: ".git")
        if let pointer = text(git), pointer.hasPrefix("gitdir: ") {
            git = URL(fileURLWithPath: String(pointer.dropFirst(8)), relativeTo: package).standardizedFileURL
        }
        guard let head = text(git.appending(path: "HEAD")) else { return [] }
        var folders = [git]
        if let common = text(git.appending(path: "commondir")) {
            folders.append(URL(fileURLWithPath: common, relativeTo: git.appending(path: "/")).standardizedFileURL)
        }
        var candidates = [git.appending(path: "HEAD")]
        for folder in folders {
            candidates.append(folder.appending(path: "packed-refs"))
            if head.hasPrefix("ref: ") { candidates.append(folder.appending(path: String(head.dropFirst(5)))) }
        }
        return candidates.filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}
