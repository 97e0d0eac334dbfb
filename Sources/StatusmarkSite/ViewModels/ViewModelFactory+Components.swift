import Foundation
import StatusmarkCore

extension ViewModelFactory {
    /// A component with its status and uptime bar.
    func component(_ component: Component) -> ViewModelBox<ComponentViewModel> {
        components[component.id] ?? makeComponent(component)
    }

    func makeComponent(_ component: Component) -> ViewModelBox<ComponentViewModel> {
        let uptime = uptimeByComponent[component.id]
        let days = (uptime?.days ?? []).map { self.day($0) }
        var counts: [String: Int] = [:]
        for day in days { counts[day.cssClass, default: 0] += 1 }
        var parts: [String] = []
        let kinds = [
            ("o", "quiet"), ("m", "with_maintenance"), ("d", "with_degraded"), ("p", "with_partial"), ("x", "with_major"),
            ("n", "unmonitored"),
        ]
        for (key, words) in kinds {
            if let count = counts[key] { parts.append(t.text("bar.\(words)", count: count)) }
        }
        let status = model.summary.componentStatuses[component.id] ?? .operational
        return ViewModelBox(ComponentViewModel(
            id: component.id, name: component.name, description: component.description, link: component.link,
            url: links.component(component.id), status: ViewModelBox(StatusViewModel(status, t)),
            uptime: formatting.uptime(uptime?.uptime),
            narrowUptime: formatting.uptime(lastDaysUptime(Self.narrowBarDays, of: uptime?.days ?? [])),
            uptimeDays: model.configuration.uptimeDays,
            days: days, barLabel: t.text("bar.label", count: days.count, ["parts": parts.joined(separator: ", ")]),
            daysAgo: t.text("bar.days_ago", count: model.configuration.uptimeDays),
            narrowDaysAgo: t.text("bar.days_ago", count: Self.narrowBarDays)))
    }

    func day(_ day: ComponentUptime.Day) -> ViewModelBox<DayViewModel> {
        let cssClass: String
        switch (day.hasData, day.worst) {
        case (false, _): cssClass = "n"
        case (true, .operational): cssClass = "o"
        case (true, .underMaintenance): cssClass = "m"
        case (true, .degradedPerformance): cssClass = "d"
        case (true, .partialOutage): cssClass = "p"
        case (true, .majorOutage): cssClass = "x"
        }
        var outage: [String] = []
        if day.majorOutageSeconds > 0 {
            outage.append(t.text("bar.major_time", ["duration": formatting.duration(day.majorOutageSeconds)]))
        }
        if day.partialOutageSeconds > 0 {
            outage.append(t.text("bar.partial_time", ["duration": formatting.duration(day.partialOutageSeconds)]))
        }
        let dayText = formatting.dayText(day.date)
        return ViewModelBox(DayViewModel(
            cssClass: cssClass, day: dayText, isoDay: day.date.description,
            status: day.hasData ? ViewModelBox(StatusViewModel(day.worst, t)) : nil, outage: outage.joined(separator: ", "),
            incidents: records(day.incidents).map {
                ViewModelBox(LinkViewModel(title: $0.incident.title, url: links.incident($0.incident.slug)))
            },
            noDataSummary: day.hasData ? "" : t.text("bar.day_no_data", ["day": dayText]),
            levelWords: t.text("bar.level_\(day.worst.rawValue)")))
    }

    /// The components under their group headings, in the order statusmark.yml lists them; a group sits where
    /// its first component is.
    func groups() -> [ComponentGroupViewModel] {
        var groups: [ComponentGroupViewModel] = []
        for component in model.configuration.components.sorted(by: { $0.position < $1.position }) {
            let viewModel = self.component(component)
            if let index = groups.firstIndex(where: { $0.name == component.group && component.group != nil }) {
                groups[index].components.append(viewModel)
            } else if component.group == nil, let last = groups.indices.last, groups[last].name == nil {
                groups[last].components.append(viewModel)
            } else {
                groups.append(ComponentGroupViewModel(name: component.group, components: [viewModel]))
            }
        }
        // Each group shows its worst status; a folded group must never hide trouble: it opens while any of its
        // components is not operational.
        for index in groups.indices {
            guard let name = groups[index].name else { continue }
            let worst = model.configuration.components.filter { $0.group == name }
                .map { model.summary.componentStatuses[$0.id] ?? .operational }.max() ?? .operational
            groups[index].status = ViewModelBox(StatusViewModel(worst, t))
            guard let described = model.configuration.group(named: name) else { continue }
            groups[index].description = described.description
            groups[index].isFoldable = described.isCollapsed
            groups[index].isFolded = described.isCollapsed && worst == .operational
        }
        return groups
    }

    /// How many days a bar shows on a narrow screen (the stylesheet hides the others).
    static let narrowBarDays = 30

