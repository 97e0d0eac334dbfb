/// What a watcher saw change in the site folder since it last said: paths relative to the site folder, sorted.
/// When the watcher may have missed changes (the system's event queue overflowed), `isComplete` is false and the
/// build must read every file again.
struct SourceChanges: Sendable, Equatable {
    var paths: [String]
    var isComplete = true

    /// The paths for ``StatusmarkSite/IncrementalSiteBuilder/build(now:changed:)``: `nil` reads every file again.
    var changedPaths: [String]? { isComplete ? paths : nil }
}
