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
    ///   - cache: Pages, summaries and files of earlier builds, reused when what they were made from is
    ///     unchanged (the preview server's; see ``PageRenderCache``).
    ///   - staging: Where to write the HTML pages as they are rendered (a build's; not with a cache). Those pages
    ///     are then listed in `staged`, sorted, and left out of `files`. With an error, what was staged is not
    ///     to be published.
    ///
    /// Pages are rendered on every core; the files do not depend on how they were shared out.
    nonisolated(nonsending) public func render(
        _ model: StatusModel, cache: PageRenderCache? = nil, staging: StagingFolder? = nil
    ) async -> (files: [RenderedFile], staged: [String], diagnostics: [Diagnostic]) {
        precondition(cache == nil || staging == nil, "the preview keeps its pages in memory")
        var output = OutputCollector()

        var assetLinks: [String: String] = [:]
        var fingerprinted: Set<String> = []
        for asset in theme.files(under: "assets") {
            let path = Fingerprint.name(asset.path, bytes: asset.bytes)
            let key = String(asset.path.dropFirst("assets/".count)).map { $0 == "." || $0 == "/" || $0 == "-" ? "_" : $0 }
            assetLinks[String(key)] = links.file(path)
            fingerprinted.insert(path)
            output.add(RenderedFile(path: path, bytes: asset.bytes), from: asset.displayPath)
        }
        var themeRedirects: [UInt8]?
        for file in theme.files(under: "static") {
            // The theme's redirect rules go first in the site's `_redirects` (``RedirectRenderer``).
            if file.path == "static/_redirects" {
                themeRedirects = file.bytes
                continue
            }
            output.add(RenderedFile(path: String(file.path.dropFirst("static/".count)), bytes: file.bytes), from: file.displayPath)
        }

        cache?.begin(PageRenderCache.Shared(configuration: model.configuration, now: model.now, baseURL: links.baseURL, theme: theme))
        let previousPages = cache?.pages ?? [:]
        // When the records are the last build's but for some replaced in place (an edit that moved no incident and
        // renamed none), only those incidents are looked at, and the last build's output is patched with their
        // pages: nothing passes over the ten thousand others.
        let last = cache?.lastOutput(for: model.records)
        let index = last.flatMap { last in
            last.output.index.patched(
                records: model.records, named: RecordIndex.named(in: model), changed: last.changed,
                previous: last.output.records)
        }
        var factory = ViewModelFactory(model: model, links: links, assets: assetLinks, index: index)
        factory.components = factory.makeComponents()
        factory.reliabilities = factory.makeReliabilities()
        let changed = last?.changed.map { model.records[$0] }
        factory.summaries = await summaries(factory, kept: cache?.takeSummaries() ?? [:], changed: changed)
        var incidentPages = cache?.takeIncidentPages() ?? [:]
        let (head, tail) = listPages(factory)
        let incidents = incidentPageList(factory, records: changed ?? model.records, previous: incidentPages)
        var incidentEntries: [SitemapRenderer.Entry]
        if let last {
            incidentEntries = last.output.sitemapIncidents
            for (index, page) in zip(last.changed, incidents) { incidentEntries[index].modified = page.modified }
        } else {
            incidentEntries = incidents.map { SitemapRenderer.Entry(link: $0.link ?? "", modified: $0.modified) }
        }
        let pages = head + incidents + tail
        // Badges, feeds, the API, the calendar and the sitemap are made on another task while the pages render.
        let sitemapEntries = Self.sitemapEntries(head) + incidentEntries + Self.sitemapEntries(tail)
        let reusable = ReusableOutput(previous: cache?.files ?? [:], keeps: cache != nil)
        let parts = cache?.machineReadableParts ?? PageRenderCache.MachineReadableParts()
        async let machineReadable = machineReadableFiles(
            factory, sitemap: sitemapEntries, reusing: reusable,
            last: last.map { ($0.output.selections, $0.output.records, $0.changed) }, parts: parts)
        let templates = templates
        let keepsViewModels = cache != nil
        // Pages taken from the cache stay on this task. Pages that list many incidents go first, so that no core
        // is left with them alone at the end.
        var rendered = pages.map { page in page.cached.map { RenderedPage(bytes: $0, viewModel: nil, isReused: true) } }
        let order = pages.indices.filter { pages[$0].record == nil }
            + pages.indices.filter { pages[$0].record != nil && pages[$0].cached == nil }
        let renderedInOrder = await order.map { pages[$0] }.concurrentMap(batch: 4, state: { staging?.makeWriter() }) {
            [factory] writer, page -> RenderedPage? in
            guard let make = page.viewModel else { return nil }
            let viewModel = make(factory)
            if page.record == nil, let earlier = previousPages[page.path], earlier.viewModel == viewModel {
                return RenderedPage(bytes: earlier.bytes, viewModel: viewModel, isReused: true)
            }
            guard let bytes = templates.render(viewModel, template: page.template) else { return nil }
            // A path that is not safe is kept back, for the diagnostic below.
            if let staging, writer != nil, RenderedFile.isSafe(page.path) {
                staging.write(RenderedFile(path: page.path, bytes: bytes), with: &writer!)
                return RenderedPage(bytes: [], viewModel: nil, isReused: false, isStaged: true)
            }
            return RenderedPage(
                bytes: bytes, viewModel: keepsViewModels && page.record == nil ? viewModel : nil, isReused: false)
        }
        for (index, page) in zip(order, renderedInOrder) { rendered[index] = page }
        var kept: [String: PageRenderCache.Page] = [:]
        var renderedPaths: [String] = []
        var origin = (template: "", text: "")
        let firstIncident = output.files.count + head.count
        for (page, result) in zip(pages, rendered) {
            guard let result else {
                let location = SourceLocation(path: "\(Theme.folderName)/\(TemplateLibrary.folder)/\(page.template).mustache")
                if templates.names.contains(page.template) {
                    output.diagnostics.append(
                        .error(
                            .templateRecursion,
                            "rendering '\(page.path)' with this template never ends: its partials nest more than 100 deep or expand more than 200,000 times",
                            at: location, notes: [Diagnostic.Note("a partial that includes itself needs a section that ends the recursion")]))
                } else {
                    output.diagnostics.append(
                        .error(.templateMissing, "the theme has no template '\(page.template)'", at: location))
                }
                continue
            }
            if !result.isReused { renderedPaths.append(page.path) }
            if let record = page.record, cache != nil, let link = page.link {
                if !result.isReused {
                    incidentPages[record.identity] = PageRenderCache.IncidentPage(
                        record: record, link: link, path: page.path, bytes: result.bytes)
                }
            } else if let viewModel = result.viewModel {
                kept[page.path] = PageRenderCache.Page(viewModel: viewModel, bytes: result.bytes)
            }
            if origin.template != page.template { origin = (page.template, "the \(page.template) template") }
            if result.isStaged {
                output.add(stagedPage: page.path, from: origin.text)
            } else {
                output.add(RenderedFile(path: page.path, bytes: result.bytes), from: origin.text)
            }
        }
        // A site imported with its old addresses has an alias or two for every incident: an edit that changes no
        // alias and no title takes the last build's redirects instead of making them again.
        let redirects: [(file: RenderedFile, origin: String)]
        if let last, let earlier = parts.redirects,
            last.changed.allSatisfy({ RedirectRenderer.sameRedirects(last.output.records[$0], model.records[$0]) })
        {
            redirects = earlier
        } else {
            let pagePaths = Dictionary(
                (head + tail).map { ($0.path, "the \($0.template) page \($0.link ?? $0.path)") },
                uniquingKeysWith: { first, _ in first })
            let made = RedirectRenderer(links: links).render(model.records, pagePaths: pagePaths, themeRules: themeRedirects)
            redirects = made.files
            output.diagnostics += made.diagnostics
        }
        for (file, origin) in redirects { output.add(file, from: origin) }
        var (other, reused, selections, madeParts) = await machineReadable
        output.add(other)
        madeParts.redirects = output.diagnostics.hasErrors ? nil : redirects
        cache?.machineReadableParts = madeParts
        let files: [RenderedFile]
        if let last {
            let incidentRange = firstIncident..<(firstIncident + incidents.count)
            guard let patched = patch(last, with: output, incidents: incidentRange, reused: &reused) else {
                // The same records and what all pages share give the same paths, unless an edit added, removed or
                // changed an alias. Then the site is rendered again the whole way, from what this build kept.
                cache?.finish(
                    pages: kept, incidentPages: incidentPages, summaries: factory.summaries, files: reused.kept,
                    rendered: renderedPaths, records: model.records)
                cache?.forgetOutput()
                return await render(model, cache: cache, staging: staging)
            }
            files = patched
            var output = last.output
            output.records = model.records
            output.files = files
            output.sitemapIncidents = incidentEntries
            output.index = factory.index
            output.selections = selections
            cache?.keep(output, patched: true)
        } else {
            let paths = output.files.map(\.path)
            // Which paths are fingerprinted follows from the theme, which the cache already compares.
            let headers = reused.bytes(at: "_headers", from: paths) {
                HeadersRenderer(links: links).render(paths: paths, fingerprinted: fingerprinted)
            }
            output.add(RenderedFile(path: "_headers", bytes: headers), from: "the headers file")
            // The preview's rebuilds add the same paths in the same order, unless an incident moved or one came or
            // went: the last build's sort order is taken then, without comparing paths again.
            let added = output.files.map(\.path)
            let sorted = output.sortedFiles(order: cache?.outputOrder(for: added))
            files = sorted.files
            cache?.keepOrder(added: added, order: sorted.order)
            // A build with an error keeps no output to patch: the next build starts over.
            if output.diagnostics.isEmpty {
                cache?.keep(
                    PageRenderCache.Output(
                        records: model.records, files: files, added: added, order: sorted.order,
                        firstIncident: firstIncident, sitemapIncidents: incidentEntries, index: factory.index,
                        selections: selections),
                    patched: false)
            } else {
                cache?.forgetOutput()
            }
        }
        cache?.finish(
            pages: kept, incidentPages: incidentPages, summaries: factory.summaries, files: reused.kept,
            rendered: renderedPaths, records: model.records)
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

    /// The last build's output with this build's files put in place of theirs, when this build added the same
    /// paths in the same order, leaving out the pages of the incidents that did not change; `nil` when it did not.
    /// - Parameters:
    ///   - output: This build's files, up to `_headers`, which is the last build's: it follows from the paths.
    ///   - incidents: Where the changed incidents' pages lie in `output`.
    private func patch(
        _ last: (output: PageRenderCache.Output, changed: [Int]), with output: OutputCollector,
        incidents: Range<Int>, reused: inout ReusableOutput
    ) -> [RenderedFile]? {
        let earlier = last.output
        let skipped = earlier.records.count - incidents.count
        let added = output.files
        guard output.diagnostics.isEmpty, added.count + skipped + 1 == earlier.added.count,
            incidents.lowerBound == earlier.firstIncident,
            zip(added[..<incidents.lowerBound], earlier.added).allSatisfy({ $0.path == $1 }),
            zip(added[incidents], last.changed).allSatisfy({ $0.path == earlier.added[earlier.firstIncident + $1] }),
            zip(added[incidents.upperBound...], earlier.added[(incidents.upperBound + skipped)...])
                .allSatisfy({ $0.path == $1 }),
            reused.keepPrevious(at: "_headers")
        else { return nil }
        var files = earlier.files
        for (index, file) in zip(added.indices, added) {
            let addedIndex =
                if index < incidents.lowerBound {
                    index
                } else if index < incidents.upperBound {
                    earlier.firstIncident + last.changed[index - incidents.lowerBound]
                } else {
                    index + skipped
                }
            files[earlier.positions[addedIndex]] = file
        }
        return files
    }
}

