import DyadCore

/// When an event happened, as precisely as the text says, and where the text says it.
public struct EventDate: Sendable, Hashable {
    /// How much of the date is known (one type with the store's and the relations').
    public typealias Precision = DatePrecision

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
    public var iso: String { precision.iso(day) }
}
