import Foundation
import Testing
@testable import StatusmarkCore

/// `statusmark sample` spreads its incidents over the five years before its `now`, at least an hour apart; a
/// larger site begins earlier instead of running past `now`, where an incident could have no update yet.
@Suite struct SampleSiteGeneratorTests {
    static let fiveYears = 5 * 365 * 86_400

    @Test(arguments: [1, 10, 1_000, 10_000, 43_800, 43_801, 100_000, 1_000_000])
    func incidentsStartAnHourApartAndBeforeNow(incidents: Int) {
        let (span, step) = SampleSiteGenerator.spacing(incidents: incidents)
        #expect(step >= 3_600)
        #expect(span >= Self.fiveYears)
        // The last incident starts at its place plus at most half a step of jitter.
        #expect((incidents - 1) * step + step / 2 < span)
    }

    @Test func upToFiveYearsOfHoursTheSpanIsFiveYears() {
        #expect(SampleSiteGenerator.spacing(incidents: 1_000).span == Self.fiveYears)
        #expect(SampleSiteGenerator.spacing(incidents: 1_000).step == Self.fiveYears / 1_000)
        #expect(SampleSiteGenerator.spacing(incidents: 43_800).span == Self.fiveYears)
        #expect(SampleSiteGenerator.spacing(incidents: 100_000).span == 100_000 * 3_600)
    }

    /// Every file of a small site has an update, and none is dated after `now`.
    @Test func noIncidentIsLeftWithoutAnUpdate() async throws {
        let now = Date(timeIntervalSince1970: 1_758_290_400)
        let files = SampleSiteGenerator(incidents: 200, components: 4, seed: 9, now: now).files()
        let sources = ProjectSources(
            root: URL(fileURLWithPath: "/sample"), configuration: SourceFile(path: files[0].path, text: files[0].text),
            incidents: files.dropFirst().map { SourceFile(path: $0.path, text: $0.text) })
        let result = await StatusModelBuilder(now: now).build(sources)
        #expect(result.diagnostics.filter(\.isError) == [])
        #expect(result.model?.records.count == 200)
    }
}
