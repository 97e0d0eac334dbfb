import Foundation
internal import StatusmarkMustache
public import StatusmarkCore

/// Renders the whole site for a model: every page through the theme's templates, the fingerprinted assets and
/// the static files. It returns files and diagnostics; given a staging folder, it writes each page into it as
/// soon as the page is rendered, so that a large site's pages are never all in memory at once.
public struct SiteRenderer: Sendable {
    public let theme: Theme
    public let templates: TemplateLibrary
    public let links: SiteLinks

    public init(theme: Theme, templates: TemplateLibrary, links: SiteLinks) {
        self.theme = theme
        self.templates = templates
        self.links = links
    }
}

extension SiteRenderer {
    /// The site's files sorted by path, or diagnostics that say why it cannot be built.
    /// - Parameters:
    ///   - memo: The preview's memo of earlier builds' results (``RenderMemo``), which decides which results
    ///     may be taken again; `nil` makes every one. The steps are the same either way.
    ///   - staging: Where to write the HTML pages as they are rendered (a build's; not with a memo). Those pages
    ///     are then listed in `staged`, sorted, and left out of `files`. With an error, what was staged is not
    ///     to be published.
    ///
    /// Pages are rendered on every core; the files do not depend on how they were shared out.
    nonisolated(nonsending) func render(
        _ model: StatusModel, memo: inout RenderMemo?, staging: StagingFolder? = nil
    ) async -> (files: [RenderedFile], staged: [String], diagnostics: [Diagnostic]) {
        precondition(memo == nil || staging == nil, "the preview keeps its pages in memory")
        // A model made without the theme's translations (by a caller that has no theme) is shown in English.
        var model = model
        if model.translation.messages.isEmpty { model.translation = Theme.builtInEnglish }
        memo?.begin(RenderMemo.Context(configuration: model.configuration, now: model.now, baseURL: links.baseURL, theme: theme))
        var output = OutputCollector()
        output.reserveCapacity(model.records.count + 512)
        let themeFiles = addThemeFiles(to: &output)
        let factory = await makeFactory(model, assets: themeFiles.assetLinks, memo: &memo)
        // Badges, feeds, the API, the search index and the calendar are made on another task while the pages are
        // listed and rendered.
        let fileMemo = Handoff(memo != nil ? memo!.takeFiles() : nil)
        async let machineReadable = machineReadableFiles(factory, memo: fileMemo)
        let (head, tail) = listPages(factory, memo: &memo)
        let incidents = incidentPageList(factory, memo: &memo)
        let sitemap = makeSitemap(
            Self.sitemapEntries(head) + incidents.map { SitemapRenderer.Entry(link: $0.link, modified: $0.modified) }
                + Self.sitemapEntries(tail),
            memo: &memo)
        let listed = head + tail
        let renderedLists = await renderPages(listed, factory, memo: &memo, staging: staging)
        let renderedIncidents = await renderIncidentPages(incidents, factory, memo: &memo, staging: staging)
        memo?.renderedPaths = (renderedLists.paths + renderedIncidents.paths).sorted()
        addPages(head, renderedLists.pages[..<head.count], to: &output)
        addIncidentPages(incidents, renderedIncidents.pages, to: &output)
        addPages(tail, renderedLists.pages[head.count...], to: &output)
        addRedirects(model, pages: listed, themeRules: themeFiles.redirects, to: &output)
        let (other, madeFiles) = await machineReadable
        output.add(other)
        output.add(sitemap)
        if let madeFiles { memo?.files = madeFiles }
        addHeaders(fingerprinted: themeFiles.fingerprinted, to: &output, memo: &memo)
        let files = sortedFiles(&output, memo: &memo)
        guard !output.diagnostics.hasErrors else { return ([], [], output.diagnostics) }
        guard !output.stagedPaths.isEmpty else { return (files, [], output.diagnostics) }
        var unstaged: [RenderedFile] = []
        var staged: [String] = []
        staged.reserveCapacity(output.stagedPaths.count)
        for file in files {
            if output.stagedPaths.contains(file.path) { staged.append(file.path) } else { unstaged.append(file) }
        }
        return (unstaged, staged, output.diagnostics)
    }

