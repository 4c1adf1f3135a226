import DyadCore

/// One period of a dyad's time series.
public struct SeriesPoint: Sendable, Hashable, Codable {
    /// The period as written ("2024-06").
    public var period: String
    /// Its first day.
    public var start: CalendarDate
    /// Events between the two actors in the period.
    public var events: Int = 0
    /// Events per quad class: verbal cooperation, material cooperation, verbal conflict, material conflict.
    public var quadClasses: [Int] = [0, 0, 0, 0]
    /// Sum of the events' Goldstein values.
    public var goldsteinSum: Double = 0
    /// Every event of the first actor in the period, with any partner: the volume the share is taken of.
    public var actorVolume: Int = 0
    /// Fewer events than the evidence threshold: read with care.
    public var thin: Bool = true

    /// Creates an empty period.
    public init(period: String, start: CalendarDate) {
        self.period = period
        self.start = start
    }

    /// Events in quad classes 1 and 2.
    public var cooperation: Int { quadClasses[0] + quadClasses[1] }
    /// Events in quad classes 3 and 4.
    public var conflict: Int { quadClasses[2] + quadClasses[3] }
    /// Mean Goldstein value; `nil` without events.
    public var goldsteinMean: Double? { events == 0 ? nil : goldsteinSum / Double(events) }
    /// The dyad's events as a share of the first actor's volume; `nil` when the actor has no events.
    public var share: Double? { actorVolume == 0 ? nil : Double(events) / Double(actorVolume) }
}

/// What a dyad's series counts.
public struct SeriesOptions: Sendable, Hashable {
    /// The period.
    public var granularity: Granularity
    /// Only events from the first actor to the second (`true`), or both directions (`false`, the default).
    public var directed: Bool
    /// A period with fewer events than this is flagged thin.
    public var thinBelow: Int
    /// The days counted.
    public var window: DateWindow

    /// Creates the options.
    public init(granularity: Granularity = .month, directed: Bool = false, thinBelow: Int = 3,
                window: DateWindow = DateWindow()) {
        self.granularity = granularity
        self.directed = directed
        self.thinBelow = thinBelow
        self.window = window
    }
}

/// A dyad's series and what it could not place.
public struct DyadSeriesResult: Sendable, Hashable {
    /// One point per period from the first to the last with events, empty periods between them included.
    public var points: [SeriesPoint]
    /// Dyad events whose date is too coarse for the period (a month-precise date in a weekly series) or missing.
    public var unplaced: Int
}

/// Dyadic time series (pure: the same events give the same series).
public enum DyadSeries {
    /// Whether `event` is between `a` and `b` (from `a` to `b` only when `directed`); with `b` `nil`, between `a`
    /// and anyone else (events inside `a` and events without a target are not between two parties).
    public static func involves(_ event: RelationEvent, _ a: ActorSelector, _ b: ActorSelector?, directed: Bool) -> Bool {
        guard let target = event.target else { return false }
        guard let b else {
            let fromA = a.matches(event.source), toA = a.matches(target)
            return fromA != toA && (fromA || !directed)
        }
        if a.matches(event.source) && b.matches(target) { return true }
        return !directed && b.matches(event.source) && a.matches(target)
    }

    /// The series of the dyad `a`–`b` among `events`; with `b` `nil`, of `a` with all its partners.
    public static func compute(_ events: some Sequence<RelationEvent>, a: ActorSelector, b: ActorSelector?,
                               options: SeriesOptions = SeriesOptions()) -> DyadSeriesResult {
        let granularity = options.granularity
        var points: [CalendarDate: SeriesPoint] = [:]
        var volume: [CalendarDate: Int] = [:]
        var unplaced = 0
        for event in events {
            let inDyad = involves(event, a, b, directed: options.directed)
            let ofActor = a.matches(event.source) || event.target.map(a.matches) == true
            guard inDyad || ofActor else { continue }
            guard let date = event.date, event.precision.fits(granularity) else {
                if inDyad { unplaced += 1 }
                continue
            }
            guard options.window.contains(date) else { continue }
            let start = granularity.start(of: date)
            if ofActor { volume[start, default: 0] += 1 }
            guard inDyad else { continue }
            var point = points[start] ?? SeriesPoint(period: granularity.label(of: start), start: start)
            point.events += 1
            if (1...4).contains(event.quadClass) { point.quadClasses[event.quadClass - 1] += 1 }
            point.goldsteinSum += event.goldstein
            points[start] = point
        }
        return DyadSeriesResult(points: fill(points, volume: volume, options: options), unplaced: unplaced)
    }

    /// The points in order, with the empty periods between them added.
    static func fill(_ points: [CalendarDate: SeriesPoint], volume: [CalendarDate: Int], options: SeriesOptions)
        -> [SeriesPoint] {
        let granularity = options.granularity
        guard let first = points.keys.min(), let last = points.keys.max() else { return [] }
        var result: [SeriesPoint] = []
        var start = first
        while start <= last {
            var point = points[start] ?? SeriesPoint(period: granularity.label(of: start), start: start)
            point.actorVolume = volume[start] ?? 0
            point.thin = point.events < options.thinBelow
            result.append(point)
            let next = granularity.next(after: start)
            if next <= start { break }
            start = next
        }
        return result
    }
}
