import Foundation
import StatusmarkTestSupport
import Testing
@testable import StatusmarkCore

/// The sample site's whole computed model, as text, against Tests/Fixtures/sample-model.txt.
/// Re-record with `STATUSMARK_RECORD=1 swift test --filter SampleSiteModelTests` and review the diff.
@Suite struct SampleSiteModelTests {
    @Test func sampleSiteModelMatchesItsGolden() async throws {
        let sources = try ProjectLoader().load(root: RepositoryPaths.root)
        let result = await StatusModelBuilder(now: date("2025-09-19T14:00:00Z")).build(sources)
        #expect(result.diagnostics == [])
        let model = try #require(result.model)
        Golden.assert(dump(model), matches: RepositoryPaths.fixtures.appendingPathComponent("sample-model.txt"))
    }

    @Test func justCallLastsItsRealThirtyMinutes() async throws {
        let sources = try ProjectLoader().load(root: RepositoryPaths.root)
        let model = try await #require(StatusModelBuilder(now: date("2025-09-19T14:00:00Z")).build(sources).model)
        let record = try #require(model.record(slug: "2025-07-11-overcharged-usage"))
        #expect(record.facts.durationSeconds == 1800)
        #expect(model.summary.overall == .degraded)
        #expect(model.summary.activeIncidents == ["2025-09-19-sms-delivery-delays"])
        #expect(model.summary.upcomingMaintenance == ["2025-09-23-database-upgrade"])
    }

    func dump(_ model: StatusModel) -> String {
        func duration(_ seconds: Int?) -> String {
            guard let seconds else { return "-" }
            return "\(seconds / 3600)h\(CivilDate.pad(seconds % 3600 / 60, 2))m"
        }
        let explanation = SeverityExplanation(configuration: model.configuration)
        var lines = ["now \(iso(model.now))", "overall \(model.summary.overall.rawValue)", ""]
        for record in model.records {
            let facts = record.facts
            lines.append("\(record.incident.slug) [\(record.incident.kind.rawValue)]")
            lines.append("  start \(iso(facts.start)) end \(facts.end.map(iso) ?? "ongoing") lasted \(duration(facts.durationSeconds))")
            lines.append(
                "  status \(facts.status.rawValue) closed \(facts.isClosed) phase \(facts.maintenancePhase?.rawValue ?? "-") "
                    + "updated \(iso(facts.lastUpdated))")
            lines.append(
                "  detect \(duration(facts.timeToDetect)) acknowledge \(duration(facts.timeToAcknowledge)) "
                    + "identify \(duration(facts.timeToIdentify)) mitigate \(duration(facts.timeToMitigate)) "
                    + "resolve \(duration(facts.timeToResolve))")
            lines.append("  severity \(facts.severity.effective.rawValue) (computed \(facts.severity.computed.rawValue))")
            for reason in facts.severity.reasons { lines.append("    \(explanation.sentence(for: reason))") }
            lines.append(
                "  updates \(record.incident.updates.count) timeline \(record.incident.postmortem?.timeline.count ?? 0)")
        }
        lines.append("")
        for uptime in model.uptime {
            let status = model.summary.componentStatuses[uptime.componentID]?.rawValue ?? "?"
            let outageDays = uptime.days.filter { $0.worst != .operational }
                .map { "\($0.date) \($0.worst.rawValue) \($0.incidents.joined(separator: ","))" }
            lines.append(
                "\(uptime.componentID): \(status) uptime \(uptime.uptime?.description ?? "-") "
                    + "(major \(uptime.majorOutageSeconds)s, partial \(uptime.partialOutageSeconds)s, "
                    + "observed \(uptime.observedSeconds)s, \(uptime.days.filter(\.hasData).count) days)")
            lines += outageDays.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