    /// A build's render: every result made, none kept.
    nonisolated(nonsending) public func render(
        _ model: StatusModel, staging: StagingFolder? = nil
    ) async -> (files: [RenderedFile], staged: [String], diagnostics: [Diagnostic]) {
        var memo: RenderMemo?
        return await render(model, memo: &memo, staging: staging)
    }
}

private extension SiteRenderer {
    /// A page other than an incident's.
    struct Page: Sendable {
        var path: String
        var template: String
        /// Makes the page's view model, on the task that renders it.
        var viewModel: @Sendable (ViewModelFactory) -> PageViewModel
        /// The page's link, for the sitemap; `nil` for 404.html.
        var link: String?
        /// When what the page shows last changed.
        var modified: Date
    }

    /// An incident's page: its record and when it last changed, and either the memo's page for the record or the
    /// link and output path to render it at.
    struct IncidentPage: Sendable {
        var record: IncidentRecord
        var modified: Date
        var made: RenderMemo.IncidentPage?
        private var newLink = ""
        private var newPath = ""

        init(record: IncidentRecord, modified: Date, made: RenderMemo.IncidentPage) {
            self.record = record
            self.modified = modified
            self.made = made
        }

        init(record: IncidentRecord, modified: Date, link: String, path: String) {
            self.record = record
            self.modified = modified
            newLink = link
            newPath = path
        }

        var link: String { made?.link ?? newLink }
        var path: String { made?.path ?? newPath }
    }

    /// A page's bytes, and what the memo keeps of it.
    struct RenderedPage: Sendable {
        var bytes: [UInt8]
        /// The view model it was rendered from (pages other than incidents'), for the memo.
        var viewModel: PageViewModel?
        /// Whether the bytes were taken from the memo.
        var isReused: Bool
        /// Whether the page is written into the staging folder already, so that `bytes` is empty.
        var isStaged = false
    }

    /// The theme's assets, fingerprinted, and its static files; the links to the assets by key (`style_css`); and
    /// the theme's own redirect rules, which go first in the site's `_redirects` (``RedirectRenderer``).
    func addThemeFiles(
        to output: inout OutputCollector
    ) -> (assetLinks: [String: String], fingerprinted: Set<String>, redirects: [UInt8]?) {
        var assetLinks: [String: String] = [:]
        var fingerprinted: Set<String> = []
        for asset in theme.files(under: "assets") {
            let path = Fingerprint.name(asset.path, bytes: asset.bytes)
            let key = String(asset.path.dropFirst("assets/".count)).map { $0 == "." || $0 == "/" || $0 == "-" ? "_" : $0 }
            assetLinks[String(key)] = links.file(path)
            fingerprinted.insert(path)
            output.add(RenderedFile(path: path, bytes: asset.bytes), from: asset.displayPath)
        }
        var redirects: [UInt8]?
        for file in theme.files(under: "static") {
            if file.path == "static/_redirects" {
                redirects = file.bytes
                continue
            }
            output.add(RenderedFile(path: String(file.path.dropFirst("static/".count)), bytes: file.bytes), from: file.displayPath)
        }
        return (assetLinks, fingerprinted, redirects)
    }

    /// The view models' factory, with what many pages share made once: the components with their uptime bars
    /// (taken from the memo for the same uptime, status and incidents), their reliability figures (for the same
    /// records), and every incident's summary (for the same record; the history and the component pages list the
    /// same incidents). Summaries to make are made on every core.
    func makeFactory(_ model: StatusModel, assets: [String: String], memo: inout RenderMemo?) async -> ViewModelFactory {
        var factory = ViewModelFactory(model: model, links: links, assets: assets, rows: rows(model, memo: &memo))
        for component in model.configuration.components {
            let uptime = factory.uptimeByComponent[component.id]
            let input = RenderMemo.ComponentInput(
                uptime: uptime, status: model.summary.componentStatuses[component.id],
                incidents: (uptime?.days ?? []).flatMap { factory.records($0.incidents).map(\.identity) })
            let make = { [factory] in factory.makeComponent(component) }
            factory.components[component.id] = memo?.components.value(for: component.id, input: input, make) ?? make()
            let records = (factory.index.byComponent[component.id] ?? []).map { model.records[$0].identity }
            let figures = { [factory] in factory.makeReliability(component) }
            factory.reliabilities[component.id] =
                memo?.reliabilities.value(for: component.id, input: records, figures) ?? figures()
        }
        var summaries = MemoTable<ObjectIdentifier, IncidentSummaryViewModel.Made>()
        if memo != nil { swap(&summaries, &memo!.summaries) }
        var missing: [Int] = []
        for index in model.records.indices where !summaries.contains(model.records[index].identity, at: index) {
            missing.append(index)
        }
        let made = await missing.concurrentMap(batch: 256) { [factory] in factory.makeSummary(model.records[$0]) }
        for (index, summary) in zip(missing, made) {
            let record = model.records[index]
            summaries.store(IncidentSummaryViewModel.Made(record: record, viewModel: summary), for: record.identity, at: index)
        }
        factory.summaries = summaries
        memo?.summaries = summaries
        return factory
    }

