import ArgumentParser
import Foundation
import StatusmarkCore
import StatusmarkSite

/// What the authoring commands share: the site's files and settings, and the check that a file they are about to
/// write is valid in the site as it stands.
struct AuthoringSession {
    let root: URL
    let sources: ProjectSources
    let configuration: SiteConfiguration
    /// The theme's translation files, so that a file in the site's language is checked as `check` checks it.
    let translations: TranslationSources
    let console: Console

    /// Loads the site; prints statusmark.yml's errors and fails when it has any.
    init(root: URL, console: Console) throws {
        self.root = root
        self.console = console
        let sources = try ProjectLoader().load(root: root)
        translations = try ThemeLoader().load(root: root).translationSources
        let decoded = ConfigurationDecoder().decode(sources.configuration)
        guard let configuration = decoded.configuration else {
            DiagnosticPrinter(format: .text, color: .auto, console: console).print(decoded.diagnostics, sources: sources)
            console.writeError("statusmark.yml has errors; fix them first (statusmark check shows them all)\n")
            throw ExitCode.failure
        }
        self.sources = sources
        self.configuration = configuration
    }

    /// The problems `file` would have in the site (replacing the file at its path, if any), as `check` reports
    /// them; the sources include `file` so the diagnostics can show its lines.
    func diagnostics(of file: SourceFile, now: Date) async -> (diagnostics: [Diagnostic], sources: ProjectSources) {
        var changed = sources
        changed.incidents.removeAll { $0.path == file.path }
        changed.incidents.append(file)
        changed.incidents.sort { $0.path < $1.path }
        let diagnostics = await StatusModelBuilder(now: now).build(changed, translations: translations).diagnostics.filter { $0.location?.path == file.path }
        return (diagnostics.sorted(), changed)
    }

    /// Prints diagnostics with their source lines.
    func print(_ diagnostics: [Diagnostic], sources: ProjectSources) {
        DiagnosticPrinter(format: .text, color: .auto, console: console).print(diagnostics, sources: sources)
    }

    /// A path relative to the current folder when it is inside it, else absolute.
    func displayPath(_ relative: String) -> String {
        Statusmark.Build.displayPath(root.appendingPathComponent(relative), isFolder: false)
    }
}
