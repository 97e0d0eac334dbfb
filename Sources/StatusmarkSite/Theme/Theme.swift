/// A complete theme: the built-in default files, each replaced by the site's own file of the same path.
///
/// The theme's folders have fixed roles: `templates/` holds Mustache templates (a template's name is its path
/// there without `.mustache`), `assets/` holds files published with a content fingerprint in their name under
/// `/assets/`, and `static/` holds files copied as they are to the root of the output.
public struct Theme: Sendable, Hashable {
    /// The theme's files by path inside the theme.
    public var files: [String: ThemeFile]

    public init(files: [String: ThemeFile]) {
        self.files = files
    }
}

extension Theme {
    /// The folder, inside a site, whose files override the built-in theme.
    public static let folderName = "site-template"

    /// The default theme that the binary carries, generated at build time from the repository's site-template/.
    public static let builtIn: Theme = {
        var files: [String: ThemeFile] = [:]
        for (path, text) in EmbeddedTheme.files {
            files[path] = ThemeFile(path: path, bytes: Array(text.utf8), origin: .builtIn)
        }
        return Theme(files: files)
    }()

    /// This theme with some files replaced or added.
    public func overriding(with overrides: [ThemeFile]) -> Theme {
        var files = self.files
        for file in overrides { files[file.path] = file }
        return Theme(files: files)
    }

    /// The files under a folder of the theme, sorted by path.
    public func files(under folder: String) -> [ThemeFile] {
        let prefix = folder + "/"
        return files.values.filter { $0.path.hasPrefix(prefix) }.sorted { $0.path < $1.path }
    }
}
