import Foundation
import StatusmarkCore

/// The static files of Atlassian Statuspage's public API v2, under `api/v2/`: the same names, nesting, enum values
/// and timestamp form, so a program written against a Statuspage page reads a Statusmark page unchanged.
///
/// Where Statusmark has no counterpart, the values are chosen to be stable: ids are the component ids and
/// incident slugs, an update's id is `<slug>-<n>` (its position, oldest first, from 1), and the page's id is its
/// host (`status.example.com`). docs/machine-readable.md lists every choice.
struct StatuspageAPIRenderer: Sendable {
    let model: StatusModel
    let links: SiteLinks
    /// How many incidents `incidents.json` and `scheduled-maintenances.json` list, as Statuspage does.
    static let listLimit = 50

    private let selection: StatuspageSelection
    let page: StatuspagePage
    /// Every component and group, in the order `components.json` lists them.
    let components: [StatuspageComponent]
    private let componentsByID: [String: StatuspageComponent]

    init(model: StatusModel, links: SiteLinks, selection: StatuspageSelection) {
        self.model = model
        self.links = links
        self.selection = selection
        let zone = model.configuration.timeZone
        let page = StatuspagePage(
            id: links.host, name: model.configuration.title, url: String(links.baseURL.dropLast()),
            timeZone: Self.zoneName(zone), updatedAt: InstantFormat.statuspage(model.lastChange, zone: zone))
        self.page = page
        let components = Self.components(model: model, selection: selection, pageID: page.id)
        self.components = components
        var byID: [String: StatuspageComponent] = [:]
        for component in components where !component.group { byID[component.id] = component }
        self.componentsByID = byID
    }
}

extension StatuspageAPIRenderer {
    /// Every file's bytes, by the file's path in the output folder, as `JSONOutput.encode` writes the file's
    /// response: the page, status and components encoded once for all files, and each listed incident's JSON put
    /// in its places.
    /// - Parameter json: The JSON fragment of the API's incident for a record (`JSONOutput.fragment` of
    ///   ``incident(_:)``, or the memo's for the same record).
    func files(incidentJSON json: (IncidentRecord) -> String) -> [(path: String, bytes: [UInt8])] {
        let records = model.records
        // A record can be in several lists (recent and unresolved, say); each is encoded once.
        var encoded: [Int: String] = [:]
        func incidents(_ indices: [Int]) -> JSONOutput.Member {
            .array(
                indices.map { index in
                    if let done = encoded[index] { return done }
                    let made = json(records[index])
                    encoded[index] = made
                    return made
                })
        }
        let unresolved = incidents(selection.unresolved)
        let upcoming = incidents(selection.upcoming)
        let active = incidents(selection.active)
        let page = JSONOutput.Member.value(JSONOutput.fragment(self.page))
        let status = JSONOutput.Member.value(JSONOutput.fragment(status()))
        let components = JSONOutput.Member.value(JSONOutput.fragment(self.components))
        func file(_ name: String, _ members: [(key: String, member: JSONOutput.Member)]) -> (path: String, bytes: [UInt8]) {
            ("api/v2/\(name).json", JSONOutput.document(members))
        }
        return [
            file(
                "summary",
                [
                    ("components", components), ("incidents", unresolved), ("page", page),
                    ("scheduled_maintenances", incidents(selection.active + selection.upcoming)), ("status", status),
                ]),
            file("status", [("page", page), ("status", status)]),
            file("components", [("components", components), ("page", page)]),
            file("incidents", [("incidents", incidents(selection.latestIncidents)), ("page", page)]),
            file("incidents/unresolved", [("incidents", unresolved), ("page", page)]),
            file("scheduled-maintenances", [("page", page), ("scheduled_maintenances", incidents(selection.latestMaintenance))]),
            file("scheduled-maintenances/upcoming", [("page", page), ("scheduled_maintenances", upcoming)]),
            file("scheduled-maintenances/active", [("page", page), ("scheduled_maintenances", active)]),
        ]
    }

