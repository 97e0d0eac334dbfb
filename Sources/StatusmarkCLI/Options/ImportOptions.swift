public import ArgumentParser
import Foundation
import StatusmarkCore

/// What every `import` shares: the site to import into, `--force` and the clock of the final check.
public struct ImportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The site folder to import into (created when missing).", valueName: "dir"))
    public var site: String = "."

    @Flag(help: "Replace incident files that exist.")
    public var force = false

    @OptionGroup public var clock: ClockOptions

    public init() {}

    /// Writes the plan an importer makes (given the site's zone, `nil` for a new site) into the site.
    func write(console: Console, plan: (ZoneReference?) -> Result<ImportPlan, ImportError>) async throws {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let root = URL(fileURLWithPath: site, isDirectory: true, relativeTo: current).standardizedFileURL
        let now = try clock.resolve(environment: console.environment)
        try await ImportWriter(root: root, force: force, now: now, console: console).write(plan: plan)
    }
}
