import Testing
@testable import StatusmarkCore

@Suite struct CivilDateTests {
    @Test(arguments: [
        (CivilDate(year: 1970, month: 1, day: 1), 0),
        (CivilDate(year: 2000, month: 3, day: 1), 11_017),
        (CivilDate(year: 2024, month: 2, day: 29), 19_782),
        (CivilDate(year: 2025, month: 7, day: 16), 20_285),
        (CivilDate(year: 1969, month: 12, day: 31), -1),
    ])
    func countsDaysSinceEpoch(date: CivilDate, days: Int) {
        #expect(date.daysSinceEpoch == days)
        #expect(CivilDate(daysSinceEpoch: days) == date)
    }

    @Test func roundTripsEveryDayFrom1970To2100() {
        var date = CivilDate(year: 1970, month: 1, day: 1)
        for days in 0..<47_482 {
            #expect(date.daysSinceEpoch == days)
            #expect(date.isValid)
            date = date.day < CivilDate.daysIn(month: date.month, year: date.year)
                ? CivilDate(year: date.year, month: date.month, day: date.day + 1)
                : date.month == 12
                    ? CivilDate(year: date.year + 1, month: 1, day: 1)
                    : CivilDate(year: date.year, month: date.month + 1, day: 1)
        }
    }

    @Test func knowsLeapYears() {
        #expect(CivilDate.isLeapYear(2024))
        #expect(!CivilDate.isLeapYear(2100))
        #expect(CivilDate.isLeapYear(2000))
        #expect(CivilDate.daysIn(month: 2, year: 2025) == 28)
    }
}
