import DyadCore

/// What a shift is measured on.
public enum ShiftMetric: String, Sendable, Hashable, Codable, CaseIterable {
    /// The period's mean Goldstein value (tone of the relation).
    case goldstein
    /// The number of events in the period (intensity of contact).
    case events
    /// The share of cooperative events (quad classes 1 and 2).
    case cooperation

    /// The value of `point`, or `nil` where the period cannot say (no events for a mean or a share).
    public func value(of point: SeriesPoint) -> Double? {
        switch self {
        case .goldstein: point.goldsteinMean
        case .events: Double(point.events)
        case .cooperation: point.events == 0 ? nil : Double(point.cooperation) / Double(point.events)
        }
    }

    /// The smallest standard deviation a baseline is given, so that a flat baseline does not make every small
    /// change infinite: one Goldstein point, √mean events (a Poisson count's spread, at least 1), ten points of share.
    func floor(mean: Double) -> Double {
        switch self {
        case .goldstein: 1.0
        case .events: max(1.0, mean.squareRoot())
        case .cooperation: 0.1
        }
    }
}

/// A period where a dyad departs from its own recent past.
public struct Shift: Sendable, Hashable, Codable {
    /// The period ("2024-06") and its first day.
    public var period: String, start: CalendarDate
    /// The metric measured.
    public var metric: ShiftMetric
    /// Its value in the period.
    public var value: Double
    /// Mean and standard deviation of the trailing baseline.
    public var baselineMean: Double, baselineDeviation: Double
    /// How many periods the baseline had.
    public var baselinePeriods: Int
    /// The statistic: (value − baseline mean) / max(baseline deviation, floor).
    public var z: Double
    /// The period's events that moved the value most (largest departure from the baseline first).
    public var drivers: [RelationEvent]

    /// Whether the relation rose (more cooperative, more contact) or fell.
    public var direction: String { z > 0 ? "up" : "down" }
}

/// How shifts are found.
public struct ShiftOptions: Sendable, Hashable {
    /// The metric.
    public var metric: ShiftMetric
    /// How many preceding periods make the baseline.
    public var window: Int
    /// The fewest usable periods a baseline needs before a period is judged.
    public var minimumBaseline: Int
    /// |z| at or above which a period is a shift.
    public var threshold: Double
    /// How many driving events a shift lists.
    public var drivers: Int

    /// Creates the options; the defaults judge each period against its 6 predecessors at |z| ≥ 2.
    public init(metric: ShiftMetric = .goldstein, window: Int = 6, minimumBaseline: Int = 3, threshold: Double = 2.0,
                drivers: Int = 5) {
        self.metric = metric
        self.window = max(1, window)
        self.minimumBaseline = max(1, minimumBaseline)
        self.threshold = threshold
        self.drivers = max(0, drivers)
    }
}

/// Finds shifts in a series: the statistic is a trailing z-score. For each period, the baseline is the metric over
/// the preceding `window` periods that can say something (for the Goldstein mean and the cooperation share, periods
/// that are not thin; for event counts, every period); z = (value − mean) / max(standard deviation, floor). A period
/// is a shift when |z| ≥ threshold and the baseline had at least `minimumBaseline` periods. Thin periods are not
/// judged on the mean or share metrics.
public enum ShiftDetector {
    /// The shifts of `series`, whose events are `events` (any superset: the dyad's events are picked by period).
    public static func detect(_ series: DyadSeriesResult, events: [RelationEvent], a: ActorSelector, b: ActorSelector?,
                              series options: SeriesOptions, shifts shiftOptions: ShiftOptions = ShiftOptions()) -> [Shift] {
        let metric = shiftOptions.metric
        var usable: [(index: Int, value: Double)] = []
        var shifts: [(index: Int, shift: Shift)] = []
        for (index, point) in series.points.enumerated() {
            let judged = metric == .events || !point.thin
            guard judged, let value = metric.value(of: point) else { continue }
            let baseline = usable.suffix(shiftOptions.window).filter { index - $0.index <= shiftOptions.window }
            if baseline.count >= shiftOptions.minimumBaseline {
                let values = baseline.map(\.value)
                let mean = values.reduce(0, +) / Double(values.count)
                let variance = values.count > 1
                    ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1) : 0
                let deviation = variance.squareRoot()
                let z = (value - mean) / max(deviation, metric.floor(mean: mean))
                if abs(z) >= shiftOptions.threshold {
                    shifts.append((index, Shift(period: point.period, start: point.start, metric: metric, value: value,
                                                baselineMean: mean, baselineDeviation: deviation,
                                                baselinePeriods: values.count, z: z, drivers: [])))
                }
            }
            usable.append((index, value))
        }
        guard !shifts.isEmpty, shiftOptions.drivers > 0 else { return shifts.map(\.shift) }
        let granularity = options.granularity
        var byPeriod: [CalendarDate: [RelationEvent]] = [:]
        let wanted = Set(shifts.map { series.points[$0.index].start })
        for event in events where DyadSeries.involves(event, a, b, directed: options.directed) {
            guard let date = event.date, event.precision.fits(granularity), options.window.contains(date) else { continue }
            let start = granularity.start(of: date)
            if wanted.contains(start) { byPeriod[start, default: []].append(event) }
        }
        return shifts.map { entry in
            var shift = entry.shift
            let mean = shift.baselineMean
            shift.drivers = Array((byPeriod[shift.start] ?? []).sorted { x, y in
                let dx = driverWeight(x, metric: metric, mean: mean, up: shift.z > 0)
                let dy = driverWeight(y, metric: metric, mean: mean, up: shift.z > 0)
                return dx != dy ? dx > dy : x.id < y.id
            }.prefix(shiftOptions.drivers))
            return shift
        }
    }

    /// How much an event pushed its period in the shift's direction.
    static func driverWeight(_ event: RelationEvent, metric: ShiftMetric, mean: Double, up: Bool) -> Double {
        switch metric {
        case .goldstein: (event.goldstein - mean) * (up ? 1 : -1)
        case .events: Double(event.mentions)
        case .cooperation: (event.isCooperation == up ? 1 : 0) + Double(event.mentions) / 1000
        }
    }
}
