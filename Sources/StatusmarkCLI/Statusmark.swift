public import ArgumentParser
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
        subcommands: [Build.self, Check.self, Serve.self, Init.self, New.self, Update.self, Resolve.self, Import.self, Sample.self]
    )

    public init() {}
}

extension Statusmark {
    /// Runs the command line of this process; the executable's only line.
    public static func runMain() async {
        await main()
    }
}
