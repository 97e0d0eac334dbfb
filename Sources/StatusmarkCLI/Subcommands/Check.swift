public import ArgumentParser
public import StatusmarkCore
import StatusmarkSite

extension DiagnosticFormatter.Format: ExpressibleByArgument {}

extension Statusmark {
    /// `statusmark check`: the linter for deploy pipelines.
    public struct Check: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Check a site's statusmark.yml and incident files, and report every problem.",
            discussion: """
                Runs every stage of 'statusmark build' but the write, so a site that passes here builds. Exits 0 \
                when there is no error, 1 when there is one (or a warning, with --strict), and 64 on a \
                usage error. Text diagnostics go to standard error; --format json and github go to standard output.
                """)

        @OptionGroup public var project: ProjectOptions
        @OptionGroup public var clock: ClockOptions

        @Option(help: "How to print diagnostics: text, json, or github (GitHub Actions annotations).")
        public var format: DiagnosticFormatter.Format = .text

        @OptionGroup public var publishing: BaseURLOptions

        @Flag(help: "Treat warnings as errors.")
        public var strict = false

        @Option(help: "When to colour text output: auto, always or never.")
        public var color: ColorMode = .auto

        public init() {}

        public func run() async throws {
            try await run(console: .standard)
        }

        /// Runs the check, writing to a console.
        /// - Throws: `ExitCode.failure` when the check fails, ``StatusmarkError`` when the site cannot be read.
        package func run(console: Console) async throws {
            let root = try project.locate()
            let now = try clock.resolve(environment: console.environment)
            // The whole build but its write, so that every failure a build of this input can have is found here.
            let result = try await SiteBuilder(now: now, baseURL: publishing.baseURL).build(root: root)
            let diagnostics = result.diagnostics
            DiagnosticPrinter(format: format, color: color, console: console)
                .print(diagnostics, sources: result.sources, themeSources: result.themeSources)
            let failed = diagnostics.hasErrors || (strict && diagnostics.warningCount > 0)
            if format == .text {
                let files = result.sources.incidentFileCount.counted("incident file")
                if diagnostics.isEmpty, let model = result.model {
                    console.writeOut("check: \(files), no problems; status: \(model.summary.overall.rawValue)\n")
                } else {
                    let counts = "\(diagnostics.errorCount.counted("error")), \(diagnostics.warningCount.counted("warning"))"
                    console.writeError("check: \(counts) in \(files)\(failed ? "" : "; passed")\n")
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
