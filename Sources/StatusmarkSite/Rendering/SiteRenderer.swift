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
    public func render(_ model: StatusModel) -> (files: [RenderedFile], diagnostics: [Diagnostic]) {
        var files: [RenderedFile] = []
        var diagnostics: [Diagnostic] = []
        var origins: [String: String] = [:]

        func add(_ file: RenderedFile, from origin: String) {
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

        var assetLinks: [String: String] = [:]
        for asset in theme.files(under: "assets") {
            let path = Fingerprint.name(asset.path, bytes: asset.bytes)
            let key = String(asset.path.dropFirst("assets/".count)).map { $0 == "." || $0 == "/" || $0 == "-" ? "_" : $0 }
            assetLinks[String(key)] = links.file(path)
            add(RenderedFile(path: path, bytes: asset.bytes), from: asset.displayPath)
        }
        for file in theme.files(under: "static") {
            add(RenderedFile(path: String(file.path.dropFirst("static/".count)), bytes: file.bytes), from: file.displayPath)
        }

        let factory = ViewModelFactory(model: model, links: links, assets: assetLinks)
        for page in pages(factory) {
            guard let text = templates.render(page.viewModel, template: page.template) else {
                diagnostics.append(
                    .error(.templateMissing, "the theme has no template '\(page.template)'",
                        at: SourceLocation(path: "\(Theme.folderName)/\(TemplateLibrary.folder)/\(page.template).mustache")))
                continue
            }
            add(RenderedFile(path: page.path, text: text), from: "the \(page.template) template")
        }
        let badges = BadgeRenderer()
        let overall = StatusViewModel(model.summary.overall)
        let overallMessage = model.summary.overall == .operational ? "operational" : overall.label.lowercased()
        add(RenderedFile(path: "badge.svg", text: badges.render(label: "status", message: overallMessage, key: overall.key)), from: "the badges")
        for component in model.configuration.components {
            let status = StatusViewModel(model.summary.componentStatuses[component.id] ?? .operational)
            add(
                RenderedFile(
                    path: "badges/\(component.id).svg",
                    text: badges.render(label: component.name, message: status.label.lowercased(), key: status.key)),
                from: "the badges")
        }
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }
}

private extension SiteRenderer {
    struct Page {
        var path: String
        var template: String
        var viewModel: PageViewModel
    }

    /// Every page of the site, in the order they are listed here: home, history, incidents, components, 404.
    func pages(_ factory: ViewModelFactory) -> [Page] {
        let model = factory.model
        var pages: [Page] = []
        func page(_ link: String, _ template: String, _ title: String, section: String = "", _ content: any MustacheContent) {
            pages.append(
                Page(
                    path: links.outputPath(ofPage: link), template: template,
                    viewModel: factory.page(title: title, link: link, section: section, content: content)))
        }
        page(links.home, "home", model.configuration.title, section: "home", factory.home())
        for history in factory.historyPages() {
            let title = history.pageNumber == 1 ? "History" : "History, page \(history.pageNumber)"
            page(links.history(page: history.pageNumber), "history", title, section: "history", history)
        }
        for record in model.records {
            page(links.incident(record.incident.slug), "incident", record.incident.title, factory.incidentPage(record))
        }
        for component in model.configuration.components {
            page(links.component(component.id), "component", component.name, factory.componentPage(component))
        }
        pages.append(
            Page(path: "404.html", template: "404", viewModel: factory.page(title: "Page not found", link: nil, content: NotFoundViewModel())))
        return pages
    }
}
