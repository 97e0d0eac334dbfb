/// What this build of Statusmark is: the release number from the package's VERSION file and the commit it was
/// built from, both stamped in at build time by the VersionStamp plugin.
public enum StatusmarkVersion {
    /// The release number, such as `0.1.0`.
    public static let number = stampedNumber
    /// The full hash of the commit the binary was built from, or nil when the source had no git checkout.
    public static let commit = stampedCommit

    /// What pages, feeds and the API name as their generator: `Statusmark 0.1.0`. It has no commit, so that a
    /// commit that changes no page changes no published file.
    public static let generator = "Statusmark \(number)"

    /// What `statusmark --version` prints: `0.1.0 (commit 75825c4325f8)`.
    public static var summary: String {
        "\(number) (commit \(commit.map { String($0.prefix(12)) } ?? "unknown"))"
    }
}
