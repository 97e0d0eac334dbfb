public import Foundation
import StatusmarkCore

/// What must hold for any bytes saved as an incident file, checked by the `incident` fuzz target and, on every
/// input it ever crashed on, by the regression tests. A failed check traps, which libFuzzer reports as a crash.
///
/// - The file gives an incident or at least one error: never neither (a file silently dropped from the page).
/// - Every diagnostic is about this file, at a line the file has.
/// - The diagnostics print, in every format, with no raw control character.
/// - A parsed incident's facts and validation compute, and adding an update either is refused or inserts
///   exactly one run of bytes and nothing else, and parses to one more update.
public enum IncidentFuzzCheck {
    static let path = "incidents/2025-07-16-fuzz.md"
    static let now = Date(timeIntervalSince1970: 1_752_660_000)  // 2025-07-16 10:00 UTC

    /// A site with two components, severity rules, a zone with summer time and German besides English (its
    /// status words and day-first numeric dates), so that those paths run too.
    static let configuration: SiteConfiguration = {
        let text = """
            title: Fuzz Status
            base_url: https://status.example.com
            time_zone: Europe/Berlin
            components:
              - name: API
              - name: Website
                group: Web
            severity:
              escalate_after: 4h
            """
        var configuration = ConfigurationDecoder().decode(SourceFile(path: "statusmark.yml", text: text)).configuration
            ?? SiteConfiguration(title: "Fuzz Status")
        configuration.incidentVocabulary = IncidentVocabulary(
            languageName: "Deutsch",
            localWords: [
                .investigating: "Wird untersucht", .identified: "Identifiziert", .monitoring: "Beobachtung",
                .resolved: "Behoben", .scheduled: "Geplant", .inProgress: "Läuft", .completed: "Abgeschlossen",
            ],
            numericDateOrder: .dmy)
        return configuration
    }()

    public static func check(_ bytes: [UInt8]) {
        let file = SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
        let (incident, diagnostics) = IncidentParser(configuration: configuration).parse(file)
        precondition(incident != nil || diagnostics.hasErrors, "neither an incident nor an error")
        let lineCount = file.text.utf8.count { $0 == 0x0A || $0 == 0x0D } + 2
        for diagnostic in diagnostics {
            precondition(diagnostic.location?.path == path, "a diagnostic about another file: \(diagnostic)")
            if let line = diagnostic.location?.line { precondition((1...lineCount).contains(line), "line \(line) past the file") }
        }
        FormattedOutputCheck.check(diagnostics, source: file)
        guard let incident else { return }
        let facts = IncidentFactsCalculator(configuration: configuration, now: now).facts(for: incident)
        _ = IncidentValidator(configuration: configuration, now: now).validate(IncidentRecord(incident: incident, facts: facts))
        checkAppending(to: file, incident: incident)
    }

    static func checkAppending(to file: SourceFile, incident: Incident) {
        let date = (incident.updates.map(\.date).max() ?? now).addingTimeInterval(60)
        let update = IncidentDraft.Update(status: .update, date: date, markdown: "A note.\n## Resolved — 10:00")
        guard case .success(let text) = UpdateAppender(configuration: configuration).append(update, to: file) else { return }
        let before = Array(file.text.utf8)
        let after = Array(text.utf8)
        let prefix = zip(before, after).prefix { $0 == $1 }.count
        let suffix = before.count - prefix
        precondition(after.count > before.count, "the update added nothing")
        precondition(after.suffix(suffix).elementsEqual(before.suffix(suffix)), "the update changed bytes a person wrote")
        let changed = IncidentParser(configuration: configuration).parse(SourceFile(path: file.path, text: text)).incident
        precondition(changed?.updates.count == incident.updates.count + 1, "the update is not exactly one more update")
    }
}
