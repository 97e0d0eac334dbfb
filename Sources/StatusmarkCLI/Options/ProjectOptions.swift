public import ArgumentParser
import Foundation
import StatusmarkCore

/// `--site`: which site folder a command works on.
public struct ProjectOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The site folder, holding statusmark.yml.",
            discussion: "Without it, the current folder or the nearest folder above it with a statusmark.yml.",
            valueName: "dir"))
    public var site: String?

    public init() {}

    /// The site folder, found as described above.
    func locate() throws -> URL {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard let site else { return try ProjectLocator.locate(from: current, searchingParents: true) }
        return try ProjectLocator.locate(
            from: URL(fileURLWithPath: site, relativeTo: current).standardizedFileURL, searchingParents: false)
    }
}
