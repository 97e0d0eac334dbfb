import Foundation
import Yams

/// Turns a cState (Hugo) site into incident files and components: each `content/issues/*.md` with its front
/// matter (`title`, `date`, `resolved`, `resolvedWhen`, `severity`, `affected`, `section`, `informational`) and
/// the updates in its body, and the config's `systems` and `categories`.
///
/// cState writes an update as a paragraph that starts with the status in emphasis and ends with a `track`
/// shortcode: `*Monitoring* - A fix is in place. {{< track "2018-05-25 04:40:00" >}}`.
public struct CStateImporter: Sendable {
    /// A file's path, for messages, and its text.
    public struct Document: Sendable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    public init() {}

    /// - Parameters:
    ///   - configuration: The Hugo config (`config.yml`, `hugo.yaml` …), when there is a YAML one.
    ///   - issues: The files of `content/issues/`.
    public func plan(configuration: Document?, issues: [Document]) -> Result<ImportPlan, ImportError> {
        var plan = ImportPlan()
        var site = CStateSite()
        if let configuration {
            switch CStateSite.read(configuration) {
            case .success(let value): site = value
            case .failure(let error): return .failure(error)
            }
        }
        plan.title = site.title
        plan.description = site.description
        plan.notCarried = site.notCarried
        plan.baseURL = site.baseURL
        plan.timeZone = site.timeZoneName
        var components = site.systems
        plan.groups = site.groups
        var names = Set<String>()
        for document in issues.sorted(by: { $0.path < $1.path }) {
            let issue: CStateIssue
            switch CStateIssue.read(document, zone: site.zone) {
            case .success(let value): issue = value
            case .failure(let reason):
                plan.skipped.append("\(document.path): \(reason.message)")
                continue
            }
            if let section = issue.section, section.lowercased() != "issue" {
                plan.skipped.append("\(document.path): its section is '\(section)', not 'issue'")
                continue
            }
            if issue.isDraft {
                plan.skipped.append("\(document.path): it is a draft (draft: true), which cState does not publish")
                continue
            }
            for name in issue.affected
            where !components.contains(where: { ($0.sourceName ?? $0.name).lowercased() == name.lowercased() }) {
                components.append(ImportPlan.ImportedComponent(id: "", name: name))
            }
            if !issue.uncarriedKeys.isEmpty {
                plan.notCarried.append(
                    "\(document.path): \(issue.uncarriedKeys.map { "'\($0)'" }.joined(separator: ", ")): incident files have "
                        + "no such key")
            }
            var (draft, changes) = issue.draft()
            let day = CivilDate(issue.date, in: site.zone)
            let stem = "\(day)-\(Self.stemWithoutDate(document.path).prefix(60))"
            let name = ImportPlan.unique(stem, in: &names) + ".md"
            // The page's address on cState: /issues/<slug or file name>/, as Hugo lowercases it, and the page's own
            // Hugo aliases.
            let address = "/issues/\((issue.slug ?? Self.fileStem(document.path)).lowercased())/"
            for alias in [address] + issue.aliases.map({ $0.hasPrefix("/") ? $0 : "/" + $0 }) where !draft.aliases.contains(alias) {
                if let problem = AliasPath.problem(alias) {
                    plan.notCarried.append("\(document.path): its address \(alias) cannot be an alias: it \(problem)")
                } else {
                    draft.aliases.append(alias)
                }
            }
            plan.files.append(ImportPlan.File(name: name, draft: draft))
            for change in changes { plan.changes.append("incidents/\(name) (from \(document.path)): \(change)") }
            if issue.pin, issue.kind != .notice {
                plan.notCarried.append(
                    "\(document.path): 'pin': only notices are pinned in Statusmark; an incident is on the home page "
                        + "while it is ongoing")
            }
            if issue.kind == .notice, !issue.affected.isEmpty {
                plan.notCarried.append(
                    "\(document.path): 'affected' of an informational issue: a notice changes no component")
            }
        }
        plan.components = ImportPlan.assigningIDs(components)
        let ids = Dictionary(
            plan.components.map { (($0.sourceName ?? $0.name).lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        for index in plan.files.indices {
            plan.files[index].draft.impacts = plan.files[index].draft.impacts.map {
                ComponentImpact(componentID: ids[$0.componentID.lowercased()] ?? $0.componentID, level: $0.level)
            }
        }
        plan.files.sort { $0.name < $1.name }
        return .success(plan)
    }

    /// `content/issues/2018-05-25-us-east-conn-issues.md` → `2018-05-25-us-east-conn-issues`: the name Hugo gives
    /// the page's address.
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// `content/issues/2018-05-25-us-east-conn-issues.md` → `us-east-conn-issues`: the file's name is its
    /// address on cState, so it is kept, behind the start day.
    static func stemWithoutDate(_ path: String) -> String {
        var stem = Substring(path.split(separator: "/").last ?? Substring(path))
        if stem.hasSuffix(".md") { stem = stem.dropLast(3) }
        let isDate = stem.utf8.prefix(11).enumerated().allSatisfy { offset, byte in
            [4, 7, 10].contains(offset) ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        if isDate, stem.utf8.count > 11 { stem = stem.dropFirst(11) }
        let slug = Slug.make(from: String(stem))
        return slug.isEmpty ? "issue" : slug
    }
}