    /// The records' rows (``RecordRow``), each taken from the memo for the same record (the configuration, whose
    /// components' places the rows hold, is part of the memo's context).
    func rows(_ model: StatusModel, memo: inout RenderMemo?) -> [RecordRow] {
        guard memo != nil else { return RecordRow.rows(model.records, components: model.configuration.components) }
        let records = model.records
        var places: [String: Int]?
        var rows: [RecordRow] = []
        rows.reserveCapacity(records.count)
        for index in records.indices {
            let record = records[index]
            if let row = memo!.rows.value(for: record.identity, at: index, \.row) {
                rows.append(row)
                continue
            }
            if places == nil { places = RecordRow.places(of: model.configuration.components) }
            let row = RecordRow(record, places: places!)
            memo!.rows.store((record, row), for: record.identity, at: index)
            rows.append(row)
        }
        return rows
    }

    /// The pages' bytes, in the pages' order: taken from the memo when the page's view model is the one it was
    /// made from, else rendered on every core. `nil` for a page whose template is missing or never ends.
    /// - Returns: The pages, and the paths of those rendered.
    func renderPages(
        _ pages: [Page], _ factory: ViewModelFactory, memo: inout RenderMemo?, staging: StagingFolder?
    ) async -> (pages: [RenderedPage?], paths: [String]) {
        let earlier = memo?.pages ?? MemoTable()
        let keepsViewModels = memo != nil
        let templates = templates
        let rendered = await pages.concurrentMap(batch: 4, state: { staging?.makeWriter() }) {
            [factory] writer, page -> RenderedPage? in
            let viewModel = page.viewModel(factory)
            if let earlier = earlier.peek(page.path), earlier.viewModel == viewModel {
                return RenderedPage(bytes: earlier.bytes, viewModel: viewModel, isReused: true)
            }
            guard let bytes = templates.render(viewModel, template: page.template) else { return nil }
            return Self.rendered(bytes, at: page.path, staging: staging, writer: &writer, keeping: keepsViewModels ? viewModel : nil)
        }
        var paths: [String] = []
        for (page, result) in zip(pages, rendered) {
            guard let result else { continue }
            if !result.isReused { paths.append(page.path) }
            if let viewModel = result.viewModel {
                memo?.pages.store(RenderMemo.Page(viewModel: viewModel, bytes: result.bytes), for: page.path)
            }
        }
        return (rendered, paths)
    }

    /// The incidents' pages' bytes, in the records' order: taken from the memo for the same record, else
    /// rendered on every core.
    func renderIncidentPages(
        _ pages: [IncidentPage], _ factory: ViewModelFactory, memo: inout RenderMemo?, staging: StagingFolder?
    ) async -> (pages: [RenderedPage?], paths: [String]) {
        let missing = pages.indices.filter { pages[$0].made == nil }
        let templates = templates
        let made = await missing.map { pages[$0] }.concurrentMap(batch: 4, state: { staging?.makeWriter() }) {
            [factory] writer, page -> RenderedPage? in
            let viewModel = factory.page(title: page.record.incident.title, link: page.link, content: factory.incidentPage(page.record))
            guard let bytes = templates.render(viewModel, template: "incident") else { return nil }
            return Self.rendered(bytes, at: page.path, staging: staging, writer: &writer, keeping: nil)
        }
        var rendered = pages.map { page in page.made.map { RenderedPage(bytes: $0.bytes, viewModel: nil, isReused: true) } }
        var paths: [String] = []
        paths.reserveCapacity(missing.count)
        for (index, result) in zip(missing, made) {
            rendered[index] = result
            guard let result else { continue }
            let page = pages[index]
            paths.append(page.path)
            memo?.incidentPages.store(
                RenderMemo.IncidentPage(record: page.record, link: page.link, path: page.path, bytes: result.bytes),
                for: page.record.identity, at: index)
        }
        return (rendered, paths)
    }

