public import ArgumentParser
import Foundation
import StatusmarkCore
import StatusmarkSite

extension Statusmark {
    /// `statusmark init`: creates a new site folder to start from.
    public struct Init: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Create a new site: statusmark.yml, incidents/ with an example, and a .gitignore.",
            discussion: """
                Never overwrites anything: when any of the files it would create exists, it creates none and says \
                which. --with-template also copies the built-in theme into site-template/ to customise.
                """)

        @Argument(help: "The folder to create the site in (created when missing).")
        public var folder: String = "."

        @Option(help: "The status page's title.")
        public var title = "Acme Status"

        @Option(help: ArgumentHelp("The address the site will be published at.", valueName: "url"))
        public var baseURL = "https://status.example.com"

        @Flag(help: "Also copy the built-in theme into site-template/ for customising.")
        public var withTemplate = false

        @OptionGroup public var clock: ClockOptions

        public init() {}

        public func validate() throws {
            if let problem = BaseURLRule.problem(with: baseURL) {
                throw ValidationError("--base-url cannot be used: \(problem)")
            }
        }

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
            let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let root = URL(fileURLWithPath: folder, isDirectory: true, relativeTo: current).standardizedFileURL
            let now = try clock.resolve(environment: console.environment)
            var files = SiteScaffold(title: title, baseURL: baseURL, now: now).files()
            if withTemplate {
                for file in Theme.builtIn.files.values.sorted(by: { $0.path < $1.path }) {
                    files.append((path: "\(Theme.folderName)/\(file.path)", text: String(decoding: file.bytes, as: UTF8.self)))
                }
            }
            let existing = files.map(\.path).filter {
                FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
            }
            if !existing.isEmpty {
                throw ValidationError(
                    "\(existing.joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : "") in "
                        + "\(root.path); nothing was created. Choose an empty folder: statusmark init <folder>")
            }
            for file in files {
                let url = root.appendingPathComponent(file.path)
                do {
                    try FileManager.default.createDirectory(
                        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try FileWriter.createNew(url, text: file.text)
                } catch {
                    throw StatusmarkError.outputUnwritable(path: url.path, reason: "\(error)")
                }
            }
            let shown = folder == "." ? "this folder" : folder
            let cd = folder == "." ? "" : "  cd \(folder)\n"
            console.writeOut(
                """
                Created a status site in \(shown):
                  statusmark.yml      the title, base_url, time zone and components: edit these first
                  \(files[1].path)
                                      an example incident: delete it once you have seen the site
                  .gitignore          keeps public/ (the built site) out of git
                \(withTemplate ? "  site-template/      the built-in theme, to customise\n" : "")
                Next:
                \(cd)  statusmark check                          check the files
                  statusmark build                          write the site into public/
                  statusmark new "Elevated API errors" --component api=partial --message "We are investigating."

                """)
        }
    }
}
