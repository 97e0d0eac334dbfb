/// What the preview watches in a site folder, and which changes in it can change the site: statusmark.yml and
/// what is under incidents/ and site-template/, leaving out what the build leaves out (hidden files and folders)
/// and editors' backup and lock files (`x.md~`, `#x.md#`, `.#x.md`), so that an editor's autosave does not reload
/// the page.
enum WatchedSources {
    /// The site folder's entries that are watched.
    static let topLevel: Set<String> = ["statusmark.yml", "incidents", "site-template"]

    /// Whether a change to this path, relative to the site folder, can change the build.
    static func matters(_ relative: String) -> Bool {
        let names = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard let first = names.first, topLevel.contains(String(first)) else { return false }
        if names.count == 1 { return true }
        guard first != "statusmark.yml" else { return false }
        for name in names.dropFirst() where name.isEmpty || name.hasPrefix(".") { return false }
        let last = names[names.count - 1]
        return !last.hasSuffix("~") && !last.hasPrefix("#")
    }
}
