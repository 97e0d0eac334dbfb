import Foundation
import Yams

/// Reads an incident's YAML front matter, reporting every problem at its line in the incident file. What it could
/// read is returned even when something else was wrong, for the body's reading; `nil` only when there is no
/// mapping to read.
struct FrontMatterDecoder {
    static let keys = [
        "title", "kind", "components", "affected", "severity", "started", "ended", "scheduled_start",
        "scheduled_end", "until", "pinned", "aliases",
    ]

    let configuration: SiteConfiguration

    func decode(
        _ split: FrontMatterSplitter.Split, path: String, diagnostics: inout [Diagnostic]
    ) -> IncidentFrontMatter? {
        let reader = YAMLDocumentReader(
            path: path, firstLine: split.yamlStartLine, syntaxCode: .frontMatterYAMLSyntax,
            unknownKeyCode: .frontMatterUnknownKey, invalidValueCode: .frontMatterInvalidValue)
        let fenceLocation = SourceLocation(path: path, line: split.yamlStartLine - 1, column: 1, length: 3)
        let root: Node?
        switch reader.compose(split.yaml) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let mapping = root?.mapping else {
            diagnostics.append(
                .error(
                    .frontMatterMissingKey, "the front matter must hold keys such as 'title: …'",
                    at: root.map(reader.location(of:)) ?? fenceLocation))
            return nil
        }
        let entries = reader.entries(of: mapping, known: Self.keys, diagnostics: &diagnostics, what: "the front matter")
        var matter = IncidentFrontMatter()
        for (key, entry) in entries {
            matter.fieldLocations[key] = reader.location(of: entry.value)
        }
        func text(_ key: String) -> (String, SourceLocation)? {
            guard let entry = entries[key], let value = reader.string(entry.value, key: key, diagnostics: &diagnostics)
            else { return nil }
            return (value, reader.location(of: entry.value))
        }

        matter.title = text("title")?.0
        if matter.title == nil {
            diagnostics.append(
                .error(
                    .frontMatterMissingKey, "the incident has no 'title'", at: fenceLocation,
                    notes: [Diagnostic.Note("add a line such as 'title: Payments failing for some customers'")]))
        }
        if let kind = reader.value(
            entries["kind"], key: "kind", expected: "'incident', 'maintenance' or 'notice'", diagnostics: &diagnostics,
            parse: { IncidentKind(rawValue: $0.lowercased()) })
        {
            matter.kind = kind
        } else if entries["kind"] != nil {
            matter.isKindUnreadable = true
        }
        let severities = Severity.allCases.map(\.rawValue)
        matter.severity = reader.value(
            entries["severity"], key: "severity", expected: "one of \(severities.joined(separator: ", "))",
            notes: { text in
                let suggestion = SpellingCorrector.suggestion(for: text, among: severities)
                return [suggestion.map { "did you mean '\($0)'?" }].compactMap { $0 } + [
                    "leave 'severity' out to have it computed from the components and the affected share"
                ]
            },
            diagnostics: &diagnostics, parse: { Severity(rawValue: $0.lowercased()) })
        matter.affectedPercent = reader.value(
            entries["affected"], key: "affected", expected: "a share of users from 0% to 100%, such as '7%'",
            diagnostics: &diagnostics, parse: ScalarParser.percent)
        var parser = TimestampParser(defaultZone: configuration.timeZone)
        parser.numericDateOrder = configuration.incidentVocabulary.numericDateOrder
        matter.isPinned =
            reader.value(
                entries["pinned"], key: "pinned", expected: "true or false", diagnostics: &diagnostics,
                parse: ScalarParser.bool) ?? false
        for key in ["started", "ended", "scheduled_start", "scheduled_end", "until"] {
            guard let (value, at) = text(key) else { continue }
            switch parser.parse(value) {
            case .success(let parsed):
                switch key {
                case "started": matter.started = parsed.date
                case "ended": matter.ended = parsed.date
                case "scheduled_start": matter.scheduledStart = parsed.date
                case "scheduled_end": matter.scheduledEnd = parsed.date
                default: matter.until = parsed.date
                }
            case .failure(let error):
                diagnostics.append(
                    .error(
                        error.code, "'\(key)': \(error.message)",
                        at: at.advanced(byColumns: error.offset, length: error.length),
                        notes: error.notes.map { Diagnostic.Note($0) }))
            }
        }
        if let entry = entries["aliases"] {
            let items = entry.value.sequence.map(Array.init) ?? [entry.value]
            for item in items {
                guard let text = reader.string(item, key: "an alias", diagnostics: &diagnostics) else { continue }
                let at = reader.location(of: item)
                if let problem = AliasPath.problem(text) {
                    diagnostics.append(
                        .error(
                            .incidentAliasInvalid, "the alias '\(text)' \(problem)", at: at,
                            notes: [Diagnostic.Note("an alias is a path on this site, such as '/issues/db-outage/'")]))
                } else {
                    matter.aliases.append(Located(text, at: at))
                }
            }
        }
        if let entry = entries["components"] {
            matter.impacts = decodeComponents(entry.value, kind: matter.kind, reader: reader, diagnostics: &diagnostics)
        }
        // With an error the file makes no incident, but what was read still serves the body's reading: a
        // misspelt key must not leave `started` unread and its time-only headings without a date.
        return matter
    }
}

