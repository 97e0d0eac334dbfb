import Foundation
import StatusmarkCore

extension ViewModelFactory {
    /// The indices of the records in feed order: latest update newest first, then by slug. Sorted once for all
    /// the feeds.
    func feedOrder() -> [Int] {
        model.records.sortOrder(by: \.facts.lastUpdated, descending: true, then: \.incident.slug)
    }

    /// What each component's feed lists: the first `feed_limit` records in feed order that affect it, by component
    /// id. One pass for every component, which ends once each has its fill.
    /// - Parameter order: The records' positions in ``feedOrder()``.
    func componentFeedRecords(order: [Int]) -> [String: [IncidentRecord]] {
        let limit = model.configuration.feedLimit
        var lists: [String: [IncidentRecord]] = [:]
        for component in model.configuration.components { lists[component.id] = [] }
        var unfilled = limit > 0 ? lists.count : 0
        for position in order {
            guard unfilled > 0 else { break }
            let record = model.records[position]
            for id in RecordIndex.componentIDs(record.incident) {
                guard let count = lists[id]?.count, count < limit else { continue }
                lists[id]?.append(record)
                if count + 1 == limit { unfilled -= 1 }
            }
        }
        return lists
    }

    /// The site's feed, or one component's: incidents and maintenance in feed order, at most `feed_limit` of them.
    /// - Parameter entries: What the feed lists: the entries (``feedEntry(_:)``) of the site's first `feed_limit`
    ///   records in ``feedOrder()``, or of ``componentFeedRecords(ordered:)``'s for the component.
    func feedChannel(component: Component? = nil, entries: [FeedEntry]) -> FeedChannel {
        let configuration = model.configuration
        let title = component.map { "\(configuration.title): \($0.name)" } ?? configuration.title
        let description =
            component.map { t.text("feeds.component_description", ["name": $0.name, "site": configuration.title]) }
            ?? configuration.description ?? t.text("feeds.description", ["site": configuration.title])
        let page = component.map { links.component($0.id) } ?? links.home
        return FeedChannel(
            title: title, description: description, pageURL: links.absolute(page),
            updated: entries.first?.updated ?? model.now, entries: entries)
    }

    /// An entry: the latest update (or the postmortem, when it came last), what it affects, and a link.
    func feedEntry(_ record: IncidentRecord) -> FeedEntry {
        let incident = record.incident
        let url = links.absolute(links.incident(incident.slug))
        var html = ""
        if let postmortem = incident.postmortem, postmortem.date >= (incident.updates.last?.date ?? .distantPast) {
            html += feedHeading(statusWord(.postmortem), at: postmortem.date) + postmortem.html
        } else if let latest = incident.updates.last {
            html += feedHeading(statusWord(latest.status), at: latest.date) + latest.html
        }
        let affected = affectedComponents(incident)
        switch incident.kind {
        case .notice:
            break
        case .maintenance:
            if let start = incident.scheduledStart, let end = incident.scheduledEnd {
                let from = formatting.time(start)
                let to = formatting.time(end)
                // A window on one day gives its date once, as the pages do.
                let window = t.text("feeds.scheduled", ["from": from.text, "to": to.day == from.day ? to.clock : to.text])
                html += "<p>\(XMLText.escape(window))</p>\n"
            }
            if !affected.isEmpty { html += "<p>\(XMLText.escape(t.text("feeds.affected", ["components": affected])))</p>\n" }
        case .incident:
            let severity = StatusViewModel(record.facts.severity.effective, t).label
            html += "<p>\(XMLText.escape(t.text("feeds.severity", ["severity": severity])))"
            if !affected.isEmpty { html += " \(XMLText.escape(t.text("feeds.affected", ["components": affected])))" }
            html += "</p>\n"
        }
        let read = XMLText.escape(t.text("feeds.read_\(incident.kind.rawValue)"))
        html += "<p><a href=\"\(XMLText.escape(url))\">\(read)</a></p>\n"
        return FeedEntry(
            url: url, title: incident.title, published: incident.updates.first?.date ?? record.facts.start,
            updated: record.facts.lastUpdated, contentHTML: html,
            categories: incident.impacts.map { FeedEntry.Category(term: $0.componentID, label: componentName($0.componentID)) })
    }

    private func feedHeading(_ status: String, at date: Date) -> String {
        let time = formatting.time(date)
        return "<p><strong>\(status)</strong> · <time datetime=\"\(time.iso)\">\(time.text)</time></p>\n"
    }
}

extension ViewModelFactory {
    /// A maintenance's calendar description, in plain text: what it affects, its latest update as written, and
    /// the page's address.
    func calendarDescription(_ record: IncidentRecord) -> String {
        let incident = record.incident
        var parts: [String] = []
        if !incident.impacts.isEmpty {
            parts.append(t.text("feeds.affected", ["components": affectedComponents(incident)]))
        }
        if let latest = incident.updates.last {
            parts.append("\(statusWord(latest.status)): \(latest.markdown.trimmingWhitespace())")
        }
        parts.append(links.absolute(links.incident(incident.slug)))
        return parts.joined(separator: "\n\n")
    }
}

extension ViewModelFactory {
    /// `Calling (partial outage), SMS (degraded performance)`.
    func affectedComponents(_ incident: Incident) -> String {
        incident.impacts.map { "\(componentName($0.componentID)) (\(t.text("bar.level_\($0.level.rawValue)")))" }
            .joined(separator: ", ")
    }
}
