import Foundation
public import StatusmarkCore

/// Rendered incident pages kept between builds, for the preview server. An incident page is a function of its
/// record and of what every page shares (the configuration, the moment built for, the links, the theme), so a
/// page is rendered again only when its record changed, and every page when anything shared changed.
public final class PageRenderCache {
    struct Shared: Equatable {
        var configuration: SiteConfiguration
        var now: Date
        var baseURL: String
        var theme: Theme
    }

    private var shared: Shared?
    private var pages: [String: (record: IncidentRecord, bytes: [UInt8])] = [:]
    /// How many pages the last build rendered (the others came from the cache).
    public private(set) var renderedCount = 0

    public init() {}

    func begin(_ shared: Shared) {
        renderedCount = 0
        if self.shared != shared {
            self.shared = shared
            pages = [:]
        }
    }

    func page(at path: String, for record: IncidentRecord) -> [UInt8]? {
        guard let entry = pages[path], entry.record == record else { return nil }
        return entry.bytes
    }

    func store(_ bytes: [UInt8], at path: String, for record: IncidentRecord?) {
        renderedCount += 1
        if let record { pages[path] = (record, bytes) }
    }

    /// Forgets pages whose paths the last build did not produce.
    func keep(only paths: Set<String>) {
        pages = pages.filter { paths.contains($0.key) }
    }
}