private extension FrontMatterDecoder {
    func decodeComponents(
        _ node: Node, kind: IncidentKind, reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]
    ) -> [ComponentImpact] {
        let defaultLevel: ComponentStatus = kind == .maintenance ? .underMaintenance : .partialOutage
        var references: [(name: String, level: ComponentStatus, location: SourceLocation)] = []
        if let sequence = node.sequence {
            for item in sequence {
                guard let name = reader.string(item, key: "a component", diagnostics: &diagnostics) else { continue }
                references.append((name, defaultLevel, reader.location(of: item)))
            }
        } else if let mapping = node.mapping {
            for (key, value) in mapping {
                guard let name = reader.string(key, key: "a component name", diagnostics: &diagnostics) else {
                    continue
                }
                var level = defaultLevel
                if let words = reader.string(value, key: name, diagnostics: &diagnostics) {
                    guard let parsed = parseLevel(words, kind: kind, at: reader.location(of: value), diagnostics: &diagnostics)
                    else { continue }
                    level = parsed
                }
                references.append((name, level, reader.location(of: key)))
            }
        } else if let name = reader.string(node, key: "components", diagnostics: &diagnostics) {
            references.append((name, defaultLevel, reader.location(of: node)))
        }

        var impacts: [ComponentImpact] = []
        var seen: [String: SourceLocation] = [:]
        for reference in references {
            guard let component = configuration.component(named: reference.name) else {
                let known = configuration.components.map(\.name)
                var notes: [Diagnostic.Note] = []
                if let suggestion = SpellingCorrector.suggestion(
                    for: reference.name, among: known + configuration.components.map(\.id))
                {
                    notes.append(Diagnostic.Note("did you mean '\(suggestion)'?"))
                }
                notes.append(
                    Diagnostic.Note(
                        known.isEmpty
                            ? "statusmark.yml lists no components; add it under 'components:'"
                            : "components in statusmark.yml: \(known.joined(separator: ", "))"))
                diagnostics.append(
                    .error(
                        .incidentUnknownComponent, "unknown component '\(reference.name)'", at: reference.location,
                        notes: notes))
                continue
            }
            if let first = seen[component.id] {
                diagnostics.append(
                    .error(
                        .incidentDuplicateComponent, "component '\(component.name)' is listed twice",
                        at: reference.location, notes: [Diagnostic.Note("first listed here", at: first)]))
                continue
            }
            seen[component.id] = reference.location
            impacts.append(ComponentImpact(componentID: component.id, level: reference.level))
        }
        return impacts
    }

    func parseLevel(
        _ words: String, kind: IncidentKind, at location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> ComponentStatus? {
        let valid = kind == .maintenance ? [ComponentStatus.underMaintenance] : ComponentStatus.incidentLevels
        let validWords = valid.map(\.words)
        if let level = ComponentStatus(words: words), valid.contains(level) {
            return level
        }
        var notes: [Diagnostic.Note] = []
        if kind == .maintenance {
            notes.append(Diagnostic.Note("a maintenance puts its components under maintenance: list them without a level"))
        } else if let suggestion = SpellingCorrector.suggestion(for: words, among: validWords) {
            notes.append(Diagnostic.Note("did you mean '\(suggestion)'?"))
        }
        let message =
            kind == .maintenance
            ? "a maintenance cannot give a component the level '\(words)'"
            : "'\(words)' is not a component level: use \(validWords.joined(separator: ", "))"
        diagnostics.append(.error(.frontMatterInvalidValue, message, at: location, notes: notes))
        return nil
    }
}
