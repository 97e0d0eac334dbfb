/// Incident files a caller of ``ProjectLoader/load(root:paths:known:)`` has and knows to be what is on disk, taken
/// as they are instead of being read.
public enum KnownFiles: Sendable {
    /// At the places of the paths given to the loader (`nil` for a file to read): found by position, with no key
    /// to hash, for a caller that keeps the listing.
    case atPaths([SourceFile?])
    /// By path, for a listing the loader makes now.
    case byPath([String: SourceFile])
}
