#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a site's source files really are, so that nothing outside the site folder is read or published.
///
/// The one rule for statusmark.yml, incidents/ and site-template/: a symbolic link whose target is inside the
/// site folder is followed; one whose target is outside it, or that is broken or part of a loop, is an error
/// naming the link, and its target is never opened.
package enum SourcePath {
    /// Why a link cannot be followed.
    package enum Refusal: Error, Sendable, Hashable {
        /// The link's target is outside the site folder.
        case outsideSite(target: String)
        /// The link leads nowhere: its target is missing, or the links go round in a loop.
        case broken(loop: Bool)

        /// What the diagnostic says after the link's path.
        package var reason: String {
            switch self {
            case .outsideSite(let target):
                "is a symbolic link to \(target), outside the site folder; Statusmark reads nothing outside the site"
            case .broken(let loop):
                loop ? "is a symbolic link in a loop of links" : "is a symbolic link to a file that does not exist"
            }
        }

        package var help: String {
            switch self {
            case .outsideSite: "copy the file into the site, or link to a file inside the site folder"
            case .broken: "remove the link, or point it at a file inside the site folder"
            }
        }
    }

    /// The absolute path with every link resolved, or `nil` when a link is broken or loops.
    package static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a resolved path is the resolved folder `root` or inside it.
    package static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The real path of `path` when it is inside the resolved site folder `root`, or why not.
    package static func checked(_ path: String, insideRoot root: String) -> Result<String, Refusal> {
        // `realpath` sets ELOOP for a loop of links, and ENOENT for a missing target.
        guard let resolved = resolve(path) else { return .failure(.broken(loop: errno == ELOOP)) }
        guard isInside(resolved, root) else { return .failure(.outsideSite(target: resolved)) }
        return .success(resolved)
    }

    /// Whether the path is a symbolic link itself.
    package static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
