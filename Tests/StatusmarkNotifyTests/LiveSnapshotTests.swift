import Foundation
import Testing
@testable import StatusmarkNotify

@Suite struct LiveSnapshotTests {
    @Test func readsStatuspageTimestampsInAnyOffset() {
        #expect(LiveSnapshot.date("2025-07-16T07:58:00.000Z") == instant("2025-07-16T07:58:00Z"))
        #expect(LiveSnapshot.date("2025-07-16T09:58:00.000+02:00") == instant("2025-07-16T07:58:00Z"))
        #expect(LiveSnapshot.date("2025-07-16T03:58:00-04:00") == instant("2025-07-16T07:58:00Z"))
        #expect(LiveSnapshot.date("2025-07-16T07:58:00Z") == instant("2025-07-16T07:58:00Z"))
        #expect(LiveSnapshot.date("16 July") == nil)
    }

    @Test func theSavedStateReadsBackTheSame() throws {
        let snapshot = LiveSnapshot(
            incidents: [
                LiveSnapshot.Record(id: "a", start: instant("2025-09-19T11:52:00Z"), updateTimes: [instant("2025-09-19T11:52:00Z")], hasPostmortem: true)
            ],
            maintenance: nil)
        #expect(try LiveSnapshot.decode(snapshot: snapshot.encoded(), file: "live.json") == snapshot)
        #expect(try LiveSnapshot.decode(snapshot: LiveSnapshot.unpublished.encoded(), file: "live.json") == .unpublished)
    }

    @Test func aFileThatIsNotTheAPIsSaysWhere() {
        #expect(throws: LiveSnapshot.FormatError(file: "api/v2/incidents.json", problem: "it has no list of incidents")) {
            try LiveSnapshot.decode(incidents: Data("{\"page\": {}}".utf8), maintenance: nil)
        }
        #expect(throws: LiveSnapshot.FormatError.self) {
            try LiveSnapshot.decode(incidents: Data("{\"incidents\": [{\"name\": \"x\"}]}".utf8), maintenance: nil)
        }
        #expect(throws: LiveSnapshot.FormatError.self) {
            try LiveSnapshot.decode(incidents: Data("<html>".utf8), maintenance: nil)
        }
    }
}
