public import Foundation

/// Writes a realistic synthetic site, the same for the same seed: components in groups, incidents spread over
/// several years with 3 to 8 updates of a few sentences, lists and links, some postmortems with timelines, some
/// planned maintenance, and a few incidents still ongoing. For benchmarks, and to try a theme on a busy site.
public struct SampleSiteGenerator: Sendable {
    public var incidents: Int
    public var components: Int
    public var seed: UInt64
    /// The sample's "now": the last incidents are ongoing at this moment, and nothing is later.
    public var now: Date

    public init(incidents: Int, components: Int = 12, seed: UInt64 = 1, now: Date) {
        self.incidents = incidents
        self.components = components
        self.seed = seed
        self.now = now
    }

    /// The files, by path relative to the site folder: statusmark.yml and `incidents/<year>/<date>-<slug>.md`.
    public func files() -> [(path: String, text: String)] {
        var random = SeededGenerator(seed: seed)
        let componentNames = (0..<components).map { index in
            let base = Self.componentWords[index % Self.componentWords.count]
            return index < Self.componentWords.count ? base : "\(base) \(index / Self.componentWords.count + 1)"
        }
        let ids = componentNames.map { Slug.make(from: $0) }
        var files: [(path: String, text: String)] = [("statusmark.yml", configuration(componentNames))]
        let end = Int(now.timeIntervalSince1970) / 60 * 60
        let (span, step) = Self.spacing(incidents: incidents)
        var names = Set<String>()
        for index in 0..<incidents {
            let ongoing = index >= incidents - min(3, incidents / 100 + 1)
            let jitter = Int.random(in: 0..<(step / 2), using: &random) / 60 * 60
            var start = end - span + index * step + jitter
            if ongoing { start = end - (incidents - index) * 5_400 }
            let isMaintenance = !ongoing && Int.random(in: 0..<100, using: &random) < 8
            let title = Self.title(&random, maintenance: isMaintenance)
            var draft = isMaintenance
                ? maintenance(title: title, start: start, ids: ids, random: &random)
                : incident(title: title, start: start, ongoing: ongoing, end: end, ids: ids, random: &random)
            // A maintenance window near `now` may not have got to its later updates yet.
            draft.updates.removeAll { $0.date > now }
            let day = CivilDate(Date(timeIntervalSince1970: TimeInterval(start)), in: .utc)
            let stem = ImportPlan.unique("\(day)-\(Slug.make(from: title))", in: &names)
            files.append(("incidents/\(day.year)/\(stem).md", draft.render()))
        }
        return files
    }

    /// How far before `now` the incidents begin, and how far apart they start: over the five years before `now`,
    /// oldest first, at least an hour apart. More incidents than five years have hours begin earlier, so that
    /// none starts after `now` (where it could have no update yet).
    static func spacing(incidents: Int) -> (span: Int, step: Int) {
        let fiveYears = 5 * 365 * 86_400
        let step = max(3_600, fiveYears / max(incidents, 1))
        return (max(fiveYears, step * incidents), step)
    }

