import Foundation
import StatusmarkCore

extension ViewModelFactory {
    /// An incident's own page.
    func incidentPage(_ record: IncidentRecord) -> IncidentPageViewModel {
        let incident = record.incident
        let assessment = record.facts.severity
        var severityNote: String?
        if let declared = assessment.declared, declared != assessment.computed {
            severityNote =
                "The incident file declares \(declared.rawValue) severity; the rules compute \(assessment.computed.rawValue)."
        }
        return IncidentPageViewModel(
            summary: summary(record),
            summaryHTML: incident.summaryHTML.isEmpty ? nil : incident.summaryHTML,
            affected: incident.impacts.map { impact in
                ViewModelBox(
                    AffectedComponentViewModel(
                        name: componentName(impact.componentID), url: links.component(impact.componentID),
                        level: ViewModelBox(level(of: impact, in: record))))
            },
            facts: facts(record),
            severityReasons: incident.kind == .incident ? assessment.reasons.map(explanation.sentence) : [],
            severityNote: severityNote,
            updates: incident.updates.reversed().map(update),
            postmortem: incident.postmortem.map(postmortem))
    }

    /// The postmortem, with its timeline's times as every other time on the page: in `<time>`, in the site's
    /// zone, the day given when it changes.
    func postmortem(_ postmortem: Postmortem) -> ViewModelBox<PostmortemViewModel> {
        var previousDay: String?
        let events = postmortem.timeline.map { event in
            let time = formatting.time(event.date)
            let label = time.day == previousDay ? time.clock : time.text
            previousDay = time.day
            return ViewModelBox(
                TimelineEventViewModel(time: time, label: label, milestone: event.milestone?.title, html: event.html))
        }
        return ViewModelBox(
            PostmortemViewModel(
                time: formatting.time(postmortem.date), html: postmortem.html, timeline: events,
                beforeTimeline: postmortem.aroundTimeline?.before, afterTimeline: postmortem.aroundTimeline?.after))
    }

    /// The level an affected component is shown with: an incident's, or for a maintenance where it stands, since
    /// its components are under maintenance only inside the window.
    func level(of impact: ComponentImpact, in record: IncidentRecord) -> StatusViewModel {
        guard record.incident.kind == .maintenance else { return StatusViewModel(impact.level) }
        switch record.facts.maintenancePhase {
        case .scheduled: return StatusViewModel(key: "maintenance", label: "Maintenance scheduled")
        case .completed: return StatusViewModel(key: "operational", label: "Maintenance completed")
        default: return StatusViewModel(.underMaintenance)
        }
    }

    /// The incident's times as a definition list.
    func facts(_ record: IncidentRecord) -> [ViewModelBox<FactViewModel>] {
        let incident = record.incident
        let facts = record.facts
        var list: [ViewModelBox<FactViewModel>] = []
        func instant(_ label: String, _ date: Date?) {
            guard let date else { return }
            let time = formatting.time(date)
            list.append(ViewModelBox(FactViewModel(label: label, value: time.text, time: time)))
        }
        func span(_ label: String, _ seconds: Int?) {
            guard let seconds else { return }
            list.append(ViewModelBox(FactViewModel(label: label, value: DisplayFormatting.duration(seconds), time: nil)))
        }
        let ongoing = isOngoing(facts)
        switch incident.kind {
        case .notice:
            instant("Posted", facts.start)
            if facts.lastUpdated > facts.start { instant("Last updated", facts.lastUpdated) }
            if incident.isPinned {
                list.append(ViewModelBox(FactViewModel(label: "On the home page", value: "Pinned", time: nil)))
            } else if let until = incident.until {
                instant("On the home page until", until)
            }
        case .maintenance:
            instant("Scheduled start", incident.scheduledStart)
            instant("Scheduled end", incident.scheduledEnd)
            if facts.maintenancePhase != .scheduled { instant("Started", facts.start) }
            instant("Completed", facts.isClosed ? facts.end : nil)
            if facts.maintenancePhase != .scheduled {
                span(ongoing ? "In progress for" : "Duration", facts.durationSeconds)
            }
        case .incident:
            instant("Started", facts.start)
            instant("Resolved", facts.isClosed ? facts.end : nil)
            if !facts.isClosed, let end = facts.end { instant("Impact ended", end) }
            span(ongoing ? "Ongoing for" : "Duration", facts.durationSeconds)
            span("Time to detect", facts.timeToDetect)
            span("Time to acknowledge", facts.timeToAcknowledge)
            span("Time to identify", facts.timeToIdentify)
            span("Time to mitigate", facts.timeToMitigate)
            span("Time to resolve", facts.timeToResolve)
        }
        return list
    }
}
