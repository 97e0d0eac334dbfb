public import ArgumentParser
import Foundation
import StatusmarkVersion

/// The `statusmark` command: turns a folder of Markdown incident files into a static status site.
public struct Statusmark: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "statusmark",
        abstract: "Turn a folder of Markdown incident files into a static status site.",
        discussion: """
            A site folder holds statusmark.yml (title, time zone, components), incidents/ (one Markdown file per \
            incident or planned maintenance) and, optionally, site-template/. See docs/incident-format.md.
            """,
        version: StatusmarkVersion.summary,
        subcommands: [Build.self, Check.self, Serve.self, Init.self, New.self, Update.self, Resolve.self, Import.self, Sample.self, Notify.self]
    )

    public init() {}
}

extension Statusmark {
    /// Runs the command line of this process; the executable's only line.
    ///
    /// A process always has its own name as the first argument, unless the runtime could not read the command
    /// line at all: on Linux the Swift runtime reads it from `/proc/self/cmdline`, which a chroot or a bare
    /// container may lack. Parsing nothing would print the help and exit 0, so that a pipeline's `build` would
    /// pass having built nothing; this stops with an error instead.
    public static func runMain() async {
        guard !CommandLine.arguments.isEmpty else {
            FileHandle.standardError.write(Data("""
                statusmark: error: the command line could not be read (the Swift runtime reads it from \
                /proc/self/cmdline)
                note: mount /proc where statusmark runs; containers and CI runners have it

                """.utf8))
            Foundation.exit(71)
        }
        await main()
    }
}
