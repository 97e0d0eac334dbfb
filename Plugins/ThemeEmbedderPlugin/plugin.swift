import Foundation
import PackagePlugin

/// Embeds the package's site-template/ folder into the target that uses this plugin, by running ThemeEmbedder
/// whenever a file in the folder changes.
@main
struct ThemeEmbedderPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "site-template", directoryHint: .isDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme.swift")
        var inputs: [URL] = []
        if let enumerator = FileManager.default.enumerator(
            at: theme, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        {
            for case let url as URL in enumerator { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding the default theme from site-template/",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [theme.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