    /// A rendered page: written into the staging folder at once when there is one (a path that is not safe is
    /// kept back, for the diagnostic when the page is added), else kept in memory.
    static func rendered(
        _ bytes: [UInt8], at path: String, staging: StagingFolder?, writer: inout FileTreeWriter?,
        keeping viewModel: PageViewModel?
    ) -> RenderedPage {
        if let staging, writer != nil, RenderedFile.isSafe(path) {
            staging.write(RenderedFile(path: path, bytes: bytes), with: &writer!)
            return RenderedPage(bytes: [], viewModel: nil, isReused: false, isStaged: true)
        }
        return RenderedPage(bytes: bytes, viewModel: viewModel, isReused: false)
    }

    /// Adds the pages to the output, in the pages' order; a page that could not be rendered is a diagnostic.
    func addPages(_ pages: [Page], _ rendered: ArraySlice<RenderedPage?>, to output: inout OutputCollector) {
        var origin = (template: "", text: "")
        for (page, result) in zip(pages, rendered) {
            if origin.template != page.template { origin = (page.template, "the \(page.template) template") }
            add(result, at: page.path, template: page.template, origin: origin.text, to: &output)
        }
    }

    /// By index, so that each page and its bytes are read in place: zipping the arrays copied every element.
    func addIncidentPages(_ pages: [IncidentPage], _ rendered: [RenderedPage?], to output: inout OutputCollector) {
        for index in pages.indices {
            add(rendered[index], at: pages[index].path, template: "incident", origin: "the incident template", to: &output)
        }
    }

    func add(
        _ result: RenderedPage?, at path: String, template: String, origin: String, to output: inout OutputCollector
    ) {
        guard let result else {
            let location = SourceLocation(path: "\(Theme.folderName)/\(TemplateLibrary.folder)/\(template).mustache")
            if templates.names.contains(template) {
                output.diagnostics.append(
                    .error(
                        .templateRecursion,
                        "rendering '\(path)' with this template never ends: its partials nest more than 100 deep or expand more than 200,000 times",
                        at: location, notes: [Diagnostic.Note("a partial that includes itself needs a section that ends the recursion")]))
            } else {
                output.diagnostics.append(.error(.templateMissing, "the theme has no template '\(template)'", at: location))
            }
            return
        }
        if result.isStaged {
            output.add(stagedPage: path, from: origin)
        } else {
            output.add(RenderedFile(path: path, bytes: result.bytes), from: origin)
        }
    }

    /// The redirect pages and `_redirects` of the incidents' aliases.
    func addRedirects(_ model: StatusModel, pages: [Page], themeRules: [UInt8]?, to output: inout OutputCollector) {
        let pagePaths = Dictionary(
            pages.map { ($0.path, "the \($0.template) page \($0.link ?? $0.path)") }, uniquingKeysWith: { first, _ in first })
        let made = RedirectRenderer(links: links).render(model.records, pagePaths: pagePaths, themeRules: themeRules)
        output.diagnostics += made.diagnostics
        for (file, origin) in made.files { output.add(file, from: origin) }
    }

    /// `_headers`, made from the paths of every file and which are fingerprinted; taken from the memo for the
    /// same paths (which are fingerprinted follows from the theme, part of the memo's context).
    func addHeaders(fingerprinted: Set<String>, to output: inout OutputCollector, memo: inout RenderMemo?) {
        // Made in a call of its own, which holds the paths only while it runs: held on when the file is added,
        // they would be copied whole.
        let bytes = headers(paths: output.paths, fingerprinted: fingerprinted, memo: &memo)
        output.add(RenderedFile(path: "_headers", bytes: bytes), from: "the headers file")
    }

    func headers(paths: [String], fingerprinted: Set<String>, memo: inout RenderMemo?) -> [UInt8] {
        let make = { Array(HeadersRenderer(links: links).render(paths: paths, fingerprinted: fingerprinted).utf8) }
        return memo?.files.bytes(at: "_headers", from: paths, make) ?? make()
    }