private extension SiteRenderer {
    struct Page: Sendable {
        var path: String
        var template: String
        /// Makes the page's view model, on the task that renders it; `nil` when the page comes from the cache.
        var viewModel: (@Sendable (ViewModelFactory) -> PageViewModel)?
        /// The page's text from an earlier build, when its record is unchanged.
        var cached: [UInt8]?
        /// The incident the page shows, for the cache.
        var record: IncidentRecord?
        /// The page's link, for the sitemap; `nil` for 404.html.
        var link: String?
        /// When what the page shows last changed.
        var modified: Date
    }

    /// A page's bytes, and what the cache keeps of it.
    struct RenderedPage: Sendable {
        var bytes: [UInt8]
        /// The view model it was rendered from, kept for the cache (pages other than incidents).
        var viewModel: PageViewModel?
        /// Whether the bytes came from the cache.
        var isReused: Bool
        /// Whether the page is written into the staging folder already, so that `bytes` is empty.
        var isStaged = false
    }

    /// Every incident's summary, as the home, history and component pages list them, by record identity: made
    /// once a build, and kept by the cache while the record is the same. Those to make are made on every core.
    /// - Parameters:
    ///   - kept: The cache's summaries, which this build brings up to date (some may be of records gone).
    ///   - changed: The records that may be new, when the others are known to be the last build's; `nil` looks
    ///     at every record.
    func summaries(
        _ factory: ViewModelFactory, kept: [ObjectIdentifier: IncidentSummaryViewModel.Made], changed: [IncidentRecord]?
    ) async -> [ObjectIdentifier: IncidentSummaryViewModel.Made] {
        var summaries = kept
        summaries.reserveCapacity(factory.model.records.count)
        let missing = (changed ?? factory.model.records).filter { summaries[$0.identity] == nil }
        let made = await missing.concurrentMap(batch: 256) { factory.makeSummary($0) }
        for (record, summary) in zip(missing, made) {
            summaries[record.identity] = IncidentSummaryViewModel.Made(record: record, viewModel: summary)
        }
        return summaries
    }

