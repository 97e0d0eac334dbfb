public import Foundation

/// Computes uptime as Statuspage does: `100 × (1 − (major + w × partial) / window)`, truncated to two decimals,
/// where `w` is `partial_outage_weight` (0.3 by default).
///
/// Days are calendar days in the site's time zone, the last one being today up to `now`. The window starts no
/// earlier than the component's `start_date`. Degraded performance and maintenance are not downtime. Where
/// incidents overlap on a component, each second counts once, at the worst level.
public struct UptimeCalculator: Sendable {
    public let zone: ZoneReference
    public let partialOutageWeight: Double
    public let now: Date

    public init(zone: ZoneReference, partialOutageWeight: Double, now: Date) {
        self.zone = zone
        self.partialOutageWeight = partialOutageWeight
        self.now = now
    }

    /// The uptime of each component over the last `days` days, in the order given.
    public func uptime(for components: [Component], records: [IncidentRecord], days: Int) -> [ComponentUptime] {
        let nowSeconds = Int(now.timeIntervalSince1970.rounded(.down))
        let today = zone.civilDate(at: nowSeconds)
        let firstDay = today.adding(days: -(max(1, days) - 1))
        let boundaries = (0...max(1, days)).map { zone.startOfDay(firstDay.adding(days: $0)) }
        var intervals: [String: [Interval]] = [:]
        for record in records {
            let start = Int(record.facts.start.timeIntervalSince1970)
            let end = record.facts.end.map { Int($0.timeIntervalSince1970) } ?? nowSeconds
            guard end > boundaries[0], start < nowSeconds, end > start else { continue }
            for impact in record.incident.impacts {
                let level: ComponentStatus = record.incident.kind == .maintenance ? .underMaintenance : impact.level
                intervals[impact.componentID, default: []].append(
                    Interval(start: start, end: min(end, nowSeconds), level: level, slug: record.incident.slug))
            }
        }
        return components.map { component in
            let componentStart = component.startDate.map { Int($0.timeIntervalSince1970) } ?? .min
            let own = (intervals[component.id] ?? []).sorted { ($0.start, $0.slug) < ($1.start, $1.slug) }
            var result = ComponentUptime(
                componentID: component.id, days: [], observedSeconds: 0, majorOutageSeconds: 0,
                partialOutageSeconds: 0, uptime: nil)
            for index in 0..<(boundaries.count - 1) {
                let from = max(boundaries[index], componentStart)
                let to = min(boundaries[index + 1], nowSeconds)
                let day = measure(own, from: from, to: to, date: firstDay.adding(days: index))
                result.days.append(day)
                result.observedSeconds += day.observedSeconds
                result.majorOutageSeconds += day.majorOutageSeconds
                result.partialOutageSeconds += day.partialOutageSeconds
            }
            result.uptime = percentage(
                major: result.majorOutageSeconds, partial: result.partialOutageSeconds, window: result.observedSeconds)
            return result
        }
    }
}

private extension UptimeCalculator {
    struct Interval {
        var start: Int
        var end: Int
        var level: ComponentStatus
        var slug: String
    }

    func measure(_ intervals: [Interval], from: Int, to: Int, date: CivilDate) -> ComponentUptime.Day {
        var day = ComponentUptime.Day(
            date: date, observedSeconds: max(0, to - from), majorOutageSeconds: 0, partialOutageSeconds: 0,
            worst: .operational, incidents: [], uptime: nil)
        guard to > from else { return day }
        let touching = intervals.filter { $0.start < to && $0.end > from }
        var points = [from, to]
        for interval in touching {
            points.append(max(from, interval.start))
            points.append(min(to, interval.end))
        }
        points = Array(Set(points)).sorted()
        for (lower, upper) in zip(points, points.dropFirst()) {
            let level = touching.filter { $0.start <= lower && $0.end >= upper }.map(\.level).max() ?? .operational
            switch level {
            case .majorOutage: day.majorOutageSeconds += upper - lower
            case .partialOutage: day.partialOutageSeconds += upper - lower
            default: break
            }
        }
        day.worst = touching.map(\.level).max() ?? .operational
        var seen = Set<String>()
        day.incidents = touching.map(\.slug).filter { seen.insert($0).inserted }
        day.uptime = percentage(major: day.majorOutageSeconds, partial: day.partialOutageSeconds, window: day.observedSeconds)
        return day
    }

    func percentage(major: Int, partial: Int, window: Int) -> UptimePercentage? {
        UptimePercentage(downtime: Double(major) + partialOutageWeight * Double(partial), window: window)
    }
}
