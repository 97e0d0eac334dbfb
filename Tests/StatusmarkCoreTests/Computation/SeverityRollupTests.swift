import Testing
@testable import StatusmarkCore

@Suite struct SeverityRollupTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var levels: [ComponentStatus] = []
        var affected: Double?
        var minutes = 30
        var expected: Severity
        var testDescription: String { "\(levels) \(affected.map { "\($0)%" } ?? "-") \(minutes)m → \(expected)" }
    }

    static let examples: [Example] = [
        Example(expected: .none),
        Example(levels: [.degradedPerformance], expected: .minor),
        Example(levels: [.partialOutage], expected: .major),
        Example(levels: [.majorOutage], expected: .critical),
        Example(levels: [.degradedPerformance, .partialOutage], expected: .major),
        Example(affected: 7, expected: .minor),
        Example(affected: 9.99, expected: .minor),
        Example(affected: 10, expected: .major),
        Example(affected: 49.9, expected: .major),
        Example(affected: 50, expected: .critical),
        Example(affected: 0, expected: .none),
        Example(levels: [.degradedPerformance], affected: 60, expected: .critical),
        Example(levels: [.degradedPerformance], minutes: 239, expected: .minor),
        Example(levels: [.degradedPerformance], minutes: 240, expected: .major),
        Example(levels: [.partialOutage], minutes: 300, expected: .critical),
        Example(levels: [.majorOutage], minutes: 600, expected: .critical),
        Example(minutes: 300, expected: .minor),
    ]

    @Test(arguments: examples)
    func computesTheHighestRule(_ example: Example) {
        let incident = Incident(
            slug: "x", path: "incidents/x.md", kind: .incident, title: "x",
            impacts: example.levels.enumerated().map { ComponentImpact(componentID: "c\($0.offset)", level: $0.element) },
            affectedPercent: example.affected)
        let assessment = SeverityRollup(rules: SeverityRules()).assess(incident, durationSeconds: example.minutes * 60)
        #expect(assessment.computed == example.expected)
    }

    @Test func declaredSeverityWinsAndReasonsExplainTheComputedOne() {
        let incident = Incident(
            slug: "x", path: "incidents/x.md", kind: .incident, title: "x",
            impacts: [ComponentImpact(componentID: "api", level: .partialOutage)], affectedPercent: 7,
            declaredSeverity: .minor)
        let assessment = SeverityRollup(rules: SeverityRules()).assess(incident, durationSeconds: 5 * 3600)
        #expect(assessment.effective == .minor)
        #expect(assessment.computed == .critical)
        #expect(
            assessment.reasons == [
                .duration(seconds: 18_000, threshold: 14_400, from: .major, to: .critical),
                .component(id: "api", level: .partialOutage, severity: .major),
                .affected(percent: 7, severity: .minor),
            ])
        let explanation = SeverityExplanation(configuration: testConfiguration())
        #expect(
            assessment.reasons.map(explanation.sentence(for:)) == [
                "impact of 5h (at least 4h) raises major → critical",
                "partial outage of API → major",
                "7% of users affected → minor",
            ])
    }

    @Test func thresholdsComeFromTheRules() {
        let rules = SeverityRules(majorAffectedPercent: 5, criticalAffectedPercent: 20, escalateAfter: nil)
        let incident = Incident(slug: "x", path: "incidents/x.md", kind: .incident, title: "x", affectedPercent: 7)
        let assessment = SeverityRollup(rules: rules).assess(incident, durationSeconds: 100 * 3600)
        #expect(assessment.computed == .major)
        #expect(assessment.reasons == [.affected(percent: 7, severity: .major)])
    }
}
