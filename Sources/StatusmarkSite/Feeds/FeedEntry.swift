import Foundation

/// One incident or maintenance as the feeds list it. Its id is the incident page's absolute URL, so it stays the
/// same as updates land, and `updated` moves to the latest one: readers show the entry again, not a new one.
struct FeedEntry: Sendable, Hashable {
    /// The incident page's absolute URL, used as the entry's id and link.
    var url: String
    var title: String
    /// When the first update was posted.
    var published: Date
    /// When the latest update (or the postmortem) was posted.
    var updated: Date
    /// The latest update as HTML, with the status, the affected components and a link to the page.
    var contentHTML: String
    /// The affected components, as categories.
    var categories: [Category]

    struct Category: Sendable, Hashable {
        /// The component's id.
        var term: String
        /// The component's name.
        var label: String
    }
}
