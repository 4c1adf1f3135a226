/// How much of a date is known: the day, only the month, or only the year.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
    case day, month, year

    /// `date` (the first day of the period it names) in ISO 8601 cut to this precision: "2024-06-19", "2024-06",
    /// "2024".
    public func iso(_ date: CalendarDate) -> String {
        let full = date.description
        switch self {
        case .day: return full
        case .month: return String(full.prefix(7))
        case .year: return String(full.prefix(4))
        }
    }
}
