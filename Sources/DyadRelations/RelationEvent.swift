import DyadCore

extension DatePrecision {
    /// Whether a date this precise can be placed in one period of `granularity` (a month-precise date has no week).
    public func fits(_ granularity: Granularity) -> Bool {
        switch self {
        case .day: true
        case .month: granularity == .month || granularity == .year
        case .year: granularity == .year
        }
    }
}

/// A deduplicated event as the relations analytics see it: when, who, to whom, what, and how often it was reported.
public struct RelationEvent: Sendable, Hashable, Codable {
    /// The event's id (a hash of its deduplication key).
    public var id: String
    /// The first day of the period its date names; `nil` when the event has no date.
    public var date: CalendarDate?
    /// How much of the date is known.
    public var precision: DatePrecision
    /// The source actor's code ("PRKGOV").
    public var source: String
    /// The target actor's code; `nil` for events without one.
    public var target: String?
    /// The CAMEO code, with its leading zero ("057").
    public var cameo: String
    /// The quad class, 1 (verbal cooperation) … 4 (material conflict).
    public var quadClass: Int
    /// The Goldstein value of the code.
    public var goldstein: Double
    /// How many sentences reported it.
    public var mentions: Int

    /// Creates an event.
    public init(id: String, date: CalendarDate?, precision: DatePrecision, source: String, target: String?,
                cameo: String, quadClass: Int, goldstein: Double, mentions: Int = 1) {
        self.id = id
        self.date = date
        self.precision = precision
        self.source = source
        self.target = target
        self.cameo = cameo
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.mentions = mentions
    }

    /// The date in ISO 8601 cut to its precision ("2024-06"); `nil` when the event has none.
    public var isoDate: String? { date.map(precision.iso) }

    /// Cooperation: quad classes 1 and 2.
    public var isCooperation: Bool { quadClass == 1 || quadClass == 2 }
    /// Conflict: quad classes 3 and 4.
    public var isConflict: Bool { quadClass == 3 || quadClass == 4 }
}