    /// The files sorted by path, in the order found for the same paths added in the same order when the memo has
    /// it.
    func sortedFiles(_ output: inout OutputCollector, memo: inout RenderMemo?) -> [RenderedFile] {
        let known = memo?.outputOrder.flatMap { $0.added == output.paths ? $0.order : nil }
        let sorted = output.sortedFiles(order: known)
        memo?.outputOrder = (output.paths, sorted.order)
        return sorted.files
    }
}

extension SiteRenderer {
    /// Badges, feeds, the search index, the API and the calendar, collected on their own, each taken from the memo
    /// when made from an equal value.
    /// - Returns: The files, and the memo with this build's results.
    func machineReadableFiles(
        _ factory: ViewModelFactory, memo handoff: Handoff<RenderMemo.FileMemo>
    ) async -> (output: OutputCollector, memo: RenderMemo.FileMemo?) {
        let model = factory.model
        let records = model.records
        var memo = handoff.take()
        var output = OutputCollector()
        addBadges(model, to: &output)
        addFeeds(factory, to: &output, memo: &memo)
        addSearchIndex(factory, to: &output, memo: &memo)
        let selection = StatuspageSelection(
            records: records, rows: factory.rows, components: model.configuration.components, now: model.now,
            upcomingSlugs: model.summary.upcomingMaintenance)
        let api = StatuspageAPIRenderer(model: model, links: links, selection: selection)
        if memo?.apiComponents != api.components {
            memo?.apiIncidents.removeAll()
            memo?.apiComponents = api.components
        }
        // An incident's JSON follows from its record and the components (and the memo's context): an update to an
        // ongoing incident encodes that one incident again, not the three files of fifty that list it.
        let files = api.files { record in
            if let earlier = memo?.apiIncidents.value(for: record.identity) { return earlier.json }
            let json = JSONOutput.fragment(api.incident(record))
            memo?.apiIncidents.store((record, json), for: record.identity)
            return json
        }
        for file in files { output.add(RenderedFile(path: file.path, bytes: file.bytes), from: "the API") }
        let zone = model.configuration.timeZone
        let reliability = ReliabilityResponse(
            page: api.page, windowDays: model.configuration.uptimeDays,
            windowStart: InstantFormat.statuspage(factory.uptimeWindowStart, zone: zone),
            components: model.configuration.components.map { component in
                let (window, allTime) = factory.reliability(component)
                return ReliabilityResponse.Component(
                    id: component.id, name: component.name, window: .init(window), allTime: .init(allTime))
            })
        output.add(RenderedFile(path: ReliabilityResponse.path, text: JSONOutput.encode(reliability)), from: "the API")
        let maintenance = records.filter { $0.incident.kind == .maintenance }.map(\.identity)
        let makeCalendar = { Array(CalendarRenderer(links: links).render(model, describe: factory.calendarDescription).utf8) }
        let calendar = memo?.bytes(at: SiteLinks.calendarPath, from: maintenance, makeCalendar) ?? makeCalendar()
        output.add(RenderedFile(path: SiteLinks.calendarPath, bytes: calendar), from: "the calendar")
        return (output, memo)
    }

    /// The sitemap and robots.txt: the sitemap taken from the memo for the same entries, else made from each
    /// entry's line, taken from the memo for the same entry.
    func makeSitemap(_ entries: [SitemapRenderer.Entry], memo: inout RenderMemo?) -> OutputCollector {
        let sitemap = SitemapRenderer(links: links)
        var output = OutputCollector()
        let file: [UInt8]
        if memo != nil {
            if let made = memo!.sitemap, made.input == entries {
                file = made.made
            } else {
                memo!.sitemapLines.advance()
                file = sitemap.render(entries) { entry in
                    memo!.sitemapLines.value(for: entry.link, input: entry) { sitemap.line(entry) }
                }
                memo!.sitemap = MemoInput(input: entries, made: file)
            }
        } else {
            file = sitemap.render(entries)
        }
        output.add(RenderedFile(path: "sitemap.xml", bytes: file), from: "the sitemap")
        output.add(RenderedFile(path: "robots.txt", text: sitemap.robots()), from: "the sitemap")
        return output
    }

