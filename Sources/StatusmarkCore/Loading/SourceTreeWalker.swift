#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files of a source folder (incidents/, site-template/) by ``SourcePath``'s rule: links to files and
/// folders inside the site are followed, and a link that leads out of the site, nowhere, or round in a loop is a
/// problem naming the link, whose target is never opened.
package struct SourceTreeWalker {
    /// A file found, by its path relative to the listed folder.
    package struct File: Sendable, Hashable {
        package var relative: String
        package var name: String
        /// The file's real path when it was reached through a link; read it there, not through the link.
        package var resolved: String?
    }

    /// A link that is not followed, by its path relative to the listed folder.
    package struct Problem: Sendable, Hashable {
        package var relative: String
        package var refusal: SourcePath.Refusal
    }

    /// The site folder, resolved.
    package let root: String
    /// Whether an entry is skipped (hidden files, editors' backups); a skipped folder is not entered.
    package let skips: (_ name: String) -> Bool

    package init(root: String, skips: @escaping (_ name: String) -> Bool) {
        self.root = root
        self.skips = skips
    }

    /// The files and refused links under `folder` (an absolute path), or `nil` when it cannot be opened. When
    /// `folder` is itself a link that is not followed, that is the one problem, with an empty relative path.
    package func walk(_ folder: String) -> (files: [File], problems: [Problem])? {
        if SourcePath.isLink(folder), case .failure(let refusal) = SourcePath.checked(folder, insideRoot: root) {
            return ([], [Problem(relative: "", refusal: refusal)])
        }
        var files: [File] = []
        var problems: [Problem] = []
        let real = SourcePath.resolve(folder) ?? folder
        guard walk(folder, prefix: "", ancestors: [real], throughLink: false, files: &files, problems: &problems) else {
            return nil
        }
        return (files, problems)
    }

    /// - Parameters:
    ///   - ancestors: The real paths of the folders entered through links on the way here, and of the start.
    ///   - throughLink: Whether `folder` is a link's real target (or inside one), so its files are read here.
    private func walk(
        _ folder: String, prefix: String, ancestors: Set<String>, throughLink: Bool, files: inout [File],
        problems: inout [Problem]
    ) -> Bool {
        FolderWalker.walk(folder, prefix: prefix) { relative, name, kind in
            if skips(name) { return false }
            let full = folder + "/" + name
            switch kind {
            case .file:
                files.append(File(relative: relative, name: name, resolved: throughLink ? full : nil))
            case .folder:
                // Entered here rather than by FolderWalker, so that what is inside keeps its way in.
                _ = walk(
                    full, prefix: relative + "/", ancestors: ancestors, throughLink: throughLink, files: &files,
                    problems: &problems)
            case .link:
                follow(full, relative: relative, name: name, ancestors: ancestors, files: &files, problems: &problems)
            }
            return false
        }
    }

    private func follow(
        _ link: String, relative: String, name: String, ancestors: Set<String>, files: inout [File],
        problems: inout [Problem]
    ) {
        let target: String
        switch SourcePath.checked(link, insideRoot: root) {
        case .failure(let refusal):
            problems.append(Problem(relative: relative, refusal: refusal))
            return
        case .success(let value): target = value
        }
        var info = stat()
        guard stat(target, &info) == 0 else {
            problems.append(Problem(relative: relative, refusal: .broken(loop: false)))
            return
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            files.append(File(relative: relative, name: name, resolved: target))
            return
        }
        // A link to a folder that holds the way here (the folder itself, or one above it) would be walked forever.
        if ancestors.contains(where: { SourcePath.isInside($0, target) }) {
            problems.append(Problem(relative: relative, refusal: .broken(loop: true)))
            return
        }
        _ = walk(
            target, prefix: relative + "/", ancestors: ancestors.union([target]), throughLink: true, files: &files,
            problems: &problems)
    }
}
