public import Foundation

/// Turns Statuspage API v2 responses into incident files and components: times, statuses, impact, update texts
/// (simple HTML turned into Markdown) and postmortems are kept.
public struct StatuspageImporter: Sendable {
    /// The site's time zone, which files are named by the day in; `nil` for a new site, which takes the page's.
    public let zone: ZoneReference?

    public init(zone: ZoneReference? = nil) {
        self.zone = zone
    }

    /// - Parameter documents: the JSON files' contents, by name (for messages).
    public func plan(_ documents: [(name: String, data: Data)]) -> Result<ImportPlan, ImportError> {
        var plan = ImportPlan()
        var incidents: [StatuspageExport.Incident] = []
        var seenIDs = Set<String>()
        var components: [StatuspageExport.Component] = []
        for document in documents {
            let export: StatuspageExport
            do {
                export = try StatuspageExport.decode(document.data)
            } catch {
                return .failure(ImportError("\(document.name) is not a Statuspage API v2 response: \(Self.reason(error))"))
            }
            if let page = export.page {
                plan.title = plan.title ?? page.name
                plan.baseURL = plan.baseURL ?? page.url
                plan.timeZone = plan.timeZone ?? page.timeZone
            }
            components += export.components ?? []
            for incident in (export.incidents ?? []) + (export.scheduledMaintenances ?? []) {
                // The same incident appears in several responses (summary, incidents, unresolved).
                guard seenIDs.insert(incident.id ?? incident.name).inserted else { continue }
                incidents.append(incident)
                components += incident.components ?? []
                // Older payloads name components only in the updates.
                for affected in (incident.incidentUpdates ?? []).flatMap(\.changedComponents) {
                    guard let name = affected.name else { continue }
                    components.append(StatuspageExport.Component(id: affected.code, name: name))
                }
            }
        }
        plan.components = importedComponents(components)
        if plan.components.isEmpty, !incidents.isEmpty {
            plan.notes.append(
                "the export names no component, neither on its incidents nor on their updates: the incidents affect "
                    + "no component, and statusmark.yml lists none; add components.json or summary.json to the import")
        }
        let ids = Dictionary(plan.components.map { ($0.name.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        let zone = zone ?? plan.timeZone.flatMap(ZoneReference.init(identifier:)) ?? .utc
        var names = Set<String>()
        for incident in incidents {
            switch draft(incident, componentIDs: ids) {
            case .success(let draft):
                // The day the incident starts, as `incident.file-name-date` reads it: `started` when it comes before
                // the first update.
                let start = draft.scheduledStart ?? draft.started ?? draft.updates.first?.date
                let day = CivilDate(start ?? Date(timeIntervalSince1970: 0), in: zone)
                let stem = ImportPlan.unique("\(day)-\(Slug.make(from: incident.name).prefix(60))", in: &names)
                var draft = draft
                // Statuspage's own address of the incident (maintenance too), unless the file's page is there.
                if let id = incident.id, !id.isEmpty, id != stem {
                    let alias = "/incidents/\(id)"
                    if AliasPath.problem(alias) == nil {
                        draft.aliases = [alias]
                    } else {
                        plan.notCarried.append("'\(incident.name)': its address \(alias) cannot be an alias: it \(AliasPath.problem(alias) ?? "")")
                    }
                }
                plan.files.append(ImportPlan.File(name: stem + ".md", draft: draft))
            case .failure(let reason):
                plan.skipped.append("'\(incident.name)': \(reason.message)")
            }
        }
        plan.files.sort { $0.name < $1.name }
        return .success(plan)
    }
}

/// Why an import could not be planned, or why one item was left out.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(_ message: String) {
        self.message = message
    }
}

private extension StatuspageImporter {
    /// Components (not groups), each with its group's name, in the order first seen.
    func importedComponents(_ all: [StatuspageExport.Component]) -> [ImportPlan.ImportedComponent] {
        var groupNames: [String: String] = [:]
        for component in all where component.group == true {
            if let id = component.id { groupNames[id] = component.name }
        }
        // One component per name, with what any of its mentions says: a component listing has its description,
        // group and start date, an update's mention only its name.
        var result: [ImportPlan.ImportedComponent] = []
        var index: [String: Int] = [:]
        for component in all where component.group != true {
            let key = component.name.lowercased()
            let position = index[key] ?? {
                result.append(ImportPlan.ImportedComponent(id: "", name: component.name))
                index[key] = result.count - 1
                return result.count - 1
            }()
            if result[position].description == nil, let description = component.description, !description.isEmpty {
                result[position].description = description
            }
            if result[position].group == nil { result[position].group = component.groupId.flatMap { groupNames[$0] } }
            if result[position].startDate == nil, let day = component.startDate,
                case .success = TimestampParser(defaultZone: .utc).parse(day, allowingDateOnly: true)
            {
                result[position].startDate = day
            }
        }
        return ImportPlan.assigningIDs(result)
    }

