import Foundation
public import StatusmarkCore
public import StatusmarkSite

/// Writes announcements as messages in the site's language, with the words and times of its pages.
public struct MessageComposer: Sendable {
    public let model: StatusModel
    public let links: SiteLinks
    private let format: DisplayFormatting
    private let records: [String: IncidentRecord]

    public init(model: StatusModel, links: SiteLinks) {
        self.model = model
        self.links = links
        format = DisplayFormatting(zone: model.configuration.timeZone, translation: model.translation)
        var records: [String: IncidentRecord] = [:]
        for record in model.records where records[record.incident.slug] == nil { records[record.incident.slug] = record }
        self.records = records
    }

    /// The message of an announcement the planner found in this model.
    public func message(_ announcement: Announcement) -> NotifyMessage? {
        guard let record = records[announcement.slug] else { return nil }
        let t = format.translation
        let incident = record.incident
        let isMaintenance = incident.kind == .maintenance
        let update = announcement.updateIndex.flatMap { incident.updates.indices.contains($0) ? incident.updates[$0] : nil }
        let status: String
        let markdown: String
        let html: String
        if announcement.event == .postmortemPublished, let postmortem = incident.postmortem {
            status = t.text("updates.postmortem")
            markdown = postmortem.markdown
            html = postmortem.html
        } else if let update {
            status = t.text("updates.\(update.status.rawValue)")
            markdown = update.markdown
            html = update.html
        } else {
            status = t.text("updates.scheduled")
            markdown = incident.summaryMarkdown
            html = incident.summaryHTML
        }
        let headline = t.text("notify.\(announcement.event.rawValue)", ["title": incident.title, "status": status])
        let affected = model.configuration.components.filter { component in
            incident.impacts.contains { $0.componentID == component.id }
        }
        let names = affected.map(\.name)
        var window: String?
        if isMaintenance, let start = incident.scheduledStart, let end = incident.scheduledEnd {
            window = t.text("notify.window", ["start": format.timeText(start), "end": format.timeText(end)])
        }
        return NotifyMessage(
            announcement: announcement, site: model.configuration.title, host: links.host, title: incident.title,
            headline: headline, status: status, componentIDs: affected.map(\.id),
            affected: names.isEmpty ? nil : t.text("notify.affected", ["components": names.joined(separator: ", ")]),
            time: format.timeText(announcement.date), window: window, markdown: markdown.trimmingWhitespace(),
            plainText: MarkdownText.plain(markdown), html: html, link: links.absolute(links.incident(incident.slug)),
            linkText: t.text(isMaintenance ? "feeds.read_maintenance" : "feeds.read_incident"),
            impact: isMaintenance ? "maintenance" : record.facts.severity.effective.rawValue,
            unsubscribeText: t.text("notify.unsubscribe"),
            // The record's first message: its first update's, or the schedule's for maintenance without one.
            threadKey: incident.updates.isEmpty ? "\(incident.slug)-scheduled" : "\(incident.slug)-1")
    }
}
