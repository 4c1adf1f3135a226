import DyadCore
import Testing

@Suite("Calendar arithmetic")
struct CalendarArithmeticTests {
    @Test("ordinals round-trip over every day of several centuries and at the calendar's ends")
    func roundTrip() throws {
        var date = try #require(CalendarDate(year: 1895, month: 1, day: 1))
        let first = date.ordinal
        for offset in 0..<(366 * 210) {
            let back = CalendarDate.from(ordinal: first + offset)
            #expect(back.ordinal == first + offset)
            if offset > 0 { #expect(back > date) }
            date = back
        }
        #expect(CalendarDate.from(ordinal: 1).description == "0001-01-01")
        #expect(CalendarDate.from(ordinal: 3_652_059).description == "9999-12-31")
        #expect(CalendarDate.from(ordinal: 10_000_000).description == "9999-12-31")
        #expect(CalendarDate(year: 2024, month: 2, day: 28)!.adding(days: 1).description == "2024-02-29")
        #expect(CalendarDate(year: 2024, month: 6, day: 17)!.weekday == 0)
    }
}