    /// The page's indicator, as Statuspage gives it: while an incident is ongoing, the worst impact of the ongoing
    /// incidents (so a minor incident that left a component in partial outage is `minor`, as its page said); else
    /// what the components show. The description is the banner's state, in Statuspage's words. Statuspage
    /// documents four indicators, so maintenance is `none` with its own description.
    func status() -> StatuspageStatus {
        let records = model.records
        let impact = selection.unresolved.map { records[$0] }.filter { $0.facts.isOngoing(at: model.now) }
            .map(\.facts.severity.effective).max() ?? .none
        let banner = Self.status(model.summary.overall, model.translation)
        let indicator =
            switch impact {
            case .none: banner.indicator
            case .minor: "minor"
            case .major: "major"
            case .critical: "critical"
            }
        return StatuspageStatus(indicator: indicator, description: banner.description)
    }

    /// An overall status as Statuspage's indicator, with the site's words for it (Statuspage's own in English).
    static func status(_ overall: OverallStatus, _ t: Translation) -> StatuspageStatus {
        switch overall {
        case .operational: StatuspageStatus(indicator: "none", description: t.text("api.operational"))
        case .maintenance: StatuspageStatus(indicator: "none", description: t.text("api.maintenance"))
        case .degraded: StatuspageStatus(indicator: "minor", description: t.text("api.degraded"))
        case .partialOutage: StatuspageStatus(indicator: "major", description: t.text("api.partial_outage"))
        case .majorOutage: StatuspageStatus(indicator: "critical", description: t.text("api.major_outage"))
        }
    }

    func incident(_ record: IncidentRecord) -> StatuspageIncident {
        let incident = record.incident
        let facts = record.facts
        let zone = model.configuration.timeZone
        func time(_ date: Date) -> String { InstantFormat.statuspage(date, zone: zone) }
        let isMaintenance = incident.kind == .maintenance
        // The update that closed it: a maintenance's first Completed, an incident's Resolved when no later update
        // reopened it.
        let closing =
            isMaintenance
            ? incident.updates.firstIndex { $0.status == .completed }
            : incident.updates.lastIndex { $0.status != .update }.flatMap { incident.updates[$0].status == .resolved ? $0 : nil }
        let opening =
            isMaintenance
            ? incident.updates.firstIndex { $0.status == .inProgress || $0.status == .verifying }
            : incident.updates.indices.first
        var updates: [StatuspageIncidentUpdate] = []
        var current: UpdateStatus = isMaintenance ? .scheduled : .investigating
        for (index, update) in incident.updates.enumerated() {
            // Statuspage has no "update" status: such an update keeps the status before it.
            if update.status != .update { current = update.status }
            var affected: [StatuspageAffectedComponent]?
            if index == opening {
                affected = affectedComponents(incident, from: { _ in .operational }, to: { $0.level })
            } else if index == closing {
                affected = affectedComponents(incident, from: { $0.level }, to: { _ in .operational })
            }
            let stamp = time(update.date)
            updates.append(
                StatuspageIncidentUpdate(
                    id: "\(incident.slug)-\(index + 1)", status: current.rawValue,
                    body: update.markdown.trimmingWhitespace(), incidentID: incident.slug,
                    createdAt: stamp, updatedAt: stamp, displayAt: stamp,
                    affectedComponents: Nullable(affected), deliverNotifications: true, customTweet: Nullable(nil),
                    tweetID: Nullable(nil)))
        }
        let resolvedAt = closing.map { incident.updates[$0].date } ?? (facts.isClosed ? facts.end : nil)
        return StatuspageIncident(
            id: incident.slug, name: incident.title, status: facts.status.rawValue,
            impact: isMaintenance ? "maintenance" : facts.severity.effective.rawValue,
            createdAt: time(incident.updates.first?.date ?? facts.start), updatedAt: time(facts.lastUpdated),
            monitoringAt: Nullable(incident.updates.first { $0.status == .monitoring }.map { time($0.date) }),
            resolvedAt: Nullable(resolvedAt.map(time)), startedAt: time(facts.start),
            shortlink: links.absolute(links.incident(incident.slug)), pageID: page.id,
            incidentUpdates: updates.reversed(),
            components: incident.impacts.compactMap { componentsByID[$0.componentID] },
            postmortemBody: Nullable(incident.postmortem.map { $0.markdown.trimmingWhitespace() }),
            postmortemPublishedAt: Nullable(incident.postmortem.map { time($0.date) }),
            scheduledFor: isMaintenance ? Nullable(incident.scheduledStart.map(time)) : nil,
            scheduledUntil: isMaintenance ? Nullable(incident.scheduledEnd.map(time)) : nil)
    }
}

