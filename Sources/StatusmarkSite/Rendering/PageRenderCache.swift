import Foundation
import StatusmarkCore

/// Rendered pages kept between builds, for the preview server, so that a rebuild renders only the pages whose
/// inputs changed.
///
/// Every page is a function of what all pages share (the configuration, the moment built for, the links, the
/// theme) and of its own source: an incident page of its record; any other page (home, history, components,
/// 404) of its whole view model, which is cheap to make next to rendering it. A page is rendered again when its
/// source changed (a record, by the identity of its box: a file parsed again gets a new one, even when its text
/// came back to what it was), and every page when anything shared changed. Incident summaries, which the history and
/// component pages list by the thousand, are kept the same way, by record; feeds, the API, the calendar and
/// `_headers` by what each was made from (``ReusableOutput``); the sitemap is patched line by line.
public final class PageRenderCache {
    struct Shared: Equatable {
        var configuration: SiteConfiguration
        var now: Date
        var baseURL: String
        var theme: Theme
    }

    /// A page other than an incident's, with the view model it was rendered from.
    struct Page: Sendable {
        var viewModel: PageViewModel
        var bytes: [UInt8]
    }

    /// An incident's page, with the record it was rendered from and its link and output path, so that a rebuild
    /// takes an unchanged incident's page without making either string again.
    struct IncidentPage: Sendable {
        var record: IncidentRecord
        var link: String
        var path: String
        var bytes: [UInt8]
    }

    /// The last build's whole output, for a rebuild to patch (see ``lastOutput(for:)``).
    struct Output: Sendable {
        /// The records it was made from.
        var records: [IncidentRecord]
        /// Its files, sorted by path.
        var files: [RenderedFile]
        /// The paths of its files in the order they were added, and where each file lies in ``files``.
        var added: [String]
        var positions: [Int]
        /// Where the first incident page lies among the files as added; the others follow in the records' order.
        var firstIncident: Int
        /// The sitemap's entries for the incident pages, in the records' order.
        var sitemapIncidents: [SitemapRenderer.Entry]
        /// The records by component and by slug, as the view models looked them up.
        var index: RecordIndex
        /// The records' orders and subsets that the feeds, the API and the calendar were made from.
        var selections: RecordSelections

        /// - Parameter order: The indices of the files as added, in the order they are sorted into: each once, as
        ///   kept only after a build where no two files claimed one path.
        init(
            records: [IncidentRecord], files: [RenderedFile], added: [String], order: [Int], firstIncident: Int,
            sitemapIncidents: [SitemapRenderer.Entry], index: RecordIndex, selections: RecordSelections
        ) {
            self.records = records
            self.files = files
            self.added = added
            var positions = Array(repeating: 0, count: order.count)
            for (position, index) in order.enumerated() { positions[index] = position }
            self.positions = positions
            self.firstIncident = firstIncident
            self.sitemapIncidents = sitemapIncidents
            self.index = index
            self.selections = selections
        }
    }

    /// What the machine-readable files were made from that follows from a few records each, kept by record
    /// identity (``IncidentRecord/identity``) while what every page shares is unchanged, and the sitemap.
    struct MachineReadableParts: Sendable {
        /// The feeds' entries.
        var feedEntries: [ObjectIdentifier: (record: IncidentRecord, entry: FeedEntry)] = [:]
        /// The incidents the API lists, as converted.
        var apiIncidents = StatuspageAPIRenderer.Conversions()
        /// The sitemap, for the next build to patch.
        var sitemap: SitemapRenderer.Rendered?
        /// The redirect pages and `_redirects` of a build without errors, taken again while no replaced record
        /// changes its aliases or title (``RedirectRenderer/sameRedirects(_:_:)``).
        var redirects: [(file: RenderedFile, origin: String)]?
    }

    private var shared: Shared?
    private var output: Output?
    /// Whether the last build patched the output of the one before (see ``lastOutput(for:)``).
    private(set) var patched = false
    /// The pages other than incidents', by output path.
    private(set) var pages: [String: Page] = [:]
    /// Incident pages by record identity (``IncidentRecord/identity``): an unchanged incident's record is the
    /// same box from build to build, and its lookup hashes eight bytes instead of a path.
    private var incidentPages: [ObjectIdentifier: IncidentPage] = [:]
    /// Summaries by record identity (``IncidentRecord/identity``): an unchanged incident's record is the same box
    /// from build to build.
    private var summaries: [ObjectIdentifier: IncidentSummaryViewModel.Made] = [:]
    /// Feeds, the API, the calendar and `_headers`, by output path.
    private(set) var files: [String: ReusableOutput.Entry] = [:]
    /// The feed entries, API incidents and sitemap of the last build.
    var machineReadableParts = MachineReadableParts()
    /// The theme's templates as last compiled, taken again while the theme is unchanged.
    private var compiled: (theme: Theme, templates: (library: TemplateLibrary?, diagnostics: [Diagnostic]))?
    /// The last build's output paths in the order they were added, and the order that sorts them.
    private var outputOrder: (added: [String], order: [Int])?
    /// The pages the last build rendered (the others came from the cache), by output path, sorted.
    public private(set) var renderedPaths: [String] = []
    public var renderedCount: Int { renderedPaths.count }

