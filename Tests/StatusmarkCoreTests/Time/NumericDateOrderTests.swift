import Foundation
import Testing
@testable import StatusmarkCore

/// Dates of numbers with dots or slashes, read in the order the site's language names.
@Suite struct NumericDateOrderTests {
    static func parser(_ order: NumericDateOrder) -> TimestampParser {
        var parser = TimestampParser(defaultZone: .utc)
        parser.numericDateOrder = order
        return parser
    }

    @Test(arguments: [
        (NumericDateOrder.dmy, "18.09.2025 11:00 UTC", "2025-09-18T11:00:00Z"),
        (.dmy, "8.9.2025 07:05 UTC", "2025-09-08T07:05:00Z"),
        (.dmy, "09/10/2025 11:30", "2025-10-09T11:30:00Z"),
        (.mdy, "09/18/2025 12:00 UTC", "2025-09-18T12:00:00Z"),
        (.mdy, "9/8/2025 12:00 UTC", "2025-09-08T12:00:00Z"),
    ])
    func aDateInTheLanguagesOrderIsRead(order: NumericDateOrder, text: String, expected: String) throws {
        let parsed = try Self.parser(order).parse(text).get()
        #expect(iso(parsed.date) == expected)
        #expect(parsed.hasDate)
    }

    @Test(arguments: [(NumericDateOrder.none, "18.09.2025 11:00 UTC"), (.mdy, "18.09.2025 11:00 UTC")])
    func anOrderThatDoesNotReadTheDateRefusesIt(order: NumericDateOrder, text: String) {
        guard case .failure(let error) = Self.parser(order).parse(text) else {
            Issue.record("'\(text)' was read")
            return
        }
        #expect(error.code == .timestampInvalidDate)
        #expect((error.offset, error.length) == (0, 10))
    }

    /// A problem after a short date is pointed at where it is written, not where the ISO date would put it.
    @Test func aProblemAfterTheDateKeepsItsColumn() {
        guard case .failure(let error) = Self.parser(.dmy).parse("8.9.2025 25:00 UTC") else {
            Issue.record("25:00 was read")
            return
        }
        #expect(error.offset == 9)
    }

    @Test func aDateThatDoesNotExistIsNamedAsWritten() {
        guard case .failure(let error) = Self.parser(.dmy).parse("31.09.2025 12:30") else {
            Issue.record("31 September was read")
            return
        }
        #expect(error.message == "31.09.2025 is not a date: September 2025 has 30 days")
        #expect((error.offset, error.length) == (0, 10))
    }

    @Test func theLanguagesStatusWordsAreReadBesideTheEnglishOnes() {
        let german = IncidentVocabulary(
            languageName: "Deutsch", localWords: [.resolved: "Behoben", .identified: "Identifiziert", .update: "Update"],
            numericDateOrder: .dmy)
        #expect(german.status("behoben") == .resolved)
        #expect(german.status("Resolved") == .resolved)
        #expect(german.status("Identifiziert") == .identified)
        // A word that is English for its own status adds nothing.
        #expect(german.localWords[.update] == nil)
        #expect(german.statusList([.identified, .resolved]) == "Identified, Resolved; in Deutsch: Identifiziert, Behoben")
        #expect(IncidentVocabulary.english.status("Behoben") == nil)
    }
}
