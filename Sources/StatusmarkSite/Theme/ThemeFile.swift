/// One file of a theme: a template, a stylesheet, a script or any other asset.
public struct ThemeFile: Sendable, Hashable {
    /// Where a theme file comes from.
    public enum Origin: Sendable, Hashable {
        /// The default theme built into the binary.
        case builtIn
        /// The site's own site-template/ folder; the path is relative to the site's root.
        case site(path: String)
    }

    /// The path inside the theme, such as `templates/home.mustache` or `assets/style.css`.
    public var path: String
    /// The file's bytes.
    public var bytes: [UInt8]
    /// Where the file comes from.
    public var origin: Origin

    public init(path: String, bytes: [UInt8], origin: Origin) {
        self.path = path
        self.bytes = bytes
        self.origin = origin
    }
}

extension ThemeFile {
    /// The path to show in a diagnostic: the site's file, or the built-in theme's.
    public var displayPath: String {
        switch origin {
        case .builtIn: "(built-in theme)/site-template/\(path)"
        case .site(let path): path
        }
    }
}
