import DyadCore

/// The period a time series is counted by.
public enum Granularity: String, Sendable, Hashable, Codable, CaseIterable {
    case day, week, month, year

    /// The first day of the period holding `date` (weeks start on Monday, as ISO 8601's do).
    public func start(of date: CalendarDate) -> CalendarDate {
        switch self {
        case .day: date
        case .week: date.adding(days: -date.weekday)
        case .month: CalendarDate(year: date.year, month: date.month, day: 1)!
        case .year: CalendarDate(year: date.year, month: 1, day: 1)!
        }
    }

    /// The first day of the period after the one starting on `start`.
    public func next(after start: CalendarDate) -> CalendarDate {
        switch self {
        case .day: start.adding(days: 1)
        case .week: start.adding(days: 7)
        case .month:
            start.month == 12 ? CalendarDate(year: min(start.year + 1, 9999), month: 1, day: 1)!
                : CalendarDate(year: start.year, month: start.month + 1, day: 1)!
        case .year: CalendarDate(year: min(start.year + 1, 9999), month: 1, day: 1)!
        }
    }

    /// How a period is written: "2024-06-19", "2024-W25" (ISO week of its Monday's Thursday), "2024-06", "2024".
    public func label(of start: CalendarDate) -> String {
        switch self {
        case .day: return DatePrecision.day.iso(start)
        case .month: return DatePrecision.month.iso(start)
        case .year: return DatePrecision.year.iso(start)
        case .week:
            let thursday = start.adding(days: 3)
            let firstOfYear = CalendarDate(year: thursday.year, month: 1, day: 1)!
            let week = (thursday.ordinal - firstOfYear.ordinal) / 7 + 1
            return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
        }
    }
}