    func configuration(_ names: [String]) -> String {
        var lines = [
            "# A synthetic site written by 'statusmark sample' (seed \(seed)).",
            "title: Sample Status", "base_url: https://status.sample.test", "time_zone: UTC", "components:",
        ]
        for (index, name) in names.enumerated() {
            lines.append("  - name: \(name)")
            lines.append("    group: \(Self.groupWords[index % Self.groupWords.count])")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func incident(title: String, start: Int, ongoing: Bool, end: Int, ids: [String], random: inout SeededGenerator) -> IncidentDraft {
        let levels: [ComponentStatus] = [.degradedPerformance, .partialOutage, .majorOutage]
        let affected = ids.shuffled(using: &random).prefix(Int.random(in: 1...min(3, ids.count), using: &random))
        let impacts = affected.map { ComponentImpact(componentID: $0, level: levels.randomElement(using: &random)!) }
        let count = Int.random(in: 3...8, using: &random)
        var statuses: [UpdateStatus] = [.investigating]
        statuses += Array(repeating: UpdateStatus.update, count: max(0, count - 4))
        statuses += [.identified, .monitoring, .resolved].suffix(count - 1)
        var time = start + Int.random(in: 5...20, using: &random) * 60
        var updates: [IncidentDraft.Update] = []
        for status in statuses {
            if ongoing, status == .resolved { break }
            guard time <= end else { break }
            updates.append(IncidentDraft.Update(status: status, date: Date(timeIntervalSince1970: TimeInterval(time)), markdown: Self.body(&random)))
            time += Int.random(in: 5...90, using: &random) * 60
        }
        var draft = IncidentDraft(title: title, impacts: Array(impacts), started: Date(timeIntervalSince1970: TimeInterval(start)), updates: updates)
        if !ongoing, Int.random(in: 0..<100, using: &random) < 15, time + 86_400 < end {
            draft.postmortem = IncidentDraft.Update(
                status: .postmortem, date: Date(timeIntervalSince1970: TimeInterval(time + 86_400)),
                markdown: Self.postmortem(start: start, updates: updates, random: &random))
        }
        return draft
    }

    func maintenance(title: String, start: Int, ids: [String], random: inout SeededGenerator) -> IncidentDraft {
        let affected = ids.shuffled(using: &random).prefix(Int.random(in: 1...min(2, ids.count), using: &random))
        let length = Int.random(in: 1...4, using: &random) * 3_600
        let times = [start - 3 * 86_400, start, start + length / 2, start + length - 600]
        let statuses: [UpdateStatus] = [.scheduled, .inProgress, .verifying, .completed]
        let updates = zip(statuses, times).map { IncidentDraft.Update(status: $0, date: Date(timeIntervalSince1970: TimeInterval($1)), markdown: Self.body(&random)) }
        return IncidentDraft(
            title: title, kind: .maintenance, impacts: affected.map { ComponentImpact(componentID: $0, level: .underMaintenance) },
            scheduledStart: Date(timeIntervalSince1970: TimeInterval(start)),
            scheduledEnd: Date(timeIntervalSince1970: TimeInterval(start + length)), updates: updates)
    }

    static func title(_ random: inout SeededGenerator, maintenance: Bool) -> String {
        if maintenance {
            return "\(["Planned", "Scheduled", "Routine"].randomElement(using: &random)!) \(["database", "network", "storage", "certificate", "cluster"].randomElement(using: &random)!) maintenance"
        }
        let subjects = ["API requests", "Logins", "SMS delivery", "Payments", "Webhooks", "Dashboard pages", "Voice calls", "Exports", "Search", "Email notifications"]
        let problems = ["failing for some customers", "delayed", "slower than usual", "returning errors", "unavailable in Europe", "timing out", "partially degraded"]
        return "\(subjects.randomElement(using: &random)!) \(problems.randomElement(using: &random)!)"
    }

    static func body(_ random: inout SeededGenerator) -> String {
        var paragraphs: [String] = []
        for _ in 0..<Int.random(in: 1...2, using: &random) {
            paragraphs.append((0..<Int.random(in: 2...4, using: &random)).map { _ in sentences.randomElement(using: &random)! }.joined(separator: " "))
        }
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<2:
            paragraphs.append((0..<Int.random(in: 2...4, using: &random)).map { _ in "- " + listItems.randomElement(using: &random)! }.joined(separator: "\n"))
        case 2:
            paragraphs.append("Follow [the provider's status page](https://provider.example/status) for their side of it.")
        default: break
        }
        return paragraphs.joined(separator: "\n\n")
    }

    static func postmortem(start: Int, updates: [IncidentDraft.Update], random: inout SeededGenerator) -> String {
        var lines = ["### Summary", body(&random), "", "### Timeline"]
        let events = ["Detected: alerts fired", "Escalated to the on-call engineer", "Mitigated: traffic moved", "Resolved: error rates back to normal"]
        var time = start
        for (index, event) in events.enumerated() {
            time = index < updates.count ? max(time, Int(updates[index].date.timeIntervalSince1970)) : time + 600
            lines.append("- \(HeadingTimestamp.format(Date(timeIntervalSince1970: TimeInterval(time)))) — \(event)")
        }
        lines += ["", "### Root cause", body(&random), "", "### What we are changing", "- Add an alert on queue depth", "- Test failover every quarter"]
        return lines.joined(separator: "\n")
    }

    static let componentWords = ["API", "Dashboard", "Calling", "SMS", "Payments", "Webhooks", "Email", "Search", "Exports", "Login", "CDN", "Voice"]
    static let groupWords = ["Platform", "Messaging", "Billing", "Web"]
    static let sentences = [
        "We are investigating reports of elevated error rates.",
        "Some customers may see requests fail or take longer than usual.",
        "The team has identified a configuration change as the likely cause.",
        "A fix is being rolled out region by region.",
        "We are monitoring the results and will post again within the hour.",
        "Traffic has been moved to the standby cluster.",
        "No data was lost, and retried requests succeed.",
        "An upstream provider confirmed a problem on their side.",
        "Queued messages are being delivered in the order they were sent.",
        "Error rates are back to normal levels.",
    ]
    static let listItems = [
        "Requests in **eu-west** are affected", "Retries succeed after a few seconds", "Webhooks are queued, not lost",
        "Dashboards may show stale numbers", "Use `GET /v2/status` to check progress",
    ]
}