    /// The badges, in English whatever the site's language: their width is measured for Latin text, and
    /// they stand beside a project's other badges, which are English too.
    func addBadges(_ model: StatusModel, to output: inout OutputCollector) {
        let badges = BadgeRenderer()
        let english = Theme.builtInEnglish
        let overall = StatusViewModel(model.summary.overall, english)
        let overallMessage = model.summary.overall == .operational ? "operational" : overall.label.lowercased()
        output.add(
            RenderedFile(path: "badge.svg", text: badges.render(label: "status", message: overallMessage, key: overall.key)),
            from: "the badges")
        for component in model.configuration.components {
            let status = StatusViewModel(model.summary.componentStatuses[component.id] ?? .operational, english)
            output.add(
                RenderedFile(
                    path: "badges/\(component.id).svg",
                    text: badges.render(label: component.name, message: status.label.lowercased(), key: status.key)),
                from: "the badges")
        }
    }

    /// The history's search index, each record's entry taken from the memo for the same record.
    func addSearchIndex(_ factory: ViewModelFactory, to output: inout OutputCollector, memo: inout RenderMemo.FileMemo?) {
        let renderer = SearchIndexRenderer()
        let configuration = factory.model.configuration
        let records = factory.model.records
        let entries = records.indices.map { index in
            let record = records[index]
            if let earlier = memo?.searchEntries.value(for: record.identity, at: index) { return earlier.entry }
            let entry = renderer.entry(
                record, url: links.incident(record.incident.slug), day: factory.formatting.dayText(of: record.facts.start),
                configuration: configuration)
            memo?.searchEntries.store((record, entry), for: record.identity, at: index)
            return entry
        }
        output.add(
            RenderedFile(
                path: SearchIndexRenderer.path,
                bytes: renderer.render(components: configuration.components.map(\.name), entries: entries)),
            from: "the search index")
    }

    /// The site's Atom, RSS and JSON feeds, and each component's Atom feed. An entry follows from its record and
    /// the memo's context, so it is taken from the memo for the same record; a feed, for the same channel.
    func addFeeds(_ factory: ViewModelFactory, to output: inout OutputCollector, memo: inout RenderMemo.FileMemo?) {
        let records = factory.model.records
        let order = factory.feedOrder()
        func entries(_ records: [IncidentRecord]) -> [FeedEntry] {
            records.map { record in
                if let earlier = memo?.feedEntries.value(for: record.identity) { return earlier.entry }
                let entry = factory.feedEntry(record)
                memo?.feedEntries.store((record, entry), for: record.identity)
                return entry
            }
        }
        let site = factory.feedChannel(entries: entries(order.prefix(factory.model.configuration.feedLimit).map { records[$0] }))
        let siteFeeds: [(String, (FeedChannel, String) -> String)] = [
            (SiteLinks.atomFeedPath, AtomFeedRenderer().render),
            (SiteLinks.rssFeedPath, RSSFeedRenderer().render),
            (SiteLinks.jsonFeedPath, JSONFeedRenderer().render),
        ]
        for (path, render) in siteFeeds {
            let make = { Array(render(site, links.absoluteFile(path)).utf8) }
            let bytes = memo?.bytes(at: path, from: site, make) ?? make()
            output.add(RenderedFile(path: path, bytes: bytes), from: "the feeds")
        }
        let componentRecords = factory.componentFeedRecords(order: order)
        for component in factory.model.configuration.components {
            let path = SiteLinks.componentFeedPath(component.id)
            let channel = factory.feedChannel(component: component, entries: entries(componentRecords[component.id] ?? []))
            let make = { Array(AtomFeedRenderer().render(channel, feedURL: links.absoluteFile(path)).utf8) }
            let bytes = memo?.bytes(at: path, from: channel, make) ?? make()
            output.add(RenderedFile(path: path, bytes: bytes), from: "the feeds")
        }
    }
}

