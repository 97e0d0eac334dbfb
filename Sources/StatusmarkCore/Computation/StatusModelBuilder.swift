public import Foundation

/// Turns a site's files into a ``StatusModel``: decode the configuration, parse every incident, check them one by
/// one and against each other, then compute facts, status and uptime.
///
/// Every file is parsed even after an error, so one run reports every problem. The model is withheld when any
/// error was found.
public struct StatusModelBuilder: Sendable {
    /// The moment to compute for: ongoing incidents last until then.
    public let now: Date

    public init(now: Date) {
        self.now = now
    }

    /// Incident files are parsed on every core; the result does not depend on how they were shared out.
    /// - Parameter cache: Parsed files from earlier builds of the same site, reused when unchanged.
    nonisolated(nonsending) public func build(_ sources: ProjectSources, cache: IncidentParseCache? = nil) async -> StatusModelResult {
        var timings = PhaseTimings()
        var result = await timings.measure("parse") {
            () async -> (SiteConfiguration?, [IncidentParseCache.Entry], [Diagnostic]) in
            var diagnostics = sources.diagnostics
            let (decoded, configurationDiagnostics) = ConfigurationDecoder().decode(sources.configuration)
            diagnostics += configurationDiagnostics
            guard let configuration = decoded else { return (nil, [], diagnostics) }
            let parser = IncidentParser(configuration: configuration)
            let files = sources.incidents
            let cached =
                cache?.entries(for: files, configuration: configuration)
                ?? Array(repeating: nil, count: files.count)
            let unparsed = cached.indices.filter { cached[$0] == nil }
            let fresh = await unparsed.map { files[$0] }.concurrentMap(batch: 8) { parser.parse($0) }
            var filled = cached
            for (index, (incident, fileDiagnostics)) in zip(unparsed, fresh) {
                filled[index] = IncidentParseCache.Entry(
                    path: files[index].path, text: files[index].text, incident: incident, diagnostics: fileDiagnostics)
            }
            let entries = filled.compactMap { $0 }
            for entry in entries { diagnostics += entry.diagnostics }
            // Slugs follow from paths, so the preview server checks them again only when the files are not the same.
            diagnostics +=
                cache?.duplicateSlugs(among: entries.map(\.path)) { duplicateSlugs(entries) } ?? duplicateSlugs(entries)
            cache?.parsedCount = unparsed.count
            return (configuration, entries, diagnostics)
        }
        guard let configuration = result.0 else {
            var failed = StatusModelResult(model: nil, diagnostics: result.2.sorted(), incidentFileCount: sources.incidentFileCount)
            failed.timings = timings
            return failed
        }
        var built = await timings.measure("compute") {
            compute(configuration, entries: result.1, diagnostics: &result.2, sources: sources, cache: cache)
        }
        built.timings = timings
        return built
    }

    /// Computes each parsed incident's facts and checks it, except where the entry was computed for the same
    /// moment in an earlier build; the cache keeps the entries with their records.
    private func compute(
        _ configuration: SiteConfiguration, entries: [IncidentParseCache.Entry], diagnostics: inout [Diagnostic],
        sources: ProjectSources, cache: IncidentParseCache?
    ) -> StatusModelResult {
        let calculator = IncidentFactsCalculator(configuration: configuration, now: now)
        let validator = IncidentValidator(configuration: configuration, now: now)
        var records: [IncidentRecord] = []
        records.reserveCapacity(entries.count)
        for entry in entries {
            guard let incident = entry.incident else { continue }
            if let computed = entry.computed, computed.now == now {
                diagnostics += computed.diagnostics
                records.append(computed.record)
                continue
            }
            let record = IncidentRecord(incident: incident, facts: calculator.facts(for: incident))
            let found = validator.validate(record)
            entry.computed = (now, record, found)
            diagnostics += found
            records.append(record)
        }
        cache?.keep(entries, configuration: configuration)
        diagnostics.sort()
        guard !diagnostics.hasErrors else {
            return StatusModelResult(model: nil, diagnostics: diagnostics, incidentFileCount: sources.incidentFileCount)
        }
        let sortOrder = { (records: [IncidentRecord]) in
            records.sortOrder(by: \.facts.start, descending: true, then: \.incident.slug, descending: true)
        }
        records = cache?.sorted(records, by: sortOrder) ?? sortOrder(records).map { records[$0] }
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
    func duplicateSlugs(_ entries: [IncidentParseCache.Entry]) -> [Diagnostic] {
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
