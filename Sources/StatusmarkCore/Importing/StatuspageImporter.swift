public import Foundation

/// Turns Statuspage API v2 responses into incident files and components: times, statuses, impact, update texts
/// (simple HTML turned into Markdown) and postmortems are kept.
public struct StatuspageImporter: Sendable {
    public let zone: ZoneReference

    public init(zone: ZoneReference = .utc) {
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
            }
        }
        plan.components = importedComponents(components)
        let ids = Dictionary(plan.components.map { ($0.name.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        var names = Set<String>()
        for incident in incidents {
            switch draft(incident, componentIDs: ids) {
            case .success(let draft):
                let day = CivilDate(draft.scheduledStart ?? draft.updates.first?.date ?? Date(timeIntervalSince1970: 0), in: zone)
                let stem = "\(day)-\(Slug.make(from: incident.name).prefix(60))"
                plan.files.append(ImportPlan.File(name: ImportPlan.unique(stem, in: &names) + ".md", draft: draft))
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
        var result: [ImportPlan.ImportedComponent] = []
        var seen = Set<String>()
        for component in all where component.group != true && seen.insert(component.name.lowercased()).inserted {
            result.append(
                ImportPlan.ImportedComponent(
                    id: "", name: component.name, description: component.description,
                    group: component.groupId.flatMap { groupNames[$0] }))
        }
        return ImportPlan.assigningIDs(result)
    }

    func draft(_ incident: StatuspageExport.Incident, componentIDs: [String: String]) -> Result<IncidentDraft, ImportError> {
        let isMaintenance = incident.impact == "maintenance" || incident.scheduledFor != nil
        let kind: IncidentKind = isMaintenance ? .maintenance : .incident
        var updates: [IncidentDraft.Update] = []
        var levels: [String: ComponentStatus] = [:]
        for update in incident.incidentUpdates ?? [] {
            guard let date = Self.date(update.displayAt ?? update.createdAt) else {
                return .failure(ImportError("an update has no readable time"))
            }
            let word = update.status ?? "update"
            let status = UpdateStatus(word: word.replacingOccurrences(of: "_", with: " ")).flatMap { $0.kind == kind && $0 != .postmortem ? $0 : nil } ?? .update
            updates.append(IncidentDraft.Update(status: status, date: date, markdown: HTMLToMarkdown.convert(update.body ?? "")))
            for affected in update.affectedComponents ?? [] {
                guard let name = affected.name, let level = affected.newStatus.flatMap(ComponentStatus.init(rawValue:)) else { continue }
                levels[name.lowercased()] = max(levels[name.lowercased()] ?? .operational, level)
            }
        }
        guard !updates.isEmpty else { return .failure(ImportError("it has no updates")) }
        // Statuspage lists updates newest first; updates posted in the same second keep that order, reversed.
        updates = updates.reversed().enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        let fallback: ComponentStatus
        switch incident.impact {
        case "critical": fallback = .majorOutage
        case "major": fallback = .partialOutage
        default: fallback = .degradedPerformance
        }
        let impacts = (incident.components ?? []).compactMap { component -> ComponentImpact? in
            guard let id = componentIDs[component.name.lowercased()] else { return nil }
            if isMaintenance { return ComponentImpact(componentID: id, level: .underMaintenance) }
            let level = levels[component.name.lowercased()].flatMap { $0.severity == .none ? nil : $0 } ?? fallback
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
        if let body = incident.postmortemBody, !body.trimmingWhitespace().isEmpty {
            let date = Self.date(incident.postmortemPublishedAt) ?? updates[updates.count - 1].date
            draft.postmortem = IncidentDraft.Update(status: .postmortem, date: max(date, updates[updates.count - 1].date), markdown: HTMLToMarkdown.convert(body))
        }
        return .success(draft)
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
