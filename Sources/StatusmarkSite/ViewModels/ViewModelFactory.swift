import Foundation
internal import StatusmarkMustache
import StatusmarkCore
import StatusmarkVersion

/// Makes the pages' view models from the computed model: every string a template shows is made here, so
/// templates hold no logic.
///
/// Its methods are handed to `map` in a closure (`map { update($0) }`), not by name (`map(update)`): a method
/// named as a value is bound to a copy of the factory, which retains and releases each of its fields, and an
/// incident page made that way copied it several times.
struct ViewModelFactory: Sendable {
    let model: StatusModel
    let links: SiteLinks
    let formatting: DisplayFormatting
    /// Asset links by key (`style_css`).
    let assets: [String: String]
    /// What the passes over every record read of each, at the records' places (``RecordRow``).
    let rows: [RecordRow]
    /// The records that pages name by slug, and those of each component, newest first: one pass over the records
    /// instead of one per component page.
    let index: RecordIndex
    /// Uptime by component id.
    let uptimeByComponent: [String: ComponentUptime]
    /// What every page's layout shows; the same for all pages, so made once.
    let site: ViewModelBox<SiteViewModel>
    /// Each update status's word in the site's language, looked up once for the many updates.
    let statusWords: [UpdateStatus: String]
    /// Incident summaries made beforehand, by record identity: the renderer makes each once, since the history and the
    /// component pages list the same incidents.
    var summaries = MemoTable<ObjectIdentifier, IncidentSummaryViewModel.Made>()
    /// Components with their uptime bars, by id, made beforehand: the home page and each component's page
    /// show the same ninety days.
    var components: [String: ViewModelBox<ComponentViewModel>] = [:]
    /// Each component's reliability figures, by id, made beforehand: its page and the API show them.
    var reliabilities: [String: (recent: ReliabilityFigures, allTime: ReliabilityFigures)] = [:]

    /// - Parameter rows: The records' rows (``RecordRow/rows(_:components:)``, or the memo's).
    init(model: StatusModel, links: SiteLinks, assets: [String: String], rows: [RecordRow]) {
        self.model = model
        self.rows = rows
        self.links = links
        let formatting = DisplayFormatting(zone: model.configuration.timeZone, translation: model.translation)
        let t = formatting.translation
        self.statusWords = Dictionary(uniqueKeysWithValues: UpdateStatus.allCases.map { ($0, t.text("updates.\($0.rawValue)")) })
        self.formatting = formatting
        self.assets = assets
        self.index = RecordIndex(
            records: model.records, rows: rows, components: model.configuration.components, named: RecordIndex.named(in: model))
        var uptime: [String: ComponentUptime] = [:]
        for entry in model.uptime { uptime[entry.componentID] = entry }
        self.uptimeByComponent = uptime
        let configuration = model.configuration
        let now = Int(model.now.timeIntervalSince1970.rounded(.down))
        self.site = ViewModelBox(SiteViewModel(
            title: configuration.title, description: configuration.description, homeURL: links.home,
            historyURL: links.history(page: 1), assets: assets, generated: formatting.time(model.now),
            language: t.tag, direction: t.direction, words: ViewModelBox(TranslationViewModel(translation: t)),
            durationWords: formatting.durationWords,
            zoneName: DisplayFormatting.zoneName(configuration.timeZone.offset(at: now)),
            feeds: [
                ViewModelBox(FeedLinkViewModel(
                    format: "Atom", title: t.text("layout.feed_title", ["site": configuration.title, "format": "Atom"]), type: "application/atom+xml",
                    url: links.file(SiteLinks.atomFeedPath))),
                ViewModelBox(FeedLinkViewModel(
                    format: "RSS", title: t.text("layout.feed_title", ["site": configuration.title, "format": "RSS"]), type: "application/rss+xml",
                    url: links.file(SiteLinks.rssFeedPath))),
                ViewModelBox(FeedLinkViewModel(
                    format: "JSON Feed", title: t.text("layout.feed_title", ["site": configuration.title, "format": "JSON Feed"]), type: "application/feed+json",
                    url: links.file(SiteLinks.jsonFeedPath))),
            ],
            componentFeeds: configuration.components.map { component in
                ViewModelBox(FeedLinkViewModel(
                    format: "Atom", title: component.name, type: "application/atom+xml",
                    url: links.file(SiteLinks.componentFeedPath(component.id))))
            },
            subscribe: Self.subscribeLinks(configuration.subscribe, t),
            calendarURL: links.file(SiteLinks.calendarPath), apiURL: links.file("api/v2/summary.json"),
            searchURL: links.file(SearchIndexRenderer.path),
            generator: StatusmarkVersion.generator))
    }
}

extension ViewModelFactory {
    /// How many incidents a page of the history, or of a component's incidents, lists at most.
    static let listPageSize = 100

