import StatusmarkCore

/// The files collected so far, each with what wrote it, and the diagnostics of those that could not be added.
///
/// Paths and bytes are kept apart, so that what is made from the paths alone (`_headers`, the output's order) reads
/// them where they are instead of copying ten thousand of them into an array of its own.
struct OutputCollector: Sendable {
    /// The files' paths, in the order they were added.
    private(set) var paths: [String] = []
    /// The files' bytes, at the same places; those of `stagedPaths` are empty.
    private var contents: [[UInt8]] = []
    /// What wrote each file, for the message when a second file claims its path.
    private var origins: [String] = []
    /// The pages written into the staging folder as they were rendered.
    private(set) var stagedPaths: Set<String> = []
    var diagnostics: [Diagnostic] = []

    mutating func reserveCapacity(_ count: Int) {
        paths.reserveCapacity(count)
        contents.reserveCapacity(count)
        origins.reserveCapacity(count)
    }

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
        paths.append(file.path)
        contents.append(file.bytes)
        origins.append(origin)
    }

    /// Adds another collector's files, after this one's, and its diagnostics.
    mutating func add(_ other: OutputCollector) {
        paths += other.paths
        contents += other.contents
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
        let order = known ?? paths.indices.sorted { paths[$0] < paths[$1] }
        var sorted: [RenderedFile] = []
        sorted.reserveCapacity(paths.count)
        var start = 0
        while start < order.count {
            let path = paths[order[start]]
            var end = start + 1
            while end < order.count, paths[order[end]] == path { end += 1 }
            defer { start = end }
            guard end - start > 1 else {
                sorted.append(RenderedFile(path: path, bytes: contents[order[start]]))
                continue
            }
            // The sort need not keep the order files were added in; the first added is the least index.
            let claims = order[start..<end].sorted()
            sorted.append(RenderedFile(path: path, bytes: contents[claims[0]]))
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

