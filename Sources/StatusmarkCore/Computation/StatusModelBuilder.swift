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
        var result = await timings.measure("parse") { () async -> (SiteConfiguration?, [Incident], [Diagnostic]) in
            var diagnostics = sources.diagnostics
            let (decoded, configurationDiagnostics) = ConfigurationDecoder().decode(sources.configuration)
            diagnostics += configurationDiagnostics
            guard let configuration = decoded else { return (nil, [], diagnostics) }
            let parser = IncidentParser(configuration: configuration)
            cache?.begin(configuration: configuration, paths: sources.incidents.map(\.path))
            var parsed = sources.incidents.map { cache?.entry(for: $0) }
            let unparsed = parsed.indices.filter { parsed[$0] == nil }
            let fresh = await unparsed.map { sources.incidents[$0] }.concurrentMap(batch: 8) { parser.parse($0) }
            for (index, entry) in zip(unparsed, fresh) {
                parsed[index] = entry
                cache?.store(entry, for: sources.incidents[index])
            }
            var incidents: [Incident] = []
            for case let (incident, fileDiagnostics)? in parsed {
                diagnostics += fileDiagnostics
                if let incident { incidents.append(incident) }
            }
            // A parsed file's slug is already made; only files that failed to parse need theirs made here.
            diagnostics += duplicateSlugs(
                zip(sources.incidents, parsed).map { file, entry in
                    (file.path, entry?.incident?.slug ?? Incident.slug(forPath: file.path))
                })
            return (configuration, incidents, diagnostics)
        }
        guard let configuration = result.0 else {
            var failed = StatusModelResult(model: nil, diagnostics: result.2.sorted(), incidentFileCount: sources.incidentFileCount)
            failed.timings = timings
            return failed
        }
        var built = await timings.measure("compute") {
            compute(configuration, incidents: result.1, diagnostics: &result.2, sources: sources, cache: cache)
        }
        built.timings = timings
        return built
    }

    private func compute(
        _ configuration: SiteConfiguration, incidents: [Incident], diagnostics: inout [Diagnostic], sources: ProjectSources,
        cache: IncidentParseCache?
    ) -> StatusModelResult {
        let calculator = IncidentFactsCalculator(configuration: configuration, now: now)
        let validator = IncidentValidator(configuration: configuration, now: now)
        var records: [IncidentRecord] = []
        records.reserveCapacity(incidents.count)
        for incident in incidents {
            if let computed = cache?.record(at: incident.path, now: now) {
                diagnostics += computed.diagnostics
                records.append(computed.record)
                continue
            }
            let record = IncidentRecord(incident: incident, facts: calculator.facts(for: incident))
            let found = validator.validate(record)
            cache?.store(record, diagnostics: found, at: incident.path, now: now)
            diagnostics += found
            records.append(record)
        }
        diagnostics.sort()
        guard !diagnostics.hasErrors else {
            return StatusModelResult(model: nil, diagnostics: diagnostics, incidentFileCount: sources.incidentFileCount)
        }
        records = records.sorted(by: \.facts.start, descending: true, then: \.incident.slug, descending: true)
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
    /// Two files whose names give the same slug would be written to the same page.
    func duplicateSlugs(_ files: [(path: String, slug: String)]) -> [Diagnostic] {
        var first: [String: String] = [:]
        first.reserveCapacity(files.count)
        var diagnostics: [Diagnostic] = []
        for file in files {
            let slug = file.slug
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