    /// The files collected so far, each with what wrote it, and the diagnostics of those that could not be added.
    struct OutputCollector: Sendable {
        /// The files; those of `stagedPaths` without their bytes.
        private(set) var files: [RenderedFile] = []
        /// What wrote each file, for the message when a second file claims its path.
        private var origins: [String] = []
        /// The pages written into the staging folder as they were rendered.
        private(set) var stagedPaths: Set<String> = []
        var diagnostics: [Diagnostic] = []

        /// Adds a page that is in the staging folder already, so that its path is checked against the others.
        mutating func add(stagedPage path: String, from origin: String) {
            stagedPaths.insert(path)
            add(RenderedFile(path: path, bytes: []), from: origin)
        }

        mutating func add(_ file: RenderedFile, from origin: String) {
            guard RenderedFile.isSafe(file.path) else {
                diagnostics.append(
                    .error(.outputConflict, "'\(file.path)' would be written outside the output folder",
                        at: SourceLocation(path: origin)))
                return
            }
            files.append(file)
            origins.append(origin)
        }

        /// Adds another collector's files, after this one's, and its diagnostics.
        mutating func add(_ other: OutputCollector) {
            files += other.files
            origins += other.origins
            diagnostics += other.diagnostics
        }

        /// The files sorted by path, each path once. Where two files claim a path, the one added first is kept and
        /// the other becomes a diagnostic. Sorted, they lie side by side: no dictionary of ten thousand paths is made
        /// to find them.
        /// - Parameter known: The order of an earlier sort of the same paths added in the same order, to take
        ///   instead of sorting again.
        /// - Returns: The files, and the order they were sorted into (the indices of the files as added).
        mutating func sortedFiles(order known: [Int]? = nil) -> (files: [RenderedFile], order: [Int]) {
            let order = known ?? files.indices.sorted { files[$0].path < files[$1].path }
            var sorted: [RenderedFile] = []
            sorted.reserveCapacity(files.count)
            var start = 0
            while start < order.count {
                let path = files[order[start]].path
                var end = start + 1
                while end < order.count, files[order[end]].path == path { end += 1 }
                defer { start = end }
                guard end - start > 1 else {
                    sorted.append(files[order[start]])
                    continue
                }
                // The sort need not keep the order files were added in; the first added is the least index.
                let claims = order[start..<end].sorted()
                sorted.append(files[claims[0]])
                for second in claims.dropFirst() {
                    let first = origins[claims[0]]
                    diagnostics.append(
                        .error(
                            .outputConflict, "'\(path)' is written twice: by \(first) and by \(origins[second])",
                            // Theme files are added before generated files, so `first` is the file to rename.
                            at: SourceLocation(path: first),
                            notes: [Diagnostic.Note("rename or remove one of them")]))
                }
            }
            return (sorted, order)
        }
    }

