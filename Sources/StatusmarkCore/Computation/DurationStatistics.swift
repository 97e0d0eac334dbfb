/// The mean and median of some durations, and how many there were.
public struct DurationStatistics: Sendable, Hashable, Codable {
    public var count: Int
    public var meanSeconds: Int
    /// The middle value, or the mean of the two middle values, rounded down.
    public var medianSeconds: Int

    /// `nil` for no durations.
    public init?(_ seconds: [Int]) {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted()
        count = sorted.count
        meanSeconds = sorted.reduce(0, +) / sorted.count
        let middle = sorted.count / 2
        medianSeconds = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