    /// How many pages a list of `count` incidents takes, at least one (an empty list has one, empty, page).
    static func pageCount(_ count: Int) -> Int {
        max(1, (count + listPageSize - 1) / listPageSize)
    }

    /// Page `number` (from 1) of a list of incidents.
    static func page<Element>(_ number: Int, of list: [Element]) -> ArraySlice<Element> {
        let first = min((number - 1) * listPageSize, list.count)
        return list[first..<min(first + listPageSize, list.count)]
    }
    /// How many days back the home page lists past incidents.
    static let recentDays = 14

    /// A page around its content; `link` is `nil` for a page without a canonical URL (404.html).
    func page(title: String, link: String?, section: String = "", content: any PageContent) -> PageViewModel {
        PageViewModel(
            site: site, title: title, canonicalURL: link.map { links.absolute($0) }, section: section, content: content)
    }

    /// The incident as listed on the home, history and component pages.
    func summary(_ record: IncidentRecord) -> ViewModelBox<IncidentSummaryViewModel> {
        summaries.peek(record.identity)?.viewModel ?? makeSummary(record)
    }

    func makeSummary(_ record: IncidentRecord) -> ViewModelBox<IncidentSummaryViewModel> {
        let incident = record.incident
        let facts = record.facts
        let isMaintenance = incident.kind == .maintenance
        let severity =
            switch incident.kind {
            case .incident: StatusViewModel(facts.severity.effective, t)
            case .maintenance: StatusViewModel(key: "maintenance", label: t.text("severity.maintenance"))
            case .notice: StatusViewModel(key: "notice", label: t.text("severity.notice"))
            }
        return ViewModelBox(IncidentSummaryViewModel(
            title: incident.title, url: links.incident(incident.slug), isMaintenance: isMaintenance,
            isNotice: incident.kind == .notice,
            status: statusWord(facts.status), statusKey: facts.status.rawValue, severity: ViewModelBox(severity),
            start: formatting.time(isMaintenance ? incident.scheduledStart ?? facts.start : facts.start),
            end: (isMaintenance ? incident.scheduledEnd ?? facts.end : facts.end).map { formatting.time($0) },
            duration: duration(incident, facts),
            isOngoing: isOngoing(facts), severityWhy: severityWhy(facts),
            components: incident.impacts.map { componentName($0.componentID) }.joined(separator: ", "),
            latestUpdate: incident.updates.last.map { update($0) }))
    }

    /// `ongoing for more than 4 h` (`lasted …` once over) when `escalate_after` raised the computed severity
    /// shown; `nil` otherwise.
    func severityWhy(_ facts: IncidentFacts) -> String? {
        guard facts.severity.declared == nil else { return nil }
        for case .duration(_, let threshold, _, _) in facts.severity.reasons {
            return t.text(
                isOngoing(facts) ? "severity.ongoing_longer" : "severity.lasted_longer",
                ["duration": formatting.duration(threshold)])
        }
        return nil
    }

    /// How long it lasted or has lasted; for a maintenance not yet begun, its planned window (`2 h planned`).
    func duration(_ incident: Incident, _ facts: IncidentFacts) -> String {
        if facts.maintenancePhase == .scheduled, let start = incident.scheduledStart, let end = incident.scheduledEnd {
            return t.text("durations.planned", ["duration": formatting.duration(Int(end.timeIntervalSince(start).rounded()))])
        }
        return formatting.duration(facts.durationSeconds)
    }

    func update(_ update: IncidentUpdate) -> ViewModelBox<UpdateViewModel> {
        ViewModelBox(UpdateViewModel(
            status: statusWord(update.status), statusKey: update.status.rawValue, time: formatting.time(update.date),
            html: update.html))
    }

    /// Whether an incident is open and under way now (not closed, not yet to come).
    func isOngoing(_ facts: IncidentFacts) -> Bool {
        !facts.isClosed && facts.isOngoing(at: model.now)
    }

    /// The site's words.
    var t: Translation { formatting.translation }

    /// An update's status word in the site's language: `Identified`, `Identifiziert`.
    func statusWord(_ status: UpdateStatus) -> String {
        statusWords[status] ?? status.title
    }

    func componentName(_ id: String) -> String {
        model.configuration.component(id: id)?.name ?? id
    }

    func records(_ slugs: [String]) -> [IncidentRecord] {
        slugs.compactMap { index.bySlug[$0] }
    }

    /// The subscribe block's links besides the feeds, in a fixed order, titled by what they are.
    static func subscribeLinks(_ links: SubscribeLinks, _ t: Translation) -> [ViewModelBox<LinkViewModel>] {
        [
            (links.mailingList, "mailing_list"), (links.slack, "slack"), (links.teams, "teams"), (links.chatBot, "chat_bot"),
        ].compactMap { url, key in url.map { ViewModelBox(LinkViewModel(title: t.text("layout.\(key)"), url: $0)) } }
    }
}