    /// Badges, feeds, the API, the calendar, the sitemap and robots.txt, collected on their own; feeds, the API
    /// and the calendar are taken from the last build when what they are made from is unchanged, and the
    /// sitemap is patched.
    /// - Parameters:
    ///   - last: The last build's selections of records, to patch (see ``RecordSelections``).
    ///   - parts: The feed entries, API incidents and sitemap of the last build, taken again where the same.
    /// - Returns: The files, this build's selections of records, and its feed entries, API incidents and sitemap.
    func machineReadableFiles(
        _ factory: ViewModelFactory, sitemap entries: [SitemapRenderer.Entry], reusing reusable: ReusableOutput,
        last: (selections: RecordSelections, previous: [IncidentRecord], changed: [Int])?,
        parts earlier: PageRenderCache.MachineReadableParts
    ) -> (
        output: OutputCollector, reused: ReusableOutput, selections: RecordSelections,
        parts: PageRenderCache.MachineReadableParts
    ) {
        let model = factory.model
        let selections = RecordSelections(factory, last: last)
        var output = OutputCollector()
        var reusable = reusable
        var parts = PageRenderCache.MachineReadableParts()
        addBadges(model, to: &output)
        parts.feedEntries = addFeeds(
            factory, order: selections.feedOrder, entries: earlier.feedEntries, to: &output, reusing: &reusable)
        let api = StatuspageAPIRenderer(model: model, links: links, selection: selections.api)
        let (responses, apiIncidents) = api.responses(reusing: earlier.apiIncidents)
        parts.apiIncidents = apiIncidents
        let incidentJSON = apiIncidents.jsonByID
        for (path, response) in responses {
            let bytes = reusable.bytes(at: path, from: response) {
                StatuspageAPIRenderer.encode(response, incidents: incidentJSON)
            }
            output.add(RenderedFile(path: path, bytes: bytes), from: "the API")
        }
        let zone = model.configuration.timeZone
        let reliability = ReliabilityResponse(
            page: api.page, windowDays: model.configuration.uptimeDays,
            windowStart: InstantFormat.statuspage(factory.uptimeWindowStart, zone: zone),
            components: model.configuration.components.map { component in
                let (window, allTime) = factory.reliability(component)
                return ReliabilityResponse.Component(
                    id: component.id, name: component.name, window: .init(window), allTime: .init(allTime))
            })
        output.add(
            RenderedFile(path: ReliabilityResponse.path, text: JSONOutput.encode(reliability)), from: "the API")
        let maintenance = selections.maintenance.map { model.records[$0] }
        let calendar = reusable.bytes(at: SiteLinks.calendarPath, from: maintenance) {
            CalendarRenderer(links: links).render(model, describe: factory.calendarDescription)
        }
        output.add(RenderedFile(path: SiteLinks.calendarPath, bytes: calendar), from: "the calendar")
        let sitemap = SitemapRenderer(links: links)
        let sitemapFile = sitemap.render(entries, patching: earlier.sitemap)
        parts.sitemap = sitemapFile
        output.add(RenderedFile(path: "sitemap.xml", bytes: sitemapFile.bytes), from: "the sitemap")
        output.add(RenderedFile(path: "robots.txt", text: sitemap.robots()), from: "the sitemap")
        return (output, reusable, selections, parts)
    }

