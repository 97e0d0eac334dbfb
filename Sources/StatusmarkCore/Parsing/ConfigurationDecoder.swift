import Foundation
import Yams

/// Reads statusmark.yml into a ``SiteConfiguration``, reporting every problem at its line.
public struct ConfigurationDecoder: Sendable {
    static let keys = [
        "title", "description", "base_url", "time_zone", "components", "groups", "severity", "uptime_days",
        "partial_outage_weight", "unsafe_html", "feed_limit", "subscribe", "language",
        "notify",
    ]
    static let componentKeys = ["name", "id", "description", "group", "link", "start_date"]
    static let groupKeys = ["name", "description", "collapsed"]
    static let severityKeys = ["affected", "escalate_after"]
    static let affectedKeys = ["major", "critical"]

    public init() {}

    /// Decodes a configuration file. The configuration is `nil` when any error was found.
    public func decode(_ file: SourceFile) -> (configuration: SiteConfiguration?, diagnostics: [Diagnostic]) {
        let reader = YAMLDocumentReader(
            path: file.path, firstLine: 1, syntaxCode: .configYAMLSyntax, unknownKeyCode: .configUnknownKey,
            invalidValueCode: .configInvalidValue)
        var diagnostics: [Diagnostic] = []
        let root: Node?
        switch reader.compose(file.text) {
        case .success(let node): root = node
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        guard let mapping = root?.mapping else {
            let at = root.map(reader.location(of:)) ?? SourceLocation(path: file.path, line: 1, column: 1)
            return (
                nil,
                [
                    .error(
                        .configInvalidValue, "statusmark.yml must be a mapping of settings such as 'title: …'",
                        at: at)
                ]
            )
        }
        let entries = reader.entries(of: mapping, known: Self.keys, diagnostics: &diagnostics, what: "statusmark.yml")
        var configuration = SiteConfiguration(title: "")

        if let entry = entries["title"] {
            if let title = reader.string(entry.value, key: "title", diagnostics: &diagnostics) {
                configuration.title = title
            } else if entry.value.scalar != nil {
                diagnostics.append(.error(.configInvalidValue, "'title' is empty", at: reader.location(of: entry.key)))
            }
        } else {
            diagnostics.append(
                .error(
                    .configMissingKey, "statusmark.yml has no 'title'",
                    at: SourceLocation(path: file.path, line: 1, column: 1),
                    notes: [Diagnostic.Note("add the name of the status page, such as 'title: Acme Status'")]))
        }
        if let entry = entries["description"] {
            configuration.description = reader.string(entry.value, key: "description", diagnostics: &diagnostics)
        }
        if let entry = entries["base_url"], let url = reader.string(entry.value, key: "base_url", diagnostics: &diagnostics) {
            if let problem = BaseURLRule.problem(with: url) {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'base_url' cannot be used: \(problem)", at: reader.location(of: entry.value),
                        notes: [Diagnostic.Note("write the address the site is published at, such as https://status.example.com")]))
            } else {
                configuration.baseURL = url.hasSuffix("/") ? String(url.dropLast()) : url
            }
        }
        if let entry = entries["time_zone"], let text = reader.string(entry.value, key: "time_zone", diagnostics: &diagnostics) {
            switch TimestampZoneParser.parse(text) {
            case .success(let zone): configuration.timeZone = zone
            case .failure(let error):
                let at = reader.location(of: entry.value).advanced(byColumns: error.offset, length: error.length)
                diagnostics.append(
                    .error(.configInvalidValue, "'time_zone': \(error.message)", at: at, notes: error.notes.map { Diagnostic.Note($0) }))
            }
        }
        if let days = reader.value(
            entries["uptime_days"], key: "uptime_days", expected: "a whole number of days from 1 to 3650",
            diagnostics: &diagnostics, parse: { Int($0).flatMap { (1...3650).contains($0) ? $0 : nil } })
        {
            configuration.uptimeDays = days
        }
        if let weight = reader.value(
            entries["partial_outage_weight"], key: "partial_outage_weight",
            expected: "a number from 0 to 1 (0.3 counts a partial outage as 30% down)",
            diagnostics: &diagnostics, parse: { Double($0).flatMap { (0...1).contains($0) ? $0 : nil } })
        {
            configuration.partialOutageWeight = weight
        }
        if let flag = reader.value(
            entries["unsafe_html"], key: "unsafe_html", expected: "true or false", diagnostics: &diagnostics,
            parse: ScalarParser.bool)
        {
            configuration.unsafeHTML = flag
        }
        if let limit = reader.value(
            entries["feed_limit"], key: "feed_limit", expected: "a whole number of entries from 1 to 1000",
            diagnostics: &diagnostics, parse: { Int($0).flatMap { (1...1000).contains($0) ? $0 : nil } })
        {
            configuration.feedLimit = limit
        }
        if let entry = entries["severity"] {
            configuration.severityRules = decodeSeverityRules(entry.value, reader: reader, diagnostics: &diagnostics)
        }
        if let entry = entries["components"] {
            configuration.components = decodeComponents(
                entry.value, zone: configuration.timeZone, reader: reader, diagnostics: &diagnostics)
        }
        if let entry = entries["groups"] {
            configuration.groups = decodeGroups(
                entry.value, components: configuration.components, reader: reader, diagnostics: &diagnostics)
        }
        if let entry = entries["language"], let text = reader.string(entry.value, key: "language", diagnostics: &diagnostics) {
            if let tag = LanguageTag.canonical(text) {
                configuration.language = Located(tag, at: reader.location(of: entry.value))
            } else {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'language' must be a BCP 47 language tag; found '\(text)'",
                        at: reader.location(of: entry.value),
                        notes: [Diagnostic.Note("write a language such as 'de', 'pt-BR' or 'zh-Hans'")]))
            }
        }
        if let entry = entries["subscribe"] {
            configuration.subscribe = decodeSubscribe(entry.value, reader: reader, diagnostics: &diagnostics)
        }
        if let entry = entries["notify"] {
            configuration.notify = decodeNotify(
                entry.value, components: configuration.components, reader: reader, diagnostics: &diagnostics)
        }
        return (diagnostics.hasErrors ? nil : configuration, diagnostics)
    }
}