    public init() {}

    /// The theme's templates compiled, or the diagnostics of those that do not compile; compiled again only when
    /// the theme changed.
    func templates(for theme: Theme) -> (library: TemplateLibrary?, diagnostics: [Diagnostic]) {
        if let compiled, compiled.theme == theme { return compiled.templates }
        let templates = TemplateLibrary.compile(theme)
        compiled = (theme, templates)
        return templates
    }

    /// Starts a build: forgets everything when what every page shares changed.
    func begin(_ shared: Shared) {
        renderedPaths = []
        if self.shared != shared {
            self.shared = shared
            pages = [:]
            incidentPages = [:]
            summaries = [:]
            files = [:]
            machineReadableParts = MachineReadableParts()
            output = nil
        }
    }

    /// The last build's output and the indices of the records that changed, when the records are the last build's
    /// but for some replaced in place: as many, each the same box or one with the same slug. That is what an edit
    /// to incident files gives, unless it moves an incident (a new start) or adds, removes or renames one. Only
    /// the boxes are compared, so the records themselves are not reached, but for those replaced.
    func lastOutput(for records: [IncidentRecord]) -> (output: Output, changed: [Int])? {
        guard let output,
            let changed = records.replacements(of: output.records, where: { $0.incident.slug == $1.incident.slug })
        else { return nil }
        return (output, changed)
    }

    /// Keeps a build's output for the next to patch.
    /// - Parameter patched: Whether the build patched the last build's output, rather than making it whole.
    func keep(_ output: Output, patched: Bool) {
        self.output = output
        self.patched = patched
    }

    /// Forgets the last output, after a build that had an error: the next build renders the whole site.
    func forgetOutput() {
        output = nil
        patched = false
    }

    /// Hands the incident pages over to the build, which adds those it renders; the cache holds none until
    /// ``finish(pages:incidentPages:summaries:files:rendered:records:)``. Taken, not copied, so that
    /// the build adds to the same dictionary instead of making a new one of every page.
    func takeIncidentPages() -> [ObjectIdentifier: IncidentPage] {
        defer { incidentPages = [:] }
        return incidentPages
    }

    /// Hands the summaries over to the build, as ``takeIncidentPages()`` does the incident pages.
    func takeSummaries() -> [ObjectIdentifier: IncidentSummaryViewModel.Made] {
        defer { summaries = [:] }
        return summaries
    }

    /// The order that sorts these output paths, added in this order, when the last build added the same.
    func outputOrder(for added: [String]) -> [Int]? {
        guard let outputOrder, outputOrder.added == added else { return nil }
        return outputOrder.order
    }

    /// Keeps the order that sorts these output paths, added in this order.
    func keepOrder(added: [String], order: [Int]) {
        outputOrder = (added, order)
    }

    /// Keeps the last build's pages, summaries and files in place of the earlier ones.
    ///
    /// Pages and files that are gone are forgotten at once. Incident pages and summaries of records no longer in
    /// the model (an edited incident leaves its old record's behind) are dropped once they are more than an eighth
    /// of those kept, so that a rebuild after one edit does not pass over every record to find the one.
    /// An entry holds its record, so no new record can take the identity of one still kept.
    func finish(
        pages: [String: Page], incidentPages: [ObjectIdentifier: IncidentPage],
        summaries: [ObjectIdentifier: IncidentSummaryViewModel.Made], files: [String: ReusableOutput.Entry],
        rendered: [String], records: [IncidentRecord]
    ) {
        self.pages = pages
        self.incidentPages = Self.pruned(incidentPages, keeping: records)
        self.summaries = Self.pruned(summaries, keeping: records)
        self.files = files
        renderedPaths = rendered.sorted()
    }

    private static func pruned<Value>(
        _ entries: [ObjectIdentifier: Value], keeping records: [IncidentRecord]
    ) -> [ObjectIdentifier: Value] {
        guard entries.count > records.count + records.count / 8 + 64 else { return entries }
        let current = Set(records.lazy.map(\.identity))
        return entries.filter { current.contains($0.key) }
    }
}
