import Foundation
import StatusmarkCore

extension ViewModelFactory {
    /// An incident's own page.
    func incidentPage(_ record: IncidentRecord) -> IncidentPageViewModel {
        let incident = record.incident
        let assessment = record.facts.severity
        var severityNote: String?
        if let declared = assessment.declared, declared != assessment.computed {
            severityNote = t.text(
                "severity.declared_differs",
                ["declared": severityWord(declared), "computed": severityWord(assessment.computed)])
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
            severityReasons: incident.kind == .incident ? assessment.reasons.map { severityReason($0) } : [],
            severityNote: severityNote,
            updates: incident.updates.reversed().map { update($0) },
            postmortem: incident.postmortem.map { postmortem($0) })
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
        guard record.incident.kind == .maintenance else { return StatusViewModel(impact.level, t) }
        switch record.facts.maintenancePhase {
        case .scheduled: return StatusViewModel(key: "maintenance", label: t.text("status.maintenance_scheduled"))
        case .completed: return StatusViewModel(key: "operational", label: t.text("status.maintenance_completed"))
        default: return StatusViewModel(.underMaintenance, t)
        }
    }

    /// The incident's times as a definition list.
    func facts(_ record: IncidentRecord) -> [ViewModelBox<FactViewModel>] {
        let incident = record.incident
        let facts = record.facts
        var list: [ViewModelBox<FactViewModel>] = []
        /// A fact labelled with the text of `label`, a key of the translation.
        func instant(_ label: String, _ date: Date?) {
            guard let date else { return }
            let time = formatting.time(date)
            list.append(ViewModelBox(FactViewModel(label: t.text(label), value: time.text, time: time)))
        }
        func span(_ label: String, _ seconds: Int?) {
            guard let seconds else { return }
            list.append(
                ViewModelBox(FactViewModel(label: t.text(label), value: formatting.duration(seconds), time: nil)))
        }
        let ongoing = isOngoing(facts)
        switch incident.kind {
        case .notice:
            instant("incident.fact_posted", facts.start)
            if facts.lastUpdated > facts.start { instant("incident.fact_last_updated", facts.lastUpdated) }
            if incident.isPinned {
                list.append(ViewModelBox(FactViewModel(label: t.text("incident.fact_home"), value: t.text("incident.fact_pinned"), time: nil)))
            } else if let until = incident.until {
                instant("incident.fact_home_until", until)
            }
        case .maintenance:
            instant("incident.fact_scheduled_start", incident.scheduledStart)
            instant("incident.fact_scheduled_end", incident.scheduledEnd)
            if facts.maintenancePhase != .scheduled { instant("incident.fact_started", facts.start) }
            instant("incident.fact_completed", facts.isClosed ? facts.end : nil)
            if facts.maintenancePhase != .scheduled {
                span(ongoing ? "incident.fact_in_progress_for" : "incident.fact_duration", facts.durationSeconds)
            }
        case .incident:
            instant("incident.fact_started", facts.start)
            instant("incident.fact_resolved", facts.isClosed ? facts.end : nil)
            if !facts.isClosed, let end = facts.end { instant("incident.fact_impact_ended", end) }
            span(ongoing ? "incident.fact_ongoing_for" : "incident.fact_duration", facts.durationSeconds)
            span("incident.fact_time_to_detect", facts.timeToDetect)
            span("incident.fact_time_to_acknowledge", facts.timeToAcknowledge)
            span("incident.fact_time_to_identify", facts.timeToIdentify)
            span("incident.fact_time_to_mitigate", facts.timeToMitigate)
            span("incident.fact_time_to_resolve", facts.timeToResolve)
        }
        return list
    }
}

extension ViewModelFactory {
    /// `minor`, `major`: a severity as a sentence names it.
    func severityWord(_ severity: Severity) -> String {
        StatusViewModel(severity, t).label.lowercased(with: nil)
    }

    /// Why a severity rule applied: `partial outage of Calling → major`.
    func severityReason(_ reason: SeverityAssessment.Reason) -> String {
        switch reason {
        case .component(let id, let level, let severity):
            return t.text(
                "severity.component_reason",
                ["level": t.text("bar.level_\(level.rawValue)"), "component": componentName(id), "severity": severity.rawValue])
        case .affected(let percent, let severity):
            let rules = model.configuration.severityRules
            let threshold: Double? =
                switch severity {
                case .critical: rules.criticalAffectedPercent
                case .major: rules.majorAffectedPercent
                default: nil
                }
            guard let threshold else {
                return t.text("severity.affected_reason", ["percent": number(percent), "severity": severity.rawValue])
            }
            return t.text(
                "severity.affected_threshold_reason",
                ["percent": number(percent), "threshold": number(threshold), "severity": severity.rawValue])
        case .duration(let seconds, let threshold, let from, let to):
            return t.text(
                "severity.duration_reason",
                [
                    "duration": formatting.duration(seconds), "threshold": formatting.duration(threshold),
                    "from": from.rawValue, "to": to.rawValue,
                ])
        }
    }

    /// `12.5` as the language writes it (`12,5`), and `50` without a fraction.
    func number(_ value: Double) -> String {
        let written = value == value.rounded() ? String(Int(value)) : String(value)
        let separator = t.text("numbers.decimal")
        return separator == "." || separator.isEmpty ? written : written.replacingOccurrences(of: ".", with: separator)
    }
}