    /// The uptime over the last `window` of `days` (all of them when fewer).
    func lastDaysUptime(_ window: Int, of days: [ComponentUptime.Day]) -> UptimePercentage? {
        let days = days.suffix(window)
        let observed = days.reduce(0) { $0 + $1.observedSeconds }
        let downtime = days.reduce(0.0) {
            $0 + Double($1.majorOutageSeconds) + model.configuration.partialOutageWeight * Double($1.partialOutageSeconds)
        }
        return UptimePercentage(downtime: downtime, window: observed)
    }

    /// When the uptime window begins: the start of its first day, in the site's zone.
    var uptimeWindowStart: Date {
        let zone = model.configuration.timeZone
        let today = zone.civilDate(at: Int(model.now.timeIntervalSince1970.rounded(.down)))
        let first = CivilDate(daysSinceEpoch: today.daysSinceEpoch - (model.configuration.uptimeDays - 1))
        return Date(timeIntervalSince1970: TimeInterval(zone.startOfDay(first)))
    }

    /// The component's reliability over the uptime window and over all time, as made beforehand for the build.
    func reliability(_ component: Component) -> (recent: ReliabilityFigures, allTime: ReliabilityFigures) {
        reliabilities[component.id] ?? makeReliability(component)
    }

    func makeReliability(_ component: Component) -> (recent: ReliabilityFigures, allTime: ReliabilityFigures) {
        let figures = ReliabilityFigures.windowAndAllTime(
            model.records, at: index.byComponent[component.id] ?? [], since: uptimeWindowStart)
        return (figures.window, figures.allTime)
    }

    /// The rows of the component page's reliability table.
    func reliabilityRows(_ component: Component) -> [ViewModelBox<ReliabilityRowViewModel>] {
        let (recent, allTime) = reliability(component)
        func figure(_ statistics: DurationStatistics?, of count: Int) -> String {
            guard let statistics else { return t.text("component.not_recorded") }
            let values = t.text(
                "component.mean_median",
                ["mean": formatting.duration(statistics.meanSeconds), "median": formatting.duration(statistics.medianSeconds)])
            return statistics.count == count
                ? values
                : t.text("component.some_of", ["values": values, "count": String(statistics.count), "total": String(count)])
        }
        var rows = [
            ReliabilityRowViewModel(
                label: t.text("component.incidents_row"), recent: "\(recent.incidents)", allTime: "\(allTime.incidents)")
        ]
        // Resolution always; detection and mitigation only where some incident records them.
        let times: [(String, KeyPath<ReliabilityFigures, DurationStatistics?>, Bool)] = [
            (t.text("component.time_to_resolve"), \.timeToResolve, true),
            (t.text("component.time_to_mitigate"), \.timeToMitigate, false),
            (t.text("component.time_to_detect"), \.timeToDetect, false),
        ]
        for (label, time, always) in times where always || allTime[keyPath: time] != nil {
            rows.append(
                ReliabilityRowViewModel(
                    label: label, recent: figure(recent[keyPath: time], of: recent.incidents),
                    allTime: figure(allTime[keyPath: time], of: allTime.incidents)))
        }
        return rows.map(ViewModelBox.init)
    }

    /// The links of a component's pages: one for each ``listPageSize`` incidents that affected it, at least one.
    func componentPageLinks(_ component: Component) -> PageLinks {
        PageLinks(count: Self.pageCount(index.byComponent[component.id]?.count ?? 0)) {
            links.component(component.id, page: $0)
        }
    }

    /// Page `number` (from 1) of a component's own pages, whose links are `pageLinks`
    /// (``componentPageLinks(_:)``).
    func componentPage(_ component: Component, page number: Int, of pageLinks: PageLinks) -> ComponentPageViewModel {
        let viewModel = self.component(component)
        var uptimes: [ViewModelBox<FactViewModel>] = []
        if number == 1 {
            let allDays = uptimeByComponent[component.id]?.days ?? []
            for window in Set([30, model.configuration.uptimeDays]).sorted() where window <= allDays.count {
                uptimes.append(
                    ViewModelBox(
                        FactViewModel(
                            label: t.text("component.uptime_window", count: window),
                            value: formatting.uptime(lastDaysUptime(window, of: allDays)), time: nil)))
            }
        }
        let incidents = index.byComponent[component.id] ?? []
        return ComponentPageViewModel(
            component: viewModel, group: component.group, uptimes: uptimes,
            reliability: number == 1 ? reliabilityRows(component) : [],
            eventfulDays: number == 1 ? viewModel.days.filter { !$0.incidents.isEmpty }.reversed() : [],
            incidents: Self.page(number, of: incidents).map { summary(model.records[$0]) },
            feed: ViewModelBox(
                FeedLinkViewModel(
                    format: "Atom",
                    title: t.text(
                        "component.feed_title", ["site": model.configuration.title, "name": component.name, "format": "Atom"]),
                    type: "application/atom+xml", url: links.file(SiteLinks.componentFeedPath(component.id)))),
            incidentCount: incidents.count, pager: pageLinks.pager(page: number),
            countText: t.text("component.count", count: incidents.count), pageOf: pageOf(pageLinks.pager(page: number)),
            lastDays: t.text("component.last_days", count: model.configuration.uptimeDays),
            noDays: t.text("component.no_days", count: model.configuration.uptimeDays))
    }
}