    func addBadges(_ model: StatusModel, to output: inout OutputCollector) {
        let badges = BadgeRenderer()
        let overall = StatusViewModel(model.summary.overall)
        let overallMessage = model.summary.overall == .operational ? "operational" : overall.label.lowercased()
        output.add(
            RenderedFile(path: "badge.svg", text: badges.render(label: "status", message: overallMessage, key: overall.key)),
            from: "the badges")
        for component in model.configuration.components {
            let status = StatusViewModel(model.summary.componentStatuses[component.id] ?? .operational)
            output.add(
                RenderedFile(
                    path: "badges/\(component.id).svg",
                    text: badges.render(label: component.name, message: status.label.lowercased(), key: status.key)),
                from: "the badges")
        }
    }

    /// The site's Atom, RSS and JSON feeds, and each component's Atom feed.
    /// - Parameters:
    ///   - order: The records' feed order (``ViewModelFactory/feedOrder()``).
    ///   - entries: Feed entries an earlier build made, by record identity; those of the same records are taken
    ///     again (an entry follows from its record and what every page shares, which the cache compares).
    /// - Returns: This build's entries.
    func addFeeds(
        _ factory: ViewModelFactory, order: [Int],
        entries earlier: [ObjectIdentifier: (record: IncidentRecord, entry: FeedEntry)],
        to output: inout OutputCollector, reusing reusable: inout ReusableOutput
    ) -> [ObjectIdentifier: (record: IncidentRecord, entry: FeedEntry)] {
        let records = factory.model.records
        let ordered = order.map { records[$0] }
        var made: [ObjectIdentifier: (record: IncidentRecord, entry: FeedEntry)] = [:]
        func entries(_ records: [IncidentRecord]) -> [FeedEntry] {
            records.map { record in
                if let entry = made[record.identity] ?? earlier[record.identity] {
                    made[record.identity] = entry
                    return entry.entry
                }
                let entry = factory.feedEntry(record)
                made[record.identity] = (record, entry)
                return entry
            }
        }
        let site = factory.feedChannel(entries: entries(Array(ordered.prefix(factory.model.configuration.feedLimit))))
        let siteFeeds: [(String, (FeedChannel, String) -> String)] = [
            (SiteLinks.atomFeedPath, AtomFeedRenderer().render),
            (SiteLinks.rssFeedPath, RSSFeedRenderer().render),
            (SiteLinks.jsonFeedPath, JSONFeedRenderer().render),
        ]
        for (path, render) in siteFeeds {
            let bytes = reusable.bytes(at: path, from: site) { render(site, links.absoluteFile(path)) }
            output.add(RenderedFile(path: path, bytes: bytes), from: "the feeds")
        }
        let componentRecords = factory.componentFeedRecords(ordered: ordered)
        for component in factory.model.configuration.components {
            let path = SiteLinks.componentFeedPath(component.id)
            let channel = factory.feedChannel(component: component, entries: entries(componentRecords[component.id] ?? []))
            let bytes = reusable.bytes(at: path, from: channel) {
                AtomFeedRenderer().render(channel, feedURL: links.absoluteFile(path))
            }
            output.add(RenderedFile(path: path, bytes: bytes), from: "the feeds")
        }
        return made
    }

