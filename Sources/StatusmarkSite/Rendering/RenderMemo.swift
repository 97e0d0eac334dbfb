import Foundation
import StatusmarkCore

/// The render stages' part of the preview's memo (``BuildMemo``): each stage's results of this build and the
/// last, by the stage's input, all made under one shared context. A result is taken again only when its input is
/// the same as when it was made:
///
/// - an incident's summary, feed entry and API incident, its page and its row (``RecordRow``): its record (the
///   same box, which an unchanged incident keeps from build to build);
/// - a history or component page's view model: the records it lists, their count and the page's number (and a
///   component's status, uptime bar and reliability figures);
/// - every other page: its whole view model;
/// - feeds, the API's files, the calendar, the sitemap and `_headers`: the value each is written from (a channel,
///   a response, the list of records or paths it covers), and each of the sitemap's lines, its entry;
/// - the output's order: the paths in the order they were added.
///
/// Everything is forgotten when the shared context (the configuration, the moment, the base URL, the theme)
/// changes. A result is reused only through these tables (``MemoTable/value(for:input:_:)`` and the like), by
/// comparing inputs.
struct RenderMemo: Sendable {
    /// What every result depends on.
    struct Context: Equatable, Sendable {
        var configuration: SiteConfiguration
        var now: Date
        var baseURL: String
        var theme: Theme
    }

    /// An incident's page as rendered from its record, with its link and output path. A reference, so that
    /// taking ten thousand of them again costs a retain each.
    final class IncidentPage: Sendable {
        let record: IncidentRecord
        let link: String
        let path: String
        let bytes: [UInt8]

        init(record: IncidentRecord, link: String, path: String, bytes: [UInt8]) {
            self.record = record
            self.link = link
            self.path = path
            self.bytes = bytes
        }
    }

    struct Page: Sendable {
        var viewModel: PageViewModel
        var bytes: [UInt8]
    }

    /// A file written from `input`.
    struct File: Sendable {
        var input: any Equatable & Sendable
        var bytes: [UInt8]
    }

    /// What a component's status and uptime bar are made from: its uptime, its status, and the incidents its
    /// days link to.
    struct ComponentInput: Equatable, Sendable {
        var uptime: ComponentUptime?
        var status: ComponentStatus?
        var incidents: [ObjectIdentifier]
    }

    /// What a list of incidents' page shows besides what every page shares: the records on it, how many the
    /// whole list has, and which page of how many it is.
    struct ListPageInput: Equatable, Sendable {
        var records: [ObjectIdentifier]
        var total: Int
        var page: Int
        var pages: Int
    }

    /// What a component's page shows: its status and uptime bar, its reliability figures, and its list's page.
    struct ComponentPageInput: Equatable, Sendable {
        var component: ViewModelBox<ComponentViewModel>
        var recent: ReliabilityFigures?
        var allTime: ReliabilityFigures?
        var list: ListPageInput
    }

    private(set) var context: Context?
    var summaries = MemoTable<ObjectIdentifier, IncidentSummaryViewModel.Made>()
    /// Each record's row, with the record, which keeps its identity from being taken by another.
    var rows = MemoTable<ObjectIdentifier, (record: IncidentRecord, row: RecordRow)>()
    var historyPages = MemoTable<Int, MemoInput<ListPageInput, HistoryPageViewModel>>()
    var componentPages = MemoTable<String, MemoInput<ComponentPageInput, ComponentPageViewModel>>()
    var components = MemoTable<String, MemoInput<ComponentInput, ViewModelBox<ComponentViewModel>>>()
    /// A component's reliability figures, by the records that affect it.
    var reliabilities = MemoTable<
        String, MemoInput<[ObjectIdentifier], (recent: ReliabilityFigures, allTime: ReliabilityFigures)>
    >()
    var incidentPages = MemoTable<ObjectIdentifier, IncidentPage>()
    var pages = MemoTable<String, Page>()
    var files = FileMemo()
    /// The sitemap, by its entries; and each of its lines, by page link: a new update changes one page's line of
    /// ten thousand. The lines are advanced by each build that writes the sitemap, not by one that takes it whole.
    var sitemap: MemoInput<[SitemapRenderer.Entry], [UInt8]>?
    var sitemapLines = MemoTable<String, MemoInput<SitemapRenderer.Entry, [UInt8]>>()
    var outputOrder: (added: [String], order: [Int])?
    /// The pages this build rendered, by output path, sorted; the others were taken as made before.
    var renderedPaths: [String] = []

    /// The machine-readable files' part, handed to the task that makes them while the pages render.
    struct FileMemo: Sendable {
        var files = MemoTable<String, File>()
        var feedEntries = MemoTable<ObjectIdentifier, (record: IncidentRecord, entry: FeedEntry)>()
        /// The API's incidents' JSON, by record, made with ``apiComponents``: an incident lists the components it
        /// affects as they are now.
        var apiIncidents = MemoTable<ObjectIdentifier, (record: IncidentRecord, json: String)>()
        var apiComponents: [StatuspageComponent] = []
        /// The search index's entries, by record.
        var searchEntries = MemoTable<ObjectIdentifier, (record: IncidentRecord, entry: [UInt8])>()

        /// The bytes of the file at `path` written from `input`: as made before from an equal input, else what
        /// `make` writes.
        mutating func bytes<Input: Equatable & Sendable>(at path: String, from input: Input, _ make: () -> [UInt8]) -> [UInt8] {
            if let earlier = files.value(for: path), (earlier.input as? Input) == input { return earlier.bytes }
            let bytes = make()
            files.store(File(input: input, bytes: bytes), for: path)
            return bytes
        }

        mutating func advance() {
            files.advance()
            feedEntries.advance()
            apiIncidents.advance()
            searchEntries.advance()
        }
    }

    /// The machine-readable files' part, taken out for the task that makes them, which hands it back.
    mutating func takeFiles() -> FileMemo {
        var taken = FileMemo()
        swap(&taken, &files)
        return taken
    }

    /// Starts a build under `context`: forgets everything made under another, and lets fall away what the build
    /// before the last made and the last did not use.
    mutating func begin(_ context: Context) {
        if self.context != context {
            self = RenderMemo()
            self.context = context
        }
        summaries.advance()
        rows.advance()
        historyPages.advance()
        componentPages.advance()
        components.advance()
        reliabilities.advance()
        incidentPages.advance()
        pages.advance()
        files.advance()
        renderedPaths = []
    }
}
