import Foundation
import StatusmarkCore

/// Finds the incident file a command names: by slug, by a unique slug prefix, or by path.
struct IncidentLocator {
    let sources: ProjectSources

    enum Failure: Error, CustomStringConvertible {
        case notFound(String, suggestion: String?)
        case ambiguous(String, candidates: [String])

        var description: String {
            switch self {
            case .notFound(let reference, let suggestion):
                var text = "no incident '\(reference)' in incidents/"
                if let suggestion { text += "\nhelp: did you mean '\(suggestion)'?" }
                return text + "\nhelp: name it by slug (the file name without .md), a unique start of one, or its path"
            case .ambiguous(let reference, let candidates):
                return "'\(reference)' starts more than one incident's slug: \(candidates.joined(separator: ", "))\n"
                    + "help: give more of the slug"
            }
        }
    }

    /// The file, by the path relative to the site folder.
    func locate(_ reference: String) throws(Failure) -> SourceFile {
        let files = sources.incidents + sources.undecodable
        if reference.hasSuffix(".md") || reference.contains("/") {
            let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let absolute = URL(fileURLWithPath: reference, relativeTo: current).standardizedFileURL.path
            let root = sources.root.standardizedFileURL.path
            let relative = absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : reference
            if let file = files.first(where: { $0.path == relative || $0.path == reference }) { return file }
        }
        let slugs = files.map { (slug: Incident.slug(forPath: $0.path), file: $0) }
        // Names usually start with a date; `api-errors` finds `2025-03-03-api-errors` too.
        func names(_ slug: String) -> [String] {
            let parts = slug.split(separator: "-", maxSplits: 3)
            let dated = parts.count == 4 && parts[0].count == 4 && parts[0].allSatisfy(\.isNumber)
                && parts[1].count == 2 && parts[2].count == 2
            return dated ? [slug, String(parts[3])] : [slug]
        }
        let exact = slugs.filter { names($0.slug).contains(reference) }
        if exact.count == 1 { return exact[0].file }
        let matches = exact.count > 1 ? exact : slugs.filter { names($0.slug).contains { $0.hasPrefix(reference) } }
        if matches.count == 1 { return matches[0].file }
        if matches.count > 1 { throw .ambiguous(reference, candidates: matches.map(\.slug).sorted()) }
        throw .notFound(reference, suggestion: SpellingCorrector.suggestion(for: reference, among: slugs.map(\.slug)))
    }
}