private extension SiteRenderer {
    /// The pages other than incidents': those that go before them (home, history) and after them (components,
    /// 404), in the order they are added to the output.
    /// Their content is taken from the memo when what it shows is the same (``RenderMemo/ListPageInput``).
    func listPages(_ factory: ViewModelFactory, memo: inout RenderMemo?) -> (head: [Page], tail: [Page]) {
        let model = factory.model
        var pages: [Page] = []
        let siteModified = model.lastChange
        func page(
            _ link: String, _ template: String, _ title: String, section: String = "",
            _ content: @escaping @Sendable (ViewModelFactory) -> any PageContent
        ) {
            pages.append(
                Page(
                    path: links.outputPath(ofPage: link), template: template,
                    viewModel: { factory in
                        factory.page(title: title, link: link, section: section, content: content(factory))
                    }, link: link, modified: siteModified))
        }
        // The home page and the embed page show the same content: it is made once, here.
        let home = factory.home()
        page(links.home, "home", model.configuration.title, section: "home") { _ in home }
        let historyLinks = factory.historyPageLinks()
        for number in 1...historyLinks.count {
            let input = RenderMemo.ListPageInput(
                records: ViewModelFactory.page(number, of: model.records).map(\.identity), total: model.records.count,
                page: number, pages: historyLinks.count)
            let make = { [factory] in factory.historyPage(number, of: historyLinks) }
            let history = memo?.historyPages.value(for: number, input: input, make) ?? make()
            let title = factory.t.text(number == 1 ? "history.title" : "history.title_page", ["page": String(number)])
            page(links.history(page: number), "history", title, section: "history") { _ in history }
        }
        let head = pages
        pages = []
        for component in model.configuration.components {
            let pageLinks = factory.componentPageLinks(component)
            let positions = factory.index.byComponent[component.id] ?? []
            let figures = factory.reliabilities[component.id]
            for number in 1...pageLinks.count {
                let input = RenderMemo.ComponentPageInput(
                    component: factory.component(component), recent: figures?.recent, allTime: figures?.allTime,
                    list: RenderMemo.ListPageInput(
                        records: ViewModelFactory.page(number, of: positions).map { model.records[$0].identity },
                        total: positions.count,
                        page: number, pages: pageLinks.count))
                let make = { [factory] in factory.componentPage(component, page: number, of: pageLinks) }
                let content = memo?.componentPages.value(for: "\(component.id)/\(number)", input: input, make) ?? make()
                let title =
                    number == 1 ? component.name : factory.t.text("component.title_page", ["name": component.name, "page": String(number)])
                page(links.component(component.id, page: number), "component", title) { _ in content }
            }
        }
        // For an <iframe> on the product's own pages; it has no link, so no canonical link and no sitemap line.
        pages.append(
            Page(
                path: "embed/index.html", template: "embed",
                viewModel: { $0.page(title: model.configuration.title, link: nil, content: home) }, link: nil,
                modified: siteModified))
        // The script a product's own pages load, in the site's language.
        pages.append(
            Page(
                path: "embed.js", template: "embed.js",
                viewModel: { $0.page(title: model.configuration.title, link: nil, content: EmbedScriptViewModel($0.t)) },
                link: nil, modified: siteModified))
        pages.append(
            Page(
                path: "404.html", template: "404",
                viewModel: { $0.page(title: $0.t.text("not_found.title"), link: nil, content: NotFoundViewModel()) }, link: nil,
                modified: siteModified))
        return (head, pages)
    }

    /// The incidents' pages, in the records' order, with the link, path and bytes the memo has for the same
    /// record.
    func incidentPageList(_ factory: ViewModelFactory, memo: inout RenderMemo?) -> [IncidentPage] {
        let now = factory.model.now
        var pages: [IncidentPage] = []
        pages.reserveCapacity(factory.model.records.count)
        for (index, record) in factory.model.records.enumerated() {
            let modified = min(factory.rows[index].lastUpdated, now)
            if let made = memo?.incidentPages.value(for: record.identity, at: index), made.record.identity == record.identity {
                pages.append(IncidentPage(record: record, modified: modified, made: made))
                continue
            }
            let link = links.incident(record.incident.slug)
            pages.append(IncidentPage(record: record, modified: modified, link: link, path: links.outputPath(ofPage: link)))
        }
        return pages
    }

    /// The sitemap's entries for pages: those with a link.
    static func sitemapEntries(_ pages: [Page]) -> [SitemapRenderer.Entry] {
        pages.compactMap { page in page.link.map { SitemapRenderer.Entry(link: $0, modified: page.modified) } }
    }
}