private extension ConfigurationDecoder {
    func decodeSubscribe(_ node: Node, reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]) -> SubscribeLinks {
        var links = SubscribeLinks()
        guard let mapping = node.mapping else {
            diagnostics.append(
                .error(
                    .configInvalidValue, "'subscribe' must be a mapping of links such as 'slack: https://…'",
                    at: reader.location(of: node),
                    notes: [Diagnostic.Note("its keys are \(SubscribeLinks.keys.joined(separator: ", "))")]))
            return links
        }
        let entries = reader.entries(of: mapping, known: SubscribeLinks.keys, diagnostics: &diagnostics, what: "'subscribe'")
        func link(_ key: String, example: String) -> String? {
            guard let entry = entries[key], let text = reader.string(entry.value, key: key, diagnostics: &diagnostics) else {
                return nil
            }
            let problem: String?
            if key == "mailing_list", text.lowercased().hasPrefix("mailto:") {
                let address = text.dropFirst(7)
                problem = address.contains("@") && !address.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 32 } ?? false })
                    ? nil : "'\(address)' is not an email address"
            } else {
                problem = BaseURLRule.problem(with: text, isBase: false)
            }
            guard let problem else { return text }
            diagnostics.append(
                .error(
                    .configInvalidValue, "the 'subscribe' link '\(key)' cannot be used: \(problem)",
                    at: reader.location(of: entry.value), notes: [Diagnostic.Note("write its full address, such as \(example)")]))
            return nil
        }
        links.mailingList = link(
            "mailing_list", example: "https://lists.example.com/status or mailto:status-subscribe@example.com")
        links.slack = link("slack", example: "https://example.slack.com/archives/C0123456")
        links.teams = link("teams", example: "https://teams.microsoft.com/l/channel/…")
        links.chatBot = link("chat_bot", example: "https://t.me/example_status_bot")
        return links
    }

    func decodeSeverityRules(_ node: Node, reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]) -> SeverityRules {
        var rules = SeverityRules()
        guard let mapping = node.mapping else {
            diagnostics.append(
                .error(
                    .configInvalidValue, "'severity' must be a mapping with 'affected' and 'escalate_after'",
                    at: reader.location(of: node)))
            return rules
        }
        let entries = reader.entries(of: mapping, known: Self.severityKeys, diagnostics: &diagnostics, what: "'severity'")
        // `never` is a valid value that turns escalation off, so the parsed value is itself optional.
        let escalation: Int?? = reader.value(
            entries["escalate_after"], key: "escalate_after", expected: "a duration such as 4h or 90m, or 'never'",
            diagnostics: &diagnostics,
            parse: { text -> Int?? in
                if ["never", "off", "false", "no"].contains(text.lowercased()) { return .some(nil) }
                return ScalarParser.duration(text).flatMap { $0 > 0 ? .some($0) : nil }
            })
        if let escalation { rules.escalateAfter = escalation }
        if let entry = entries["affected"] {
            guard let affected = entry.value.mapping else {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'affected' must be a mapping such as 'major: 10%' and 'critical: 50%'",
                        at: reader.location(of: entry.value)))
                return rules
            }
            let levels = reader.entries(of: affected, known: Self.affectedKeys, diagnostics: &diagnostics, what: "'affected'")
            for (key, pair) in levels.sorted(by: { $0.key < $1.key }) {
                guard let text = reader.string(pair.value, key: key, diagnostics: &diagnostics) else { continue }
                guard let percent = ScalarParser.percent(text) else {
                    diagnostics.append(
                        .error(
                            .configInvalidValue, "'\(key)' must be a percentage from 0% to 100%; found '\(text)'",
                            at: reader.location(of: pair.value)))
                    continue
                }
                if key == "major" { rules.majorAffectedPercent = percent } else { rules.criticalAffectedPercent = percent }
            }
            if rules.majorAffectedPercent > rules.criticalAffectedPercent {
                diagnostics.append(
                    .error(
                        .configInvalidValue,
                        "the 'major' share (\(rules.majorAffectedPercent)%) is above the 'critical' share (\(rules.criticalAffectedPercent)%)",
                        at: reader.location(of: entry.key)))
            }
        }
        return rules
    }

    func decodeComponents(
        _ node: Node, zone: ZoneReference, reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]
    ) -> [Component] {
        guard let sequence = node.sequence else {
            diagnostics.append(
                .error(
                    .configInvalidValue, "'components' must be a list, each entry a name or a mapping with 'name'",
                    at: reader.location(of: node)))
            return []
        }
        var components: [Component] = []
        var seenIDs: [String: SourceLocation] = [:]
        var seenNames: [String: SourceLocation] = [:]
        for item in sequence {
            let at = reader.location(of: item)
            var component: Component
            if let name = item.scalar.flatMap({ _ in reader.string(item, key: "component", diagnostics: &diagnostics) }) {
                component = Component(id: Slug.make(from: name), name: name, position: components.count)
            } else if let mapping = item.mapping {
                let entries = reader.entries(
                    of: mapping, known: Self.componentKeys, diagnostics: &diagnostics, what: "a component")
                guard let nameEntry = entries["name"],
                    let name = reader.string(nameEntry.value, key: "name", diagnostics: &diagnostics)
                else {
                    diagnostics.append(
                        .error(.configMissingKey, "this component has no 'name'", at: at,
                               notes: [Diagnostic.Note("add 'name: …' with the name customers know it by")]))
                    continue
                }
                component = Component(id: Slug.make(from: name), name: name, position: components.count)
                if let entry = entries["id"], let id = reader.string(entry.value, key: "id", diagnostics: &diagnostics) {
                    if Slug.isValid(id) {
                        component.id = id
                    } else {
                        diagnostics.append(
                            .error(
                                .configInvalidValue,
                                "component id '\(id)' may only hold lower-case letters, digits and '-'",
                                at: reader.location(of: entry.value),
                                notes: [Diagnostic.Note("ids appear in URLs; try '\(Slug.make(from: id))'")]))
                    }
                }
                if let entry = entries["description"] {
                    component.description = reader.string(entry.value, key: "description", diagnostics: &diagnostics)
                }
                if let entry = entries["group"] {
                    component.group = reader.string(entry.value, key: "group", diagnostics: &diagnostics)
                }
                if let entry = entries["link"], let link = reader.string(entry.value, key: "link", diagnostics: &diagnostics) {
                    if let problem = BaseURLRule.problem(with: link, isBase: false) {
                        diagnostics.append(
                            .error(
                                .configInvalidValue, "the link of component '\(name)' cannot be used: \(problem)",
                                at: reader.location(of: entry.value),
                                notes: [Diagnostic.Note("write an http(s) address, such as https://example.com/api")]))
                    } else {
                        component.link = link
                    }
                }
                if let entry = entries["start_date"],
                    let text = reader.string(entry.value, key: "start_date", diagnostics: &diagnostics)
                {
                    switch TimestampParser(defaultZone: zone).parse(text, allowingDateOnly: true) {
                    case .success(let parsed): component.startDate = parsed.date
                    case .failure(let error):
                        diagnostics.append(
                            .error(
                                error.code, "'start_date': \(error.message)",
                                at: reader.location(of: entry.value).advanced(byColumns: error.offset, length: error.length),
                                notes: error.notes.map { Diagnostic.Note($0) }))
                    }
                }
            } else {
                diagnostics.append(
                    .error(.configInvalidValue, "a component must be a name or a mapping with 'name'", at: at))
                continue
            }
            guard !component.id.isEmpty else {
                diagnostics.append(
                    .error(.configInvalidValue, "component '\(component.name)' needs an 'id' of letters or digits", at: at))
                continue
            }
            if let first = seenIDs[component.id] ?? seenNames[component.name.lowercased()] {
                diagnostics.append(
                    .error(
                        .configDuplicateComponent, "component '\(component.name)' (id '\(component.id)') is listed twice",
                        at: at, notes: [Diagnostic.Note("first listed here", at: first)]))
                continue
            }
            seenIDs[component.id] = at
            seenNames[component.name.lowercased()] = at
            components.append(component)
        }
        return components
    }

    /// `groups:`: a list of mappings with `name` (a group the components name), `description` and `collapsed`.
    func decodeGroups(
        _ node: Node, components: [Component], reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]
    ) -> [ComponentGroup] {
        guard let sequence = node.sequence else {
            diagnostics.append(
                .error(
                    .configInvalidValue, "'groups' must be a list of mappings with 'name', 'description' and 'collapsed'",
                    at: reader.location(of: node)))
            return []
        }
        let named = components.compactMap(\.group)
        var groups: [ComponentGroup] = []
        var seen: [String: SourceLocation] = [:]
        for item in sequence {
            let at = reader.location(of: item)
            guard let mapping = item.mapping else {
                diagnostics.append(
                    .error(.configInvalidValue, "a group must be a mapping with 'name'", at: at,
                           notes: [Diagnostic.Note("such as '- name: Edge' with 'description: …' under it")]))
                continue
            }
            let entries = reader.entries(of: mapping, known: Self.groupKeys, diagnostics: &diagnostics, what: "a group")
            guard let nameEntry = entries["name"], let name = reader.string(nameEntry.value, key: "name", diagnostics: &diagnostics)
            else {
                diagnostics.append(.error(.configMissingKey, "this group has no 'name'", at: at))
                continue
            }
            guard named.contains(name) else {
                var notes: [Diagnostic.Note] = []
                if let suggestion = SpellingCorrector.suggestion(for: name, among: named) {
                    notes.append(Diagnostic.Note("did you mean '\(suggestion)'?"))
                }
                notes.append(
                    Diagnostic.Note(
                        named.isEmpty
                            ? "no component names a group; give components 'group: \(name)'"
                            : "groups the components name: \(Array(Set(named)).sorted().joined(separator: ", "))"))
                diagnostics.append(
                    .error(
                        .configInvalidValue, "no component is in group '\(name)'", at: reader.location(of: nameEntry.value),
                        notes: notes))
                continue
            }
            if let first = seen[name] {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "group '\(name)' is described twice", at: at,
                        notes: [Diagnostic.Note("first described here", at: first)]))
                continue
            }
            seen[name] = at
            var group = ComponentGroup(name: name)
            if let entry = entries["description"] {
                group.description = reader.string(entry.value, key: "description", diagnostics: &diagnostics)
            }
            group.isCollapsed =
                reader.value(
                    entries["collapsed"], key: "collapsed", expected: "true or false", diagnostics: &diagnostics,
                    parse: ScalarParser.bool) ?? false
            groups.append(group)
        }
        return groups
    }
}
