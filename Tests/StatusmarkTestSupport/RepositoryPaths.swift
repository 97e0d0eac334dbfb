public import Foundation

/// Paths inside this repository, found from this file's location so tests work from any working directory.
public enum RepositoryPaths {
    /// The repository root (also the sample site).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // StatusmarkTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `Tests/Fixtures`.
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures", isDirectory: true)
}
