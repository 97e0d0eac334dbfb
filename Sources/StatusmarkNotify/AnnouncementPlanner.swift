public import Foundation
public import StatusmarkCore

/// Finds the news: what the site about to be published shows that the live one did not.
///
/// An update is news when the live record has fewer updates at its instant: edits to an update's text, its
/// status word or the record's title are not news, and an update written in between older ones is found as
/// itself. A record the live lists do not hold is news when the lists were complete or it starts after the
/// oldest one they hold (the API lists the latest 50 of each kind); older ones fell off the lists, not out of
/// the site. Notices are not in the API and are not announced.
public struct AnnouncementPlanner: Sendable {
    public let now: Date
    /// Updates dated longer than this before now are passed over, in seconds.
    public let maxAge: Int
    /// How many records of each kind the live API lists at most.
    public let listLimit: Int

    public init(now: Date, maxAge: Int, listLimit: Int = 50) {
        self.now = now
        self.maxAge = maxAge
        self.listLimit = listLimit
    }

    public func plan(_ records: [IncidentRecord], live: LiveSnapshot) -> AnnouncementPlan {
        guard !live.isUnpublished else { return AnnouncementPlan(unpublished: true) }
        var plan = AnnouncementPlan()
        let earliest = now.addingTimeInterval(-Double(maxAge))
        let incidents = Window(live.incidents, limit: listLimit)
        let maintenance = Window(live.maintenance, limit: listLimit)
        for record in records {
            let incident = record.incident
            let window: Window
            switch incident.kind {
            case .notice: continue
            case .incident: window = incidents
            case .maintenance: window = maintenance
            }
            // A kind the live site did not list at all cannot be compared: nothing of it is announced.
            guard window.isListed else { continue }
            let liveRecord = window.records[incident.slug]
            if liveRecord == nil, !window.holds(start: record.facts.start) { continue }
            var found: [Announcement] = []
            var seen: [Date: Int] = [:]
            for time in liveRecord?.updateTimes ?? [] { seen[time, default: 0] += 1 }
            for (index, update) in incident.updates.enumerated() {
                let time = Date(timeIntervalSince1970: update.date.timeIntervalSince1970.rounded(.down))
                if let count = seen[time], count > 0 {
                    seen[time] = count - 1
                    continue
                }
                found.append(
                    Announcement(
                        event: .of(update.status, at: index, kind: incident.kind), slug: incident.slug,
                        updateIndex: index, date: update.date))
            }
            if liveRecord == nil, incident.kind == .maintenance, incident.updates.isEmpty {
                found.append(
                    Announcement(
                        event: .maintenanceScheduled, slug: incident.slug, updateIndex: nil,
                        date: incident.scheduledStart ?? record.facts.start))
            }
            if let postmortem = incident.postmortem, liveRecord?.hasPostmortem != true {
                found.append(Announcement(event: .postmortemPublished, slug: incident.slug, updateIndex: nil, date: postmortem.date))
            }
            for announcement in found {
                // A maintenance scheduled ahead is news now, whatever its date.
                let dated = announcement.updateIndex == nil && announcement.event == .maintenanceScheduled ? now : announcement.date
                if dated < earliest {
                    plan.tooOld += 1
                } else {
                    plan.announcements.append(announcement)
                }
            }
        }
        plan.announcements.sort { ($0.date, $0.slug, $0.updateIndex ?? Int.max) < ($1.date, $1.slug, $1.updateIndex ?? Int.max) }
        return plan
    }
}

private extension AnnouncementPlanner {
    /// One kind's live list: its records by id, and how far back it reaches.
    struct Window {
        var isListed: Bool
        var records: [String: LiveSnapshot.Record] = [:]
        /// The oldest start the list holds when it was cut at the limit; `nil` when it holds every record.
        var oldest: Date?

        init(_ list: [LiveSnapshot.Record]?, limit: Int) {
            isListed = list != nil
            guard let list else { return }
            for record in list where records[record.id] == nil { records[record.id] = record }
            if list.count >= limit { oldest = list.compactMap(\.start).min() }
        }

        func holds(start: Date) -> Bool {
            guard let oldest else { return true }
            return start >= oldest
        }
    }
}
