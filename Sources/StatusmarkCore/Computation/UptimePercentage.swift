/// An uptime percentage truncated (not rounded) to two decimals, held exactly as hundredths of a percent.
public struct UptimePercentage: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Hundredths of a percent: 9995 is 99.95%.
    public var hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    /// `100 × (1 − downtime / window)`, truncated to two decimals; `nil` for an empty window.
    ///
    /// - Parameters:
    ///   - downtime: Weighted seconds of downtime.
    ///   - window: Seconds observed.
    public init?(downtime: Double, window: Int) {
        guard window > 0 else { return nil }
        let up = max(0, 1 - downtime / Double(window))
        // The small epsilon keeps 99.95 from being stored as 99.94999… and truncated to 99.94.
        self.hundredths = Int((up * 10_000 + 1e-7).rounded(.down))
    }

    public static func < (lhs: UptimePercentage, rhs: UptimePercentage) -> Bool {
        lhs.hundredths < rhs.hundredths
    }

    /// `99.95`, `100.00`.
    public var description: String {
        "\(hundredths / 100).\(CivilDate.pad(hundredths % 100, 2))"
    }
}
