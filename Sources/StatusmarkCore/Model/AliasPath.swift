/// The rules for an `aliases:` entry: a path on the site, as Hugo's aliases are, that a redirect page is written at.
public enum AliasPath {
    /// Why `path` cannot be an alias, as the end of a sentence ("must start with '/'"); `nil` when it can.
    ///
    /// An alias starts with `/`, and its segments are neither empty, `.` nor `..`, so its file stays inside the
    /// output folder. It holds no query or fragment (a static host cannot serve a page at one), no spaces, and
    /// none of `\\ " < > ^ ` { | }`, which a URL cannot hold unescaped.
    public static func problem(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return "must start with '/'" }
        if let bad = path.unicodeScalars.first(where: { disallowed.contains($0) || $0.value <= 0x20 || $0.value == 0x7F }) {
            if bad == "?" || bad == "#" { return "holds '\(bad)': an alias is a path, without query or fragment" }
            let what = bad == " " ? "a space" : bad.value < 0x20 || bad.value == 0x7F ? "a control character" : "'\(bad)'"
            return "holds \(what), which a path cannot hold unescaped; write it percent-encoded"
        }
        let segments = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            if segment == "." || segment == ".." { return "holds '\(segment)' as a segment" }
            // The last segment is empty when the path ends with '/'; only there, or for '/' alone, may it be.
            if segment.isEmpty && index != segments.count - 1 { return "holds an empty segment ('//')" }
        }
        if path == "/" { return "is the home page" }
        return nil
    }

    /// The file a redirect page for `path` is written to, relative to the output folder: `issues/x/index.html` for
    /// `/issues/x/` and for `/incidents/abc` (a static host serves that folder's page at both), and the path
    /// itself when its last segment names a file (`/old/x.html`).
    public static func outputPath(_ path: String) -> String {
        let relative = path.dropFirst()
        if relative.hasSuffix("/") { return relative + "index.html" }
        let last = relative.split(separator: "/").last ?? relative
        return last.contains(".") ? String(relative) : relative + "/index.html"
    }

    private static let disallowed: Set<Unicode.Scalar> = ["?", "#", "\\", "\"", "<", ">", "^", "`", "{", "|", "}"]
}
