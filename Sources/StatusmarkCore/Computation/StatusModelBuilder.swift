public import Foundation

/// Turns a site's files into a ``StatusModel``: decode the configuration, parse every incident, check them one by
/// one and against each other, then compute facts, status and uptime.
///
/// Every file is parsed even after an error, so one run reports every problem. The model is withheld when any
/// error was found. Each stage is a pure function of its inputs; the preview's memo decides which it may skip
/// (``ModelStages``), and nothing here keeps anything from one build to the next.
public struct StatusModelBuilder: Sendable {
    /// The moment to compute for: ongoing incidents last until then.
    public let now: Date

    public init(now: Date) {
        self.now = now
    }

    /// The model's stages in order: decode statusmark.yml, parse every incident file, compute and check each
    /// incident, then check them against each other and compute status and uptime.
    /// - Parameter stages: How the per-file stages are run (``ModelStages/direct`` runs each on every input).
    /// - Parameter translations: The theme's translation files, for statusmark.yml's `language`; without them the
    ///   model's translation is empty and no language is checked.
    nonisolated(nonsending) public func build(
        _ sources: ProjectSources, translations: TranslationSources? = nil, stages: ModelStages = .direct
    ) async -> StatusModelResult {
        var timings = PhaseTimings()
        var diagnostics = sources.diagnostics
        let decoded = await timings.measure("parse") { ConfigurationDecoder().decode(sources.configuration) }
        diagnostics += decoded.1
        var translation = Translation(tag: "en", messages: [:])
        if let translations, let configuration = decoded.0 {
            let resolved = await timings.measure("parse") { stages.translate(translations, configuration.language) }
            diagnostics += resolved.diagnostics
            translation = resolved.translation ?? translation
        }
        guard var configuration = decoded.0 else {
            var failed = StatusModelResult(model: nil, diagnostics: diagnostics.sorted(), incidentFileCount: sources.incidentFileCount)
            failed.timings = timings
            return failed
        }
        if translations != nil { configuration.incidentVocabulary = IncidentVocabulary(translation) }
        let parsed = await timings.measure("parse") {
            let parser = IncidentParser(configuration: configuration)
            return await stages.parse(sources.incidents, configuration) { file in
                let (incident, found) = parser.parse(file)
                return ParsedIncidentFile(file: file, incident: incident, diagnostics: found)
            }
        }
        var built = await timings.measure("compute") {
            let calculator = IncidentFactsCalculator(configuration: configuration, now: now)
            let validator = IncidentValidator(configuration: configuration, now: now)
            let incidents = parsed.compactMap(prefetching: { $0.incident?.identity }, \.incident)
            let computed = await stages.compute(incidents, configuration, now) { incident in
                let record = IncidentRecord(incident: incident, facts: calculator.facts(for: incident))
                return ComputedIncident(record: record, diagnostics: validator.validate(record))
            }
            // A page's name follows from its file's path, so the files' names are checked against each other
            // from their paths alone.
            let names = stages.checkPaths(parsed.map(\.path)) { duplicateSlugs(parsed) }
            var assembled = assemble(
                configuration, parsed: parsed, computed: computed, diagnostics: diagnostics + names, sources: sources)
            assembled.model?.translation = translation
            return assembled
        }
        built.timings = timings
        return built
    }

    /// The last stage: the files' and the incidents' diagnostics, and, without an error, the model: records newest
    /// first, the status summary and the uptime.
    func assemble(
        _ configuration: SiteConfiguration, parsed: [ParsedIncidentFile], computed: [ComputedIncident],
        diagnostics: [Diagnostic], sources: ProjectSources
    ) -> StatusModelResult {
        var diagnostics = diagnostics
        for file in parsed where !file.diagnostics.isEmpty { diagnostics += file.diagnostics }
        for incident in computed where !incident.diagnostics.isEmpty { diagnostics += incident.diagnostics }
        diagnostics.sort()
        guard !diagnostics.hasErrors else {
            return StatusModelResult(model: nil, diagnostics: diagnostics, incidentFileCount: sources.incidentFileCount)
        }
        let records = computed.map(prefetching: { $0.record.identity }, \.record)
            .sorted(by: \.facts.start, descending: true, then: \.incident.slug, descending: true)
        let summary = StatusRollup(now: now).summarize(records, components: configuration.components)
        let uptime = UptimeCalculator(
            zone: configuration.timeZone, partialOutageWeight: configuration.partialOutageWeight, now: now
        ).uptime(for: configuration.components, records: records, days: configuration.uptimeDays)
        let model = StatusModel(
            configuration: configuration, now: now, records: records, summary: summary, uptime: uptime)
        return StatusModelResult(model: model, diagnostics: diagnostics, incidentFileCount: sources.incidentFileCount)
    }
}

private extension StatusModelBuilder {
    /// Two files whose names give the same slug would be written to the same page. A parsed file's slug is
    /// already made; only files that failed to parse need theirs made here.
    func duplicateSlugs(_ entries: [ParsedIncidentFile]) -> [Diagnostic] {
        var first: [String: String] = [:]
        first.reserveCapacity(entries.count)
        var diagnostics: [Diagnostic] = []
        for file in entries {
            let slug = file.incident?.slug ?? Incident.slug(forPath: file.path)
            if slug.isEmpty {
                let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
                diagnostics.append(
                    .error(
                        .incidentFileNameSlug,
                        "the file name '\(name)' gives the incident no address: pages are named by the ASCII letters "
                            + "and digits of the file name, and it has none",
                        at: SourceLocation(path: file.path),
                        notes: [Diagnostic.Note("rename the file with Latin letters or digits, such as 2025-07-16-api-outage.md")]))
                continue
            }
            guard let earlier = first[slug] else {
                first[slug] = file.path
                continue
            }
            diagnostics.append(
                .error(
                    .incidentDuplicateSlug,
                    "'\(file.path)' and '\(earlier)' both become the page incidents/\(slug)/",
                    at: SourceLocation(path: file.path, line: 1, column: 1),
                    notes: [
                        Diagnostic.Note("the other file", at: SourceLocation(path: earlier, line: 1, column: 1)),
                        Diagnostic.Note("rename one of them; adding the date in front keeps names unique"),
                    ]))
        }
        return diagnostics
    }
}
