import Foundation
internal import Mustache
public import StatusmarkCore

/// Renders the whole site for a model: every page through the theme's templates, the fingerprinted assets and
/// the static files. Pure: it returns files and diagnostics and writes nothing.
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
    /// - Parameter cache: Incident pages rendered by earlier builds, reused when their record is unchanged.
    ///
    /// Pages are rendered on every core; the files do not depend on how they were shared out.
    nonisolated(nonsending) public func render(
        _ model: StatusModel, cache: PageRenderCache? = nil
    ) async -> (files: [RenderedFile], diagnostics: [Diagnostic]) {
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
        for file in theme.files(under: "static") {
            output.add(RenderedFile(path: String(file.path.dropFirst("static/".count)), bytes: file.bytes), from: file.displayPath)
        }

        let factory = ViewModelFactory(model: model, links: links, assets: assetLinks)
        cache?.begin(PageRenderCache.Shared(configuration: model.configuration, now: model.now, baseURL: links.baseURL, theme: theme))
        let pages = pages(factory, cache: cache)
        // Badges, feeds, the API, the calendar and the sitemap are made on another task while the pages render.
        let sitemapEntries = pages.compactMap { page in page.link.map { ($0, page.modified) } }
        async let machineReadable = machineReadableFiles(factory, sitemap: sitemapEntries)
        let templates = templates
        // Pages that list many incidents go first, so that no core is left with them alone at the end.
        let order = pages.indices.filter { pages[$0].record == nil } + pages.indices.filter { pages[$0].record != nil }
        let renderedInOrder = await order.map { pages[$0] }.concurrentMap(batch: 4) { page -> [UInt8]? in
            if let bytes = page.cached { return bytes }
            guard let viewModel = page.viewModel?(factory) else { return nil }
            return templates.render(viewModel, template: page.template).map { Array($0.utf8) }
        }
        var rendered = [[UInt8]?](repeating: nil, count: pages.count)
        for (index, bytes) in zip(order, renderedInOrder) { rendered[index] = bytes }
        for (page, bytes) in zip(pages, rendered) {
            guard let bytes else {
                output.diagnostics.append(
                    .error(.templateMissing, "the theme has no template '\(page.template)'",
                        at: SourceLocation(path: "\(Theme.folderName)/\(TemplateLibrary.folder)/\(page.template).mustache")))
                continue
            }
            if page.cached == nil { cache?.store(bytes, at: page.path, for: page.record) }
            output.add(RenderedFile(path: page.path, bytes: bytes), from: "the \(page.template) template")
        }
        cache?.keep(only: Set(pages.map(\.path)))
        let other = await machineReadable
        for file in other.files { output.add(file, from: other.origins[file.path] ?? "") }
        output.diagnostics += other.diagnostics
        let headers = HeadersRenderer(links: links).render(
            paths: output.files.map(\.path), fingerprinted: fingerprinted)
        output.add(RenderedFile(path: "_headers", text: headers), from: "the headers file")

        guard !output.diagnostics.hasErrors else { return ([], output.diagnostics) }
        return (output.files.sorted { $0.path < $1.path }, output.diagnostics)
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

    /// The files collected so far, each path once, and the diagnostics of those that could not be added.
    struct OutputCollector: Sendable {
        var files: [RenderedFile] = []
        var diagnostics: [Diagnostic] = []
        /// What wrote each path, for the message when a second file claims it.
        var origins: [String: String] = [:]

        mutating func add(_ file: RenderedFile, from origin: String) {
            guard RenderedFile.isSafe(file.path) else {
                diagnostics.append(
                    .error(.outputConflict, "'\(file.path)' would be written outside the output folder",
                        at: SourceLocation(path: origin)))
                return
            }
            if let first = origins[file.path] {
                diagnostics.append(
                    .error(
                        .outputConflict, "'\(file.path)' is written twice: by \(first) and by \(origin)",
                        // Theme files are added before generated files, so `first` is the file to rename.
                        at: SourceLocation(path: first),
                        notes: [Diagnostic.Note("rename or remove one of them")]))
                return
            }
            origins[file.path] = origin
            files.append(file)
        }
    }

    /// Badges, feeds, the API, the calendar, the sitemap and robots.txt, collected on their own.
    func machineReadableFiles(_ factory: ViewModelFactory, sitemap entries: [(String, Date)]) -> OutputCollector {
        let model = factory.model
        var output = OutputCollector()
        addBadges(model, to: &output)
        addFeeds(factory, to: &output)
        for file in StatuspageAPIRenderer(model: model, links: links).files() {
            output.add(RenderedFile(path: file.path, text: file.text), from: "the API")
        }
        let calendar = CalendarRenderer(links: links).render(model, describe: factory.calendarDescription)
        output.add(RenderedFile(path: SiteLinks.calendarPath, text: calendar), from: "the calendar")
        let sitemap = SitemapRenderer(links: links)
        output.add(RenderedFile(path: "sitemap.xml", text: sitemap.sitemap(entries)), from: "the sitemap")
        output.add(RenderedFile(path: "robots.txt", text: sitemap.robots()), from: "the sitemap")
        return output
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
    func addFeeds(_ factory: ViewModelFactory, to output: inout OutputCollector) {
        let site = factory.feedChannel()
        for (path, text) in [
            (SiteLinks.atomFeedPath, AtomFeedRenderer().render(site, feedURL: links.absoluteFile(SiteLinks.atomFeedPath))),
            (SiteLinks.rssFeedPath, RSSFeedRenderer().render(site, feedURL: links.absoluteFile(SiteLinks.rssFeedPath))),
            (SiteLinks.jsonFeedPath, JSONFeedRenderer().render(site, feedURL: links.absoluteFile(SiteLinks.jsonFeedPath))),
        ] {
            output.add(RenderedFile(path: path, text: text), from: "the feeds")
        }
        for component in factory.model.configuration.components {
            let path = SiteLinks.componentFeedPath(component.id)
            let text = AtomFeedRenderer().render(factory.feedChannel(component: component), feedURL: links.absoluteFile(path))
            output.add(RenderedFile(path: path, text: text), from: "the feeds")
        }
    }

    /// Every page of the site, in the order they are listed here: home, history, incidents, components, 404.
    func pages(_ factory: ViewModelFactory, cache: PageRenderCache?) -> [Page] {
        let model = factory.model
        var pages: [Page] = []
        let siteModified = model.lastChange
        func page(
            _ link: String, _ template: String, _ title: String, section: String = "", modified: Date? = nil,
            _ content: @escaping @Sendable (ViewModelFactory) -> any MustacheContent
        ) {
            pages.append(
                Page(
                    path: links.outputPath(ofPage: link), template: template,
                    viewModel: { factory in
                        factory.page(title: title, link: link, section: section, content: content(factory))
                    }, link: link, modified: modified ?? siteModified))
        }
        page(links.home, "home", model.configuration.title, section: "home") { $0.home() }
        for history in factory.historyPages() {
            let title = history.pageNumber == 1 ? "History" : "History, page \(history.pageNumber)"
            page(links.history(page: history.pageNumber), "history", title, section: "history") { _ in history }
        }
        for record in model.records {
            let link = links.incident(record.incident.slug)
            let path = links.outputPath(ofPage: link)
            let modified = min(record.facts.lastUpdated, model.now)
            if let bytes = cache?.page(at: path, for: record) {
                pages.append(Page(path: path, template: "incident", viewModel: nil, cached: bytes, record: record, link: link, modified: modified))
                continue
            }
            page(link, "incident", record.incident.title, modified: modified) { $0.incidentPage(record) }
            pages[pages.count - 1].record = record
        }
        for component in model.configuration.components {
            page(links.component(component.id), "component", component.name) { $0.componentPage(component) }
        }
        pages.append(
            Page(
                path: "404.html", template: "404",
                viewModel: { $0.page(title: "Page not found", link: nil, content: NotFoundViewModel()) }, link: nil,
                modified: siteModified))
        return pages
    }
}
