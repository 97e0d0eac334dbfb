import ArgumentParser
import Foundation
import StatusmarkCore

/// Writes an import's plan into a site: statusmark.yml when there is none, then each incident file that does
/// not exist yet (all of them with --force) and that checks clean, then the check of the whole site.
struct ImportWriter {
    let root: URL
    let force: Bool
    let now: Date
    let console: Console

    /// - Parameter makePlan: The importer's plan, given the site's time zone (`nil` for a new site).
    func write(plan makePlan: (ZoneReference?) -> Result<ImportPlan, ImportError>) async throws {
        let configurationURL = root.appendingPathComponent(ProjectLocator.configurationFileName)
        let hasConfiguration = FileManager.default.fileExists(atPath: configurationURL.path)
        var existingConfiguration: SiteConfiguration?
        if hasConfiguration {
            existingConfiguration = try AuthoringSession(root: root, console: console).configuration
        }
        var plan: ImportPlan
        switch makePlan(existingConfiguration?.timeZone) {
        case .success(let value): plan = value
        case .failure(let error): throw AuthoringRefusal(error.message)
        }
        if let configuration = existingConfiguration {
            // Point the drafts at the site's own component ids; name any component the site lacks.
            let missing = plan.components.filter { configuration.component(named: $0.name) == nil }
            let used = Set(plan.files.flatMap { $0.draft.impacts.map(\.componentID) })
            let needed = missing.filter { used.contains($0.id) }
            if !needed.isEmpty {
                let lines = needed.map { "  - name: \(YAMLScalar.quoted($0.name))" }.joined(separator: "\n")
                throw AuthoringRefusal(
                    "statusmark.yml has no component for \(needed.map { $0.name }.joined(separator: ", ")); add them under "
                        + "'components:' and import again; nothing was written:\n\(lines)")
            }
            let ids = Dictionary(
                plan.components.compactMap { component in configuration.component(named: component.name).map { (component.id, $0.id) } },
                uniquingKeysWith: { first, _ in first })
            for index in plan.files.indices {
                plan.files[index].draft.impacts = plan.files[index].draft.impacts.map {
                    ComponentImpact(componentID: ids[$0.componentID] ?? $0.componentID, level: $0.level)
                }
            }
        } else {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            do {
                try FileWriter.createNew(configurationURL, text: plan.configurationText())
            } catch {
                throw StatusmarkError.outputUnwritable(path: configurationURL.path, reason: "\(error)")
            }
        }
        let wroteConfiguration = !hasConfiguration
        let session = try AuthoringSession(root: root, console: console)
        var written = 0
        var skipped = plan.skipped
        let folder = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in plan.files {
            let path = "incidents/\(file.name)"
            let url = root.appendingPathComponent(path)
            let exists = FileManager.default.fileExists(atPath: url.path)
            if exists && !force {
                skipped.append("\(path): exists (pass --force to replace it)")
                continue
            }
            let text = file.draft.render()
            let errors = await session.diagnostics(of: SourceFile(path: path, text: text), now: now).diagnostics
                .filter { $0.severity == .error }
            if let first = errors.first {
                skipped.append("\(path): \(first.message) [\(first.code)]")
                continue
            }
            do {
                if exists { try FileWriter.replace(url, text: text) } else { try FileWriter.createNew(url, text: text) }
            } catch {
                throw StatusmarkError.outputUnwritable(path: url.path, reason: "\(error)")
            }
            written += 1
        }
        for note in plan.notes { console.writeError("import: note: \(note)\n") }
        for change in plan.changes { console.writeError("import: changed \(change)\n") }
        for item in plan.notCarried { console.writeError("import: not carried over: \(item)\n") }
        for reason in skipped { console.writeError("import: skipped \(reason)\n") }
        // The report's last lines: what was written, then what the lines above hold, by kind.
        if wroteConfiguration {
            console.writeOut("import: statusmark.yml written with \(plan.components.count.counted("component"))\n")
        }
        var summary = "import: \(written.counted("file")) written, \(skipped.count) skipped"
        var listed: [String] = []
        if !plan.changes.isEmpty { listed.append("\(plan.changes.count) changed") }
        if !plan.notCarried.isEmpty { listed.append("\(plan.notCarried.count.counted("item")) not carried over") }
        if !listed.isEmpty { summary += "; \(listed.joined(separator: ", ")) (listed above)" }
        console.writeOut(summary + "\n")
        let sources = try ProjectLoader().load(root: root)
        let result = await StatusModelBuilder(now: now).build(sources)
        let errors = result.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            DiagnosticPrinter(format: .text, color: .auto, console: console).print(errors, sources: sources)
            console.writeError("import: the site does not check clean; fix the errors above\n")
            throw ExitCode.failure
        }
        // Every warning the imported site is left with is shown, so `check --strict` holds no surprise.
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        DiagnosticPrinter(format: .text, color: .auto, console: console).print(warnings, sources: sources)
        // Why the import leaves them: the source's own impact is kept, not the one Statusmark would compute.
        let kept = warnings.filter { $0.code == .incidentSeverityBelowComputed }.count
        if kept > 0 {
            console.writeError(
                "import: note: \(kept == 1 ? "1 incident keeps" : "\(kept) incidents keep") the source's impact as "
                    + "'severity', below what the rules compute from its components and duration, so it shows what the "
                    + "source showed; remove 'severity' from a file to show the computed one instead\n")
        }
        let files = sources.incidentFileCount.counted("incident file")
        if warnings.isEmpty {
            console.writeOut("check: \(files), no errors\n")
        } else {
            console.writeOut(
                "check: \(files), no errors, \(warnings.count.counted("warning")) (shown above; 'check --strict' fails on them)\n")
        }
    }
}
