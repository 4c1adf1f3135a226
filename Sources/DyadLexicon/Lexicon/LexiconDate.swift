import DyadCore

/// A date in a lexicon file, as precise as it was written: `2012-05-07`, `2012-05` or `2012`.
public struct LexiconDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of the date was written: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public typealias Precision = DatePrecision

    /// The first day the written date covers (the 1st of the month for `2012-05`, 1 January for `2012`).
    public let firstDay: CalendarDate
    /// How much of the date was written.
    public let precision: Precision

    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `nil` for anything else or a day that does not exist.
    public init?(_ text: some StringProtocol) {
        if let (year, month, day, parts) = Self.plainDigits(text) {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            firstDay = date
            precision = [Precision.year, .month, .day][parts - 1]
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]),
              parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) })
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : 1
        let day = parts.count > 2 ? Int(parts[2]) : 1
        guard let month, let day, let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        firstDay = date
        precision = [Precision.year, .month, .day][parts.count - 1]
    }

    /// Year, month, day and the number of parts of a date written with digits alone (`2012`, `2012-05`,
    /// `2012-05-07`), read from the bytes; `nil` for any other text, which the general reading above handles.
    private static func plainDigits(_ text: some StringProtocol) -> (Int, Int, Int, Int)? {
        var year = 0, month = 1, day = 1, part = 0, digits = 0, length = 0
        for byte in text.utf8 {
            length += 1
            if byte == UInt8(ascii: "-") {
                guard (part == 0 && digits == 4) || (part == 1 && digits == 2) else { return nil }
                part += 1
                digits = 0
                if part == 1 { month = 0 } else { day = 0 }
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let digit = Int(byte - UInt8(ascii: "0"))
                switch part {
                case 0: year = year * 10 + digit
                case 1: month = month * 10 + digit
                default: day = day * 10 + digit
                }
                digits += 1
                guard digits <= 4 else { return nil }
            } else {
                return nil
            }
        }
        guard digits == (part == 0 ? 4 : 2), length == 4 + 3 * part else { return nil }
        return (year, month, day, part + 1)
    }

    /// The day `date`, at day precision.
    public init(_ date: CalendarDate) {
        firstDay = date
        precision = .day
    }

    /// The date as written.
    public var description: String { precision.iso(firstDay) }

    /// Orders dates by their first day.
    public static func < (lhs: LexiconDate, rhs: LexiconDate) -> Bool { lhs.firstDay < rhs.firstDay }
}

/// A period from a first day to the day something stopped applying (exclusive), or open-ended.
public struct LexiconPeriod: Sendable, Hashable, CustomStringConvertible {
    /// The first day the period covers; `nil` when it has no known start.
    public let start: LexiconDate?
    /// The first day the period no longer covers; `nil` while it continues ("present").
    public let end: LexiconDate?

    /// Creates the period from `start` up to (not including) `end`.
    public init(start: LexiconDate?, end: LexiconDate?) {
        self.start = start
        self.end = end
    }

    /// Whether `date` falls in the period: on or after the start's first day and before the end's first day.
    public func covers(_ date: CalendarDate) -> Bool {
        if let start, date < start.firstDay { return false }
        if let end, !(date < end.firstDay) { return false }
        return true
    }

    /// Whether the two periods share at least one day.
    public func overlaps(_ other: LexiconPeriod) -> Bool {
        let a0 = start?.firstDay, a1 = end?.firstDay, b0 = other.start?.firstDay, b1 = other.end?.firstDay
        let aBeforeB1 = b1.map { end in a0.map { $0 < end } ?? true } ?? true
        let bBeforeA1 = a1.map { end in b0.map { $0 < end } ?? true } ?? true
        return aBeforeB1 && bBeforeA1
    }

    /// `2012-05-07 .. present`, as the files write it.
    public var description: String {
        "\(start?.description ?? "") .. \(end?.description ?? "present")"
    }
}
