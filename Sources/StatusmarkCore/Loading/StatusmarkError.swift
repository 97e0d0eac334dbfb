/// A failure that stops a command before any content can be checked: no site, an unreadable folder.
///
/// Problems in the content of files are ``Diagnostic``s instead, collected and reported together.
public enum StatusmarkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No statusmark.yml in the folder (or, when searching, in any folder above it).
    case siteNotFound(path: String, searchedParents: Bool)
    /// A file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// The output folder holds files that a build did not write; replacing it would lose them.
    case outputNotOwned(path: String)
    /// The output folder (or the temporary folder beside it) cannot be written or swapped in.
    case outputUnwritable(path: String, reason: String)
    /// Another build holds the output folder's lock, and this one was told not to wait.
    case outputLocked(path: String, pid: Int32?)

    /// The message. Control characters in its paths and reasons are made visible (``DisplayText``), so that a
    /// file name cannot start a line of its own.
    public var description: String {
        switch self {
        case .siteNotFound(let path, let searchedParents):
            let path = DisplayText.visible(path)
            let place = searchedParents ? "\(path) or any folder above it" : path
            return "no statusmark.yml in \(place)\nhelp: pass the site folder with --site, or create a site with 'statusmark init'"
        case .unreadable(let path, let reason):
            let (path, reason) = (DisplayText.visible(path), DisplayText.visible(reason))
            return "cannot read \(path)\nreason: \(reason)"
        case .outputNotOwned(let path):
            let path = DisplayText.visible(path)
            return "\(path) is not empty and was not written by 'statusmark build'; refusing to replace it\n"
                + "help: choose another folder with --output, or pass --force to replace this one"
        case .outputUnwritable(let path, let reason):
            let (path, reason) = (DisplayText.visible(path), DisplayText.visible(reason))
            return "cannot write \(path)\nreason: \(reason)\nthe previous output, if any, is unchanged"
        case .outputLocked(let path, let pid):
            let path = DisplayText.visible(path)
            let holder = pid.map { "another build (pid \($0))" } ?? "another build"
            return "\(holder) is writing \(path); nothing was written\n"
                + "help: run the build again when it is done, or leave out --no-wait to wait for it"
        }
    }
}
