import Foundation
public import StatusmarkCore

/// Rendered pages kept between builds, for the preview server, so that a rebuild renders only the pages whose
/// inputs changed.
///
/// Every page is a function of what all pages share (the configuration, the moment built for, the links, the
/// theme) and of its own source: an incident page of its record; any other page (home, history, components,
/// 404) of its whole view model, which is cheap to make next to rendering it. A page is rendered again when its
/// source changed, and every page when anything shared changed. Incident summaries, which the history and
/// component pages list by the thousand, are kept the same way, by record; feeds, the API, the calendar and the
/// sitemap by what each was made from (``ReusableOutput``).
public final class PageRenderCache {
    struct Shared: Equatable {
        var configuration: SiteConfiguration
        var now: Date
        var baseURL: String
        var theme: Theme
    }

    /// What a page was rendered from.
    enum Source: Sendable, Equatable {
        case record(IncidentRecord)
        case viewModel(PageViewModel)
    }

    struct Page: Sendable {
        var source: Source
        var bytes: [UInt8]
    }

    private var shared: Shared?
    /// Pages by output path.
    private(set) var pages: [String: Page] = [:]
    /// Summaries by record identity (``IncidentRecord/identity``): an unchanged incident's record is the same box
    /// from build to build.
    private(set) var summaries: [ObjectIdentifier: IncidentSummaryViewModel.Made] = [:]
    /// Feeds, the API, the calendar and the sitemap, by output path.
    private(set) var files: [String: ReusableOutput.Entry] = [:]
    /// The pages the last build rendered (the others came from the cache), by output path, sorted.
    public private(set) var renderedPaths: [String] = []
    public var renderedCount: Int { renderedPaths.count }

    public init() {}

    /// Starts a build: forgets everything when what every page shares changed.
    func begin(_ shared: Shared) {
        renderedPaths = []
        if self.shared != shared {
            self.shared = shared
            pages = [:]
            summaries = [:]
            files = [:]
        }
    }

    /// Keeps the last build's pages, summaries and files in place of the earlier ones, so that pages and
    /// incidents that are gone are forgotten.
    func finish(
        pages: [String: Page], summaries: [ObjectIdentifier: IncidentSummaryViewModel.Made], files: [String: ReusableOutput.Entry],
        rendered: [String]
    ) {
        self.pages = pages
        self.summaries = summaries
        self.files = files
        renderedPaths = rendered.sorted()
    }
}