    func draft(_ incident: StatuspageExport.Incident, componentIDs: [String: String]) -> Result<IncidentDraft, ImportError> {
        let isMaintenance = incident.impact == "maintenance" || incident.scheduledFor != nil
        let kind: IncidentKind = isMaintenance ? .maintenance : .incident
        // Statuspage lists updates newest first; updates posted in the same second keep that order, reversed.
        var dated: [(update: StatuspageExport.Update, date: Date)] = []
        for update in (incident.incidentUpdates ?? []).reversed() {
            guard let date = Self.date(update.displayAt ?? update.createdAt) else {
                return .failure(ImportError("an update has no readable time"))
            }
            dated.append((update, date))
        }
        let listed = dated.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var updates = listed.map { update, date in
            let word = (update.status ?? "update").replacingOccurrences(of: "_", with: " ")
            let status = UpdateStatus(word: word).flatMap { $0.kind == kind || $0 == .postmortem ? $0 : nil } ?? .update
            return IncidentDraft.Update(status: status, date: date, markdown: HTMLToMarkdown.convert(update.body ?? ""))
        }
        // A file holds one postmortem: the latest postmortem update is it, and any earlier one stays a note.
        let postmortemUpdate = updates.lastIndex { $0.status == .postmortem }.map { updates.remove(at: $0) }
        for index in updates.indices where updates[index].status == .postmortem { updates[index].status = .update }
        guard !updates.isEmpty else { return .failure(ImportError("it has no updates")) }
        let fallback: ComponentStatus
        switch incident.impact {
        case "critical": fallback = .majorOutage
        case "major": fallback = .partialOutage
        default: fallback = .degradedPerformance
        }
        let levels = Self.componentLevels(named: incident.components ?? [], in: listed.map(\.update))
        let ongoing = !isMaintenance && !["resolved", "postmortem"].contains(incident.status ?? "resolved")
        let impacts = levels.names.compactMap { name -> ComponentImpact? in
            guard let id = componentIDs[name.lowercased()] else { return nil }
            if isMaintenance { return ComponentImpact(componentID: id, level: .underMaintenance) }
            let key = name.lowercased()
            // An ongoing incident's components are at the level its latest update gave each (one back to
            // operational no longer counts); a finished one's at the worst level it reached, which its uptime
            // and history show. The file holds one level per component, so changes between are not kept.
            if ongoing, let latest = levels.latest[key] {
                return latest.severity == .none ? nil : ComponentImpact(componentID: id, level: latest)
            }
            let level = levels.worst[key].flatMap { $0.severity == .none ? nil : $0 } ?? fallback
            return ComponentImpact(componentID: id, level: level)
        }
        var draft = IncidentDraft(title: incident.name, kind: kind, impacts: impacts, updates: updates)
        if isMaintenance {
            draft.scheduledStart = Self.date(incident.scheduledFor) ?? updates[0].date
            draft.scheduledEnd = Self.date(incident.scheduledUntil) ?? draft.scheduledStart
        } else {
            draft.severity = incident.impact.flatMap(Severity.init(rawValue:))
            if let started = Self.date(incident.startedAt), started < updates[0].date { draft.started = started }
        }
        // The postmortem's text is `postmortem_body` where the page has one, else the postmortem update's.
        let body = incident.postmortemBody.flatMap { $0.trimmingWhitespace().isEmpty ? nil : HTMLToMarkdown.convert($0) }
        if body != nil || postmortemUpdate != nil {
            let date = Self.date(incident.postmortemPublishedAt) ?? postmortemUpdate?.date ?? updates[updates.count - 1].date
            draft.postmortem = IncidentDraft.Update(
                status: .postmortem, date: max(date, updates[updates.count - 1].date),
                markdown: body ?? postmortemUpdate?.markdown ?? "")
        }
        return .success(draft)
    }

    /// The components an incident names, on itself or on its updates, in the order first named; and each one's
    /// latest and worst incident level, from the updates' `affected_components`.
    /// - Parameter updates: The incident's updates, oldest first.
    static func componentLevels(
        named components: [StatuspageExport.Component], in updates: [StatuspageExport.Update]
    ) -> (names: [String], latest: [String: ComponentStatus], worst: [String: ComponentStatus]) {
        var names: [String] = []
        var seen = Set<String>()
        func name(_ name: String) {
            if seen.insert(name.lowercased()).inserted { names.append(name) }
        }
        for component in components { name(component.name) }
        var latest: [String: ComponentStatus] = [:]
        var worst: [String: ComponentStatus] = [:]
        for affected in updates.flatMap(\.changedComponents) {
            guard let component = affected.name else { continue }
            name(component)
            guard let level = affected.newStatus.flatMap(ComponentStatus.init(rawValue:)), level != .underMaintenance
            else { continue }
            latest[component.lowercased()] = level
            worst[component.lowercased()] = max(worst[component.lowercased()] ?? .operational, level)
        }
        return (names, latest, worst)
    }

    static func date(_ text: String?) -> Date? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): context.debugDescription
        case DecodingError.keyNotFound(let key, _): "'\(key.stringValue)' is missing"
        case DecodingError.typeMismatch(_, let context):
            "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default: "\(error)"
        }
    }
}
