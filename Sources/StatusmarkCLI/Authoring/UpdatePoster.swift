import ArgumentParser
import Foundation
import StatusmarkCore

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
        let url = session.root.appendingPathComponent(file.path)
        let console = session.console
        try await FileWriter.withExclusiveLock(on: url) {
            // Read again under the lock: another command may have added an update since the site was loaded.
            let current = SourceFile(path: file.path, text: try String(contentsOf: url, encoding: .utf8))
            guard let incident = IncidentParser(configuration: session.configuration).parse(current).incident else {
                let checked = await session.diagnostics(of: current, now: now)
                session.print(checked.diagnostics, sources: checked.sources)
                console.writeError("\(command): \(DisplayText.path(file.path)) has errors; fix them first, nothing was written\n")
                throw ExitCode.failure
            }
            let facts = IncidentFactsCalculator(configuration: session.configuration, now: now).facts(for: incident)
            let newStatus: UpdateStatus
            switch status {
            case .closing: newStatus = incident.kind == .incident ? .resolved : .completed
            case .given(let word): newStatus = try AuthoringTime.status(word, kind: incident.kind)
            }
            let noun = incident.kind == .incident ? "incident" : "maintenance"
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

    private func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
