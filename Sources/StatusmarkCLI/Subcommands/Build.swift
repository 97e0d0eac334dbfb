public import ArgumentParser
import Foundation
public import StatusmarkCore
package import StatusmarkSite

extension Statusmark {
    /// `statusmark build`: checks the site, then renders it into the output folder, all or nothing.
    public struct Build: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Check the site, then render it into the output folder.",
            discussion: """
                Writes nothing when there is an error (or a warning, with --strict): the previous output stays \
                exactly as it was. The new site is written beside the output folder and swapped in at once. A \
                non-empty output folder that 'statusmark build' did not write is never replaced without --force, \
                and the site folder, incidents/ and site-template/ never are. A second build into the same folder \
                waits for the first (--no-wait: fails instead). \
                Exits 0 on success, 1 on an error, 64 on a usage error.
                """)

        @OptionGroup public var project: ProjectOptions
        @OptionGroup public var clock: ClockOptions

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The folder to write the site into.",
                discussion: "Relative to the current folder; without it, public/ in the site folder.",
                valueName: "dir"))
        public var output: String?

        @OptionGroup public var publishing: BaseURLOptions

        @Flag(help: "Print how long each phase took, on the clock and in CPU time (read, parse, compute, render, write), to standard error.")
        public var timings = false

        @Flag(help: "Treat warnings as errors.")
        public var strict = false

        @Flag(help: "Replace the output folder even when 'statusmark build' did not write it.")
        public var force = false

        @Flag(help: "Fail at once, instead of waiting, when another build is writing the same output folder.")
        public var noWait = false

        @Option(help: "How to print diagnostics: text, json, or github (GitHub Actions annotations).")
        public var format: DiagnosticFormatter.Format = .text

        @Option(help: "When to colour text output: auto, always or never.")
        public var color: ColorMode = .auto

        public init() {}

        public func run() async throws {
            let result = try await run(console: .standard)
            // The process exits next, and its memory goes with it: a large site's records, sources and paths are
            // not freed one by one after the site is already out (for 10,000 incidents, tens of milliseconds).
            _ = Unmanaged.passRetained(Retained(result))
        }

        /// A build's result kept alive until the process exits.
        private final class Retained: Sendable {
            let result: BuildResult
            init(_ result: BuildResult) { self.result = result }
        }

        /// Builds the site, writing to a console.
        /// - Throws: `ExitCode.failure` when the build fails, ``StatusmarkError`` when the site cannot be read or
        ///   the output cannot be written.
        @discardableResult
        package func run(console: Console) async throws -> BuildResult {
            let started = ContinuousClock.now
            let root = try project.locate()
            let now = try clock.resolve(environment: console.environment)
            let destination = outputFolder(root: root)
            let shownPath = Self.displayPath(destination)
            if let problem = OutputPlacement.problem(output: destination, root: root) {
                // Even --force must not swap the site's own sources away.
                throw StatusmarkError.outputUnwritable(path: shownPath, reason: problem)
            }
            // Held from the first file read to the swap, so that two builds into one folder take turns.
            let lock = try await OutputLock.acquire(destination, wait: !noWait) { holder in
                let who = holder.map { "another build (pid \($0))" } ?? "another build"
                console.writeError("build: waiting for \(who) to finish writing \(shownPath)\n")
            }
            let writer = SiteWriter(output: destination, force: force)
            // The pages are written into the staging folder as they are rendered; it is swapped in only when the
            // whole build succeeded, and a signal meanwhile removes it.
            let staging = try writer.stage(holding: lock)
            let cleanup = InterruptCleanup(removing: staging.url, by: writer.retiredFolder)
            let result: BuildResult
            do {
                result = try await SiteBuilder(now: now, baseURL: publishing.baseURL).build(root: root, staging: staging)
            } catch {
                writer.discard(staging)
                await cleanup.cancel()
                throw error
            }
            let diagnostics = result.diagnostics
            DiagnosticPrinter(format: format, color: color, console: console)
                .print(diagnostics, sources: result.sources, themeSources: result.themeSources)
            if diagnostics.hasErrors || (strict && diagnostics.warningCount > 0) || result.model == nil {
                writer.discard(staging)
                await cleanup.cancel()
                let counts = "\(diagnostics.errorCount.counted("error")), \(diagnostics.warningCount.counted("warning"))"
                console.writeError("build: \(counts); nothing written, \(shownPath) is unchanged\n")
                throw ExitCode.failure
            }
            var phases = result.timings
            do {
                try await phases.measure("write") { try await writer.publish(result.files, in: staging) }
            } catch {
                // The write fails when a signal's cleanup takes its folder away; cancel waits for that to exit.
                await cleanup.cancel()
                throw error
            }
            await cleanup.cancel()
            if timings { console.writeError(phases.table) }
            let elapsed = started.duration(to: .now)
            let milliseconds = Int(elapsed.milliseconds)
            let incidents = result.model?.records.count ?? 0
            var line = "build: \(result.pageCount.counted("page"))"
            if result.redirectCount > 0 { line += " and \(result.redirectCount.counted("redirect"))" }
            line += " (\(result.fileCount.counted("file"))) for "
            line += "\(incidents.counted("incident")) written to \(shownPath) in \(milliseconds) ms"
            if diagnostics.warningCount > 0 { line += "; \(diagnostics.warningCount.counted("warning"))" }
            console.writeOut(line + "\n")
            return result
        }

        /// The output folder: --output against the current folder, or public/ in the site folder.
        func outputFolder(root: URL) -> URL {
            guard let output else { return root.appendingPathComponent("public", isDirectory: true) }
            let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            return URL(fileURLWithPath: output, isDirectory: true, relativeTo: current).standardizedFileURL
        }

        /// A folder's path ending in `/`, relative to the current folder when it is inside it, else absolute;
        /// quoted when it holds anything unusual (``DisplayText/path(_:)``).
        static func displayPath(_ url: URL, isFolder: Bool = true) -> String {
            let current = FileManager.default.currentDirectoryPath
            let path = url.standardizedFileURL.path
            let prefix = current.hasSuffix("/") ? current : current + "/"
            let shown = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            return DisplayText.path(isFolder ? shown + "/" : shown)
        }
    }
}
