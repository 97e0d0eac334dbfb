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
        let incidents = records.filter { record in
            record.incident.kind == .incident && since.map { record.facts.start >= $0 } ?? true
        }
        self.init(
            incidents: incidents.count,
            timeToDetect: DurationStatistics(incidents.compactMap(\.facts.timeToDetect)),
            timeToMitigate: DurationStatistics(incidents.compactMap(\.facts.timeToMitigate)),
            timeToResolve: DurationStatistics(incidents.compactMap { $0.facts.isClosed ? $0.facts.timeToResolve : nil }))
    }
}