private extension StatuspageAPIRenderer {
    func affectedComponents(
        _ incident: Incident, from old: (ComponentImpact) -> ComponentStatus, to new: (ComponentImpact) -> ComponentStatus
    ) -> [StatuspageAffectedComponent]? {
        guard !incident.impacts.isEmpty else { return nil }
        return incident.impacts.map { impact in
            StatuspageAffectedComponent(
                code: impact.componentID, name: componentsByID[impact.componentID]?.name ?? impact.componentID,
                oldStatus: old(impact).rawValue, newStatus: new(impact).rawValue)
        }
    }

    /// Components and groups in statusmark.yml's order, each group just before its components. A component was
    /// "created" at its `start_date`, or else when the site's history begins (its oldest incident), and "updated"
    /// at the latest start or end of an incident that affected it.
    static func components(model: StatusModel, selection: StatuspageSelection, pageID: String) -> [StatuspageComponent] {
        let zone = model.configuration.timeZone
        func time(_ date: Date) -> String { InstantFormat.statuspage(date, zone: zone) }
        let changes = selection.changes
        let historyStart = selection.earliest ?? model.now
        let configured = model.configuration.components
        var groupIDs: [String: String] = [:]
        var taken = Set(configured.map(\.id))
        for name in configured.compactMap(\.group) where groupIDs[name] == nil {
            var id = "group-" + Slug.make(from: name)
            var suffix = 2
            while taken.contains(id) {
                id = "group-\(Slug.make(from: name))-\(suffix)"
                suffix += 1
            }
            taken.insert(id)
            groupIDs[name] = id
        }

        func entry(_ component: Component) -> StatuspageComponent {
            let created = component.startDate ?? historyStart
            return StatuspageComponent(
                id: component.id, name: component.name,
                status: (model.summary.componentStatuses[component.id] ?? .operational).rawValue,
                createdAt: time(created), updatedAt: time(max(created, changes[component.id] ?? created)),
                position: 0, description: Nullable(component.description), showcase: true,
                startDate: Nullable(component.startDate.map { CivilDate($0, in: zone).description }),
                groupID: Nullable(component.group.flatMap { groupIDs[$0] }), pageID: pageID, group: false,
                onlyShowIfDegraded: false, components: nil)
        }

        var result: [StatuspageComponent] = []
        var emittedGroups = Set<String>()
        for component in configured {
            if let group = component.group, let id = groupIDs[group], emittedGroups.insert(group).inserted {
                let members = configured.filter { $0.group == group }.map(entry)
                let worst = members.map { ComponentStatus(rawValue: $0.status) ?? .operational }.max() ?? .operational
                result.append(
                    StatuspageComponent(
                        id: id, name: group, status: worst.rawValue,
                        createdAt: members.map(\.createdAt).min() ?? time(historyStart),
                        updatedAt: members.map(\.updatedAt).max() ?? time(historyStart), position: 0,
                        description: Nullable(nil), showcase: false, startDate: Nullable(nil), groupID: Nullable(nil),
                        pageID: pageID, group: true, onlyShowIfDegraded: false, components: members.map(\.id)))
                result += members
            } else if component.group == nil {
                result.append(entry(component))
            }
        }
        for index in result.indices { result[index].position = index + 1 }
        return result
    }

    /// Statuspage names zones by IANA id; a fixed offset of whole hours is `Etc/GMT-2` (the sign is inverted by
    /// POSIX convention), any other `UTC+05:30`.
    static func zoneName(_ zone: ZoneReference) -> String {
        switch zone {
        case .region(let timeZone): return timeZone.identifier
        case .fixed(let seconds) where seconds == 0: return "Etc/UTC"
        case .fixed(let seconds) where seconds % 3600 == 0:
            return "Etc/GMT\(seconds > 0 ? "-" : "+")\(abs(seconds) / 3600)"
        case .fixed(let seconds):
            let minutes = abs(seconds) / 60
            return "UTC\(seconds < 0 ? "-" : "+")\(CivilDate.pad(minutes / 60, 2)):\(CivilDate.pad(minutes % 60, 2))"
        }
    }
}
