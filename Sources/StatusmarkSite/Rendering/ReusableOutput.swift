/// The machine-readable files (feeds, the API, the calendar) and `_headers` of the preview server's last build,
/// each with what it was made from, so that a rebuild writes them again only when that changed.
///
/// Making a file's input (a feed's channel, an API file's response) is cheap next to writing it out as XML or
/// JSON, so the input is made every time and compared with the last one.
struct ReusableOutput: Sendable {
    struct Entry: Sendable {
        /// What the file was made from.
        var key: any Equatable & Sendable
        var bytes: [UInt8]
    }

    /// The last build's files, by path.
    let previous: [String: Entry]
    /// Whether this build's files are kept for the next one (only the preview server keeps them).
    let keeps: Bool
    /// This build's files, by path, when ``keeps``.
    private(set) var kept: [String: Entry] = [:]

    init(previous: [String: Entry], keeps: Bool) {
        self.previous = previous
        self.keeps = keeps
    }

    /// Keeps the last build's file at `path` for the next build, as made from what it was made from; `false` when
    /// the last build had none.
    mutating func keepPrevious(at path: String) -> Bool {
        guard let earlier = previous[path] else { return false }
        if keeps { kept[path] = earlier }
        return true
    }

    /// The file at `path`: the last build's when it was made from an equal key, else what `make` writes.
    mutating func bytes<Key: Equatable & Sendable>(at path: String, from key: Key, _ make: () -> String) -> [UInt8] {
        if let earlier = previous[path], (earlier.key as? Key) == key {
            if keeps { kept[path] = earlier }
            return earlier.bytes
        }
        let bytes = Array(make().utf8)
        if keeps { kept[path] = Entry(key: key, bytes: bytes) }
        return bytes
    }
}
