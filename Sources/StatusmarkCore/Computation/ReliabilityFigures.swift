public import Foundation

/// How a component's incidents went, over a window: how many there were, and the times to detect, mitigate and
/// resolve of those that record them.
public struct ReliabilityFigures: Sendable, Hashable {
    /// Incidents (not maintenance or notices) that affected the component and started in the window.
    public var incidents: Int
    public var timeToDetect: DurationStatistics?
    public var timeToMitigate: DurationStatistics?
    /// Of the incidents that are resolved.
    public var timeToResolve: DurationStatistics?

    public init(
        incidents: Int, timeToDetect: DurationStatistics?, timeToMitigate: DurationStatistics?,
        timeToResolve: DurationStatistics?
    ) {
        self.incidents = incidents
        self.timeToDetect = timeToDetect
        self.timeToMitigate = timeToMitigate
        self.timeToResolve = timeToResolve
    }

    /// The figures of the incidents among `records` that started at `since` or later (all of them for `nil`).
    public init(_ records: [IncidentRecord], since: Date?) {
        self = Self.windowAndAllTime(records, at: Array(records.indices), since: since ?? .distantPast).window
    }

    /// The figures over the incidents among the records at `positions` that started at `since` or later, and over
    /// all of them, in one pass. By position, so that a caller that lists some of the records has no array of
    /// records to make.
    public static func windowAndAllTime(
        _ records: [IncidentRecord], at positions: [Int], since: Date
    ) -> (window: ReliabilityFigures, allTime: ReliabilityFigures) {
        var counts = (window: 0, allTime: 0)
        var detect: (window: [Int], allTime: [Int]) = ([], [])
        var mitigate: (window: [Int], allTime: [Int]) = ([], [])
        var resolve: (window: [Int], allTime: [Int]) = ([], [])
        for position in positions where records[position].incident.kind == .incident {
            let facts = records[position].facts
            let inWindow = facts.start >= since
            counts.allTime += 1
            if inWindow { counts.window += 1 }
            if let seconds = facts.timeToDetect {
                detect.allTime.append(seconds)
                if inWindow { detect.window.append(seconds) }
            }
            if let seconds = facts.timeToMitigate {
                mitigate.allTime.append(seconds)
                if inWindow { mitigate.window.append(seconds) }
            }
            if facts.isClosed, let seconds = facts.timeToResolve {
                resolve.allTime.append(seconds)
                if inWindow { resolve.window.append(seconds) }
            }
        }
        return (
            ReliabilityFigures(
                incidents: counts.window, timeToDetect: DurationStatistics(detect.window),
                timeToMitigate: DurationStatistics(mitigate.window), timeToResolve: DurationStatistics(resolve.window)),
            ReliabilityFigures(
                incidents: counts.allTime, timeToDetect: DurationStatistics(detect.allTime),
                timeToMitigate: DurationStatistics(mitigate.allTime),
                timeToResolve: DurationStatistics(resolve.allTime))
        )
    }
}
