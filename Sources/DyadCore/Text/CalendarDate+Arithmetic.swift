/// Day arithmetic: ordinals, offsets and weekdays.
extension CalendarDate {
    /// Days since 1 January 1 (proleptic Gregorian), for arithmetic.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += CalendarDate.daysIn(month: m, year: year) }
        return days + day
    }

    /// The date `ordinal` days after 1 January 1 minus one (inverse of ``ordinal``), kept within years 1–9999.
    public static func from(ordinal: Int) -> CalendarDate {
        // Days since 1970-01-01, then Howard Hinnant's civil-from-days (eras of 400 years from 1 March 0000).
        let ordinal = min(max(ordinal, 1), 3_652_059)
        let z = ordinal - 719_163 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate { .from(ordinal: ordinal + days) }

    /// 0 for Monday … 6 for Sunday.
    public var weekday: Int { (ordinal + 6) % 7 }
}