    /// The pages other than incidents': those that go before them (home, history) and after them (components,
    /// 404), in the order they are added to the output.
    func listPages(_ factory: ViewModelFactory) -> (head: [Page], tail: [Page]) {
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
        page(links.home, "home", model.configuration.title, section: "home") { $0.home() }
        for history in factory.historyPages() {
            let number = history.pager.pageNumber
            let title = number == 1 ? "History" : "History, page \(number)"
            page(links.history(page: number), "history", title, section: "history") { _ in history }
        }
        let head = pages
        pages = []
        for component in model.configuration.components {
            let pageLinks = factory.componentPageLinks(component)
            for number in 1...pageLinks.count {
                let title = number == 1 ? component.name : "\(component.name), page \(number)"
                page(links.component(component.id, page: number), "component", title) {
                    $0.componentPage(component, page: number, of: pageLinks)
                }
            }
        }
        pages.append(
            Page(
                path: "404.html", template: "404",
                viewModel: { $0.page(title: "Page not found", link: nil, content: NotFoundViewModel()) }, link: nil,
                modified: siteModified))
        return (head, pages)
    }

    /// The incidents' pages, in the records' order.
    /// - Parameter previous: The cache's incident pages, by record identity: those of unchanged records are taken
    ///   from it, link and path included.
    func incidentPageList(
        _ factory: ViewModelFactory, records: [IncidentRecord], previous: [ObjectIdentifier: PageRenderCache.IncidentPage]
    ) -> [Page] {
        let now = factory.model.now
        var pages: [Page] = []
        pages.reserveCapacity(records.count)
        for record in records {
            let modified = min(record.facts.lastUpdated, now)
            if let earlier = previous[record.identity] {
                pages.append(
                    Page(
                        path: earlier.path, template: "incident", viewModel: nil, cached: earlier.bytes, record: record,
                        link: earlier.link, modified: modified))
                continue
            }
            let link = links.incident(record.incident.slug)
            let title = record.incident.title
            pages.append(
                Page(
                    path: links.outputPath(ofPage: link), template: "incident",
                    viewModel: { factory in
                        factory.page(title: title, link: link, content: factory.incidentPage(record))
                    }, record: record, link: link, modified: modified))
        }
        return pages
    }

    /// The sitemap's entries for pages: those with a link.
    static func sitemapEntries(_ pages: [Page]) -> [SitemapRenderer.Entry] {
        pages.compactMap { page in page.link.map { SitemapRenderer.Entry(link: $0, modified: page.modified) } }
    }
}
