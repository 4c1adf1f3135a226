import DyadCore

/// When an event happened, as precisely as the text says, and where the text says it.
public struct EventDate: Sendable, Hashable {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Hashable, Codable {
        case day, month, year
    }

    /// The first day of the period the date names (1 June for "June 2024").
    public let day: CalendarDate
    /// How much of it is known.
    public let precision: Precision
    /// The date expression's characters in the document (Unicode scalars); `nil` for the publication date.
    public let span: Span?

    /// Creates a date.
    public init(day: CalendarDate, precision: Precision, span: Span?) {
        self.day = day
        self.precision = precision
        self.span = span
    }

    /// ISO 8601 cut to the precision: "2024-06-19", "2024-06", "2024".
    public var iso: String {
        let full = day.description
        switch precision {
        case .day: return full
        case .month: return String(full.prefix(7))
        case .year: return String(full.prefix(4))
        }
    }
}

extension CalendarDate {
    /// Days since 1 January 1 (proleptic Gregorian), for arithmetic.
    var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += CalendarDate.daysIn(month: m, year: year) }
        return days + day
    }

    /// The date `ordinal` days after 1 January 1 minus one (inverse of ``ordinal``), kept within years 1–9999.
    static func from(ordinal: Int) -> CalendarDate {
        let ordinal = min(max(ordinal, 1), CalendarDate(year: 9999, month: 12, day: 31)!.ordinal)
        var year = max(1, ordinal / 366)
        while year < 9999, CalendarDate(year: year + 1, month: 1, day: 1)!.ordinal <= ordinal { year += 1 }
        var rest = ordinal - CalendarDate(year: year, month: 1, day: 1)!.ordinal + 1
        var month = 1
        while rest > CalendarDate.daysIn(month: month, year: year) {
            rest -= CalendarDate.daysIn(month: month, year: year)
            month += 1
        }
        return CalendarDate(year: year, month: month, day: rest)!
    }

    /// The date `days` later (earlier when negative).
    func adding(days: Int) -> CalendarDate { .from(ordinal: ordinal + days) }

    /// 0 for Monday … 6 for Sunday.
    var weekday: Int { (ordinal + 6) % 7 }
}
