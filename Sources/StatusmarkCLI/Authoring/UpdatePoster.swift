import ArgumentParser
import Foundation
import StatusmarkCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adds an update to an incident file for `update` and `resolve`: under an exclusive lock, re-reads the file,
/// inserts the update without touching what was written, checks the result as `check` would, and swaps it in
/// atomically. A refused update leaves the file byte-identical.
struct UpdatePoster {
    let session: AuthoringSession
    let now: Date

    enum Status {
        case given(String)
        /// Resolved for an incident, Completed for a maintenance.
        case closing
    }

    func post(to reference: String, status: Status, message: String?, at: Date?, reopen: Bool, command: String) async throws {
        let file = try IncidentLocator(sources: session.sources).locate(reference)
        let url = try writableTarget(of: file.path)
        let console = session.console
        try await FileWriter.withExclusiveLock(on: url) {
            // Read again under the lock: another command may have added an update since the site was loaded. The
            // bytes are decoded as they are, a byte-order mark included, so that every one of them is written back.
            let data = try Data(contentsOf: url)
            guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
                throw AuthoringRefusal("\(DisplayText.path(file.path)) is not UTF-8; fix it first (statusmark check shows where)")
            }
            let current = SourceFile(path: file.path, text: text)
            guard let incident = IncidentParser(configuration: session.configuration).parse(current).incident else {
                let checked = await session.diagnostics(of: current, now: now)
                session.print(checked.diagnostics, sources: checked.sources)
                console.writeError("\(command): \(DisplayText.path(file.path)) has errors; fix them first, nothing was written\n")
                throw ExitCode.failure
            }
            let facts = IncidentFactsCalculator(configuration: session.configuration, now: now).facts(for: incident)
            let newStatus: UpdateStatus
            switch status {
            case .closing:
                guard incident.kind != .notice else {
                    throw AuthoringRefusal(
                        "\(incident.slug) is a notice, which has nothing to resolve; to take it off the home page, set "
                            + "'until:' or remove 'pinned: true'; nothing was written")
                }
                newStatus = incident.kind == .incident ? .resolved : .completed
            case .given(let word): newStatus = try AuthoringTime.status(word, kind: incident.kind)
            }
            let noun = incident.kind.rawValue
            if facts.isClosed && newStatus.isClosing {
                throw AuthoringRefusal("\(incident.slug) is already \(newStatus.title.lowercased()); nothing was written")
            }
            if incident.kind == .incident && facts.isClosed && newStatus != .update && !reopen {
                throw AuthoringRefusal(
                    "\(incident.slug) is resolved; posting '\(newStatus.title)' would reopen it. Pass --reopen to "
                        + "reopen the \(noun), or post a note with status 'update'")
            }
            guard let text = message ?? nonEmpty(AuthoringDefaults.message(for: newStatus)) else {
                throw ValidationError(
                    "give the update's text: statusmark \(command) \(incident.slug) \(newStatus.rawValue) \"What changed\", "
                        + "--message-file, or pipe it in")
            }
            let update = IncidentDraft.Update(status: newStatus, date: at ?? now, markdown: text)
            let changed: String
            switch UpdateAppender(configuration: session.configuration).append(update, to: current) {
            case .success(let value): changed = value
            case .failure(.invalidFile(let diagnostics)):
                session.print(diagnostics, sources: await session.diagnostics(of: current, now: now).sources)
                console.writeError("\(command): \(DisplayText.path(file.path)) has errors; fix them first, nothing was written\n")
                throw ExitCode.failure
            case .failure(.wouldChangeFile(let reason)):
                throw AuthoringRefusal("cannot add the update to \(DisplayText.path(file.path)): \(reason); nothing was written")
            }
            let checked = await session.diagnostics(of: SourceFile(path: file.path, text: changed), now: now)
            if checked.diagnostics.hasErrors {
                session.print(checked.diagnostics, sources: checked.sources)
                console.writeError("\(command): nothing written; \(DisplayText.path(file.path)) would have the errors above\n")
                throw ExitCode.failure
            }
            do {
                try FileWriter.replace(url, text: changed)
            } catch {
                throw StatusmarkError.outputUnwritable(path: session.displayPath(file.path), reason: "\(error)")
            }
            session.print(checked.diagnostics, sources: checked.sources)
            console.writeOut(
                "\(session.displayPath(file.path)): added '\(newStatus.title) — \(HeadingTimestamp.format(update.date))'\n")
        }
    }

    /// The file an update is written to: the incident file itself, or the file its symbolic link names when that
    /// is inside the site, so the link stays a link and its target gets the update. A link out of the site, and a
    /// read-only file, are refused as an editor would refuse them.
    private func writableTarget(of path: String) throws -> URL {
        let shown = DisplayText.path(path)
        let root = SourcePath.resolve(session.root.path) ?? session.root.path
        let target: String
        switch SourcePath.checked(session.root.appendingPathComponent(path).path, insideRoot: root) {
        case .success(let value): target = value
        case .failure(let refusal): throw AuthoringRefusal("\(shown) \(refusal.reason); nothing was written")
        }
        var info = stat()
        if stat(target, &info) == 0, info.st_mode & S_IWUSR == 0 {
            throw AuthoringRefusal(
                "\(shown) is read-only; nothing was written. Make it writable (chmod u+w \(session.displayPath(path))) "
                    + "to post the update")
        }
        return URL(fileURLWithPath: target, isDirectory: false)
    }

    private func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
