import Foundation
import StatusmarkCore

extension ViewModelFactory {
    /// The front page. Its size does not grow with the number of incidents: it lists what is active, what is
    /// upcoming and the last ``recentDays`` days.
    func home() -> HomePageViewModel {
        let summary = model.summary
        let shown = Set(
            summary.activeIncidents + summary.activeMaintenance + summary.upcomingMaintenance + summary.currentNotices)
        let since = model.now.addingTimeInterval(-Double(Self.recentDays) * 86_400)
        // A notice has no end: it is recent while its latest update is. The times are read from the rows; only
        // a recent record's slug from the record.
        let recent = rows.indices.compactMap { index -> IncidentRecord? in
            let row = rows[index]
            let last = row.kind == .notice ? row.lastUpdated : row.end ?? model.now
            guard row.start <= model.now, last >= since, !shown.contains(model.records[index].incident.slug) else { return nil }
            return model.records[index]
        }
        return HomePageViewModel(
            overall: ViewModelBox(StatusViewModel(summary.overall, t)),
            activeIncidents: records(summary.activeIncidents).map { self.summary($0) },
            activeMaintenance: records(summary.activeMaintenance).map { self.summary($0) },
            upcomingMaintenance: records(summary.upcomingMaintenance).map { self.summary($0) },
            notices: records(summary.currentNotices).map { self.summary($0) },
            groups: groups().map(ViewModelBox.init), uptimeDays: model.configuration.uptimeDays, recent: recent.map { self.summary($0) },
            recentDays: Self.recentDays, historyURL: links.history(page: 1),
            recentHeading: t.text("home.recent", count: Self.recentDays),
            noRecent: t.text(
                summary.activeIncidents.isEmpty && summary.activeMaintenance.isEmpty ? "home.no_recent" : "home.no_other_recent",
                count: Self.recentDays))
    }

    /// `Page 2 of 13.`
    func pageOf(_ pager: PagerViewModel) -> String {
        t.text("pager.page_of", ["page": String(pager.pageNumber), "count": String(pager.pageCount)])
    }

    /// The history's pages' links: newest first, at most ``listPageSize`` incidents a page. A site without
    /// incidents still has one (empty) page.
    func historyPageLinks() -> PageLinks {
        PageLinks(count: Self.pageCount(model.records.count), url: links.history(page:))
    }

    /// Page `number` (from 1) of the history: what it shows follows from the records on it, their count and the
    /// page's number.
    func historyPage(_ number: Int, of pageLinks: PageLinks) -> HistoryPageViewModel {
        let records = model.records
        var months: [MonthViewModel] = []
        var month: (year: Int, month: Int)?
        for record in Self.page(number, of: records) {
            let day = model.configuration.timeZone.civilDate(at: Int(record.facts.start.timeIntervalSince1970))
            if month?.year != day.year || month?.month != day.month {
                month = (day.year, day.month)
                months.append(
                    MonthViewModel(
                        label: formatting.monthText(year: day.year, month: day.month),
                        id: "\(day.year)-\(CivilDate.pad(day.month, 2))", incidents: []))
            }
            months[months.count - 1].incidents.append(summary(record))
        }
        let pager = pageLinks.pager(page: number)
        return HistoryPageViewModel(
            months: months.map(ViewModelBox.init), totalCount: records.count, pager: pager,
            countText: t.text("history.count", count: records.count), pageOf: pageOf(pager))
    }
}
