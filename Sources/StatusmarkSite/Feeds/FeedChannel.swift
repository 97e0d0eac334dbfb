import Foundation

/// A feed as a whole: the site's history, or one component's.
struct FeedChannel: Sendable, Equatable {
    var title: String
    var description: String
    /// The absolute URL of the page the feed follows.
    var pageURL: String
    /// When the newest entry was updated (the model's moment when there is none).
    var updated: Date
    /// Newest update first, at most the site's `feed_limit`.
    var entries: [FeedEntry]
}
