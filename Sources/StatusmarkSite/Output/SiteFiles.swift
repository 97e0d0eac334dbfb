/// A built site's files sorted by path, each path once, found by binary search: what the preview serves.
///
/// The renderer hands its files over sorted already, so the preview keeps them as they come instead of hashing
/// ten thousand paths into a dictionary after every rebuild.
public struct SiteFiles: Sendable, Equatable {
    /// Sorted by path (`String`'s `<`), with no path twice.
    public let files: [RenderedFile]

    /// - Parameter files: Files sorted by path, each path once, as ``SiteRenderer`` returns them.
    public init(sorted files: [RenderedFile]) {
        assert(zip(files, files.dropFirst()).allSatisfy { $0.path < $1.path }, "the files are sorted by path, each once")
        self.files = files
    }

    /// Files in any order; where two have a path, the last one is kept.
    public init(_ files: [RenderedFile]) {
        var latest: [String: Int] = [:]
        for (index, file) in files.enumerated() { latest[file.path] = index }
        self.init(sorted: latest.values.sorted { files[$0].path < files[$1].path }.map { files[$0] })
    }

    public var count: Int { files.count }

    public var paths: [String] { files.map(\.path) }

    /// The bytes of the file at a path; `nil` when there is none.
    public subscript(path: String) -> [UInt8]? {
        let index = firstIndex(notBefore: path)
        guard index < files.endIndex, files[index].path == path else { return nil }
        return files[index].bytes
    }

    /// Whether any file's path starts with `prefix`.
    public func containsPath(startingWith prefix: String) -> Bool {
        // Every path is asked: `hasPrefix` compares characters, and a combining mark after the prefix's last one
        // can make a path that sorts after the prefix not start with it. Only requests for missing files ask this.
        files.contains { $0.path.hasPrefix(prefix) }
    }

    /// The index of the first file whose path is not before `path`.
    private func firstIndex(notBefore path: String) -> Int {
        var low = files.startIndex
        var high = files.endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if files[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
