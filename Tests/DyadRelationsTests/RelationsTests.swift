import DyadCore
import DyadRelations
import Testing

func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

func event(_ id: String, _ date: String?, _ source: String, _ target: String?, _ cameo: String, quad: Int,
           goldstein: Double, precision: DatePrecision = .day) -> RelationEvent {
    RelationEvent(id: id, date: date.map(day), precision: precision, source: source, target: target, cameo: cameo,
                  quadClass: quad, goldstein: goldstein)
}

@Suite("Relations: actors and periods")
struct ActorAndPeriodTests {
    @Test("principal level: the country, or the organisation for international actors")
    func principals() {
        #expect(ActorSelector.principal(of: "RUSGOVMIL") == "RUS")
        #expect(ActorSelector.principal(of: "PRK") == "PRK")
        #expect(ActorSelector.principal(of: "IGOUNO") == "IGOUNO")
        #expect(ActorSelector.principal(of: "IGOUNOKID") == "IGOUNOKID" || ActorSelector.principal(of: "IGOUNOKID") == "IGOUNO")
        #expect(ActorSelector.principal(of: "NGOGOV") == "NGO")
    }

    @Test("an actor is a code prefix, letters only")
    func selector() throws {
        let prk = try ActorSelector("prk")
        #expect(prk.matches("PRKGOV") && prk.matches("PRK") && !prk.matches("KORGOV"))
        #expect(throws: RelationsError.self) { try ActorSelector("PRK-1") }
        #expect(throws: RelationsError.self) { try ActorSelector("") }
    }

    @Test("periods start on the first day; weeks on Monday, labelled by ISO week")
    func periods() {
        #expect(Granularity.week.start(of: day("2024-06-19")) == day("2024-06-17"))
        #expect(Granularity.week.label(of: day("2024-06-17")) == "2024-W25")
        #expect(Granularity.week.label(of: day("2024-12-30")) == "2025-W01")
        #expect(Granularity.month.label(of: Granularity.month.start(of: day("2024-06-19"))) == "2024-06")
        #expect(Granularity.month.next(after: day("2024-12-01")) == day("2025-01-01"))
        #expect(Granularity.year.label(of: day("2024-01-01")) == "2024")
        #expect(!DatePrecision.month.fits(.week) && DatePrecision.month.fits(.year) && DatePrecision.day.fits(.day))
    }
}

@Suite("Relations: partner ranking")
struct PartnerRankingTests {
    let events = [
        event("1", "2024-06-19", "RUSGOV", "PRKGOV", "043", quad: 1, goldstein: 2.8),
        event("2", "2024-06-19", "PRKGOV", "RUSGOV", "057", quad: 1, goldstein: 8.0),
        event("3", "2024-07-01", "PRKMIL", "RUSMIL", "0311", quad: 1, goldstein: 4.0),
        event("4", "2024-07-02", "CHNGOV", "PRKGOV", "036", quad: 1, goldstein: 4.0),
        event("5", "2024-07-03", "PRKGOV", "KORGOV", "190", quad: 4, goldstein: -10),
        event("6", "2024-07-03", "KORGOV", "PRK", "111", quad: 3, goldstein: -2),
        event("7", "2024-07-04", "PRKGOV", "PRKOPP", "173", quad: 4, goldstein: -5),
        event("8", "2024-07-04", "PRKGOV", nil, "010", quad: 1, goldstein: 0),
        event("9", nil, "USAGOV", "PRKGOV", "112", quad: 3, goldstein: -2),
    ]

    @Test("partners in either direction, summed at the principal level, internal and targetless events left out")
    func ranking() throws {
        let ranking = PartnerRanking.rank(events, actor: try ActorSelector("PRK"))
        #expect(ranking.map(\.partner) == ["RUS", "KOR", "CHN", "USA"])
        let russia = try #require(ranking.first { $0.partner == "RUS" })
        #expect(russia.events == 3 && russia.cooperation == 3 && russia.conflict == 0)
        #expect(russia.outgoing == 2 && russia.incoming == 1)
        #expect(abs(russia.goldsteinMean - (2.8 + 8 + 4) / 3) < 1e-9)
        #expect(russia.first == day("2024-06-19") && russia.last == day("2024-07-01"))
        let korea = try #require(ranking.first { $0.partner == "KOR" })
        #expect(korea.conflict == 2 && korea.quadClasses == [0, 0, 1, 1])
    }

    @Test("the full level tells government from military; a window drops undated events")
    func fullLevelAndWindow() throws {
        let full = PartnerRanking.rank(events, actor: try ActorSelector("PRK"), level: .full,
                                       window: DateWindow(since: day("2024-06-01"), until: day("2024-07-02")))
        #expect(Set(full.map(\.partner)) == ["RUSGOV", "RUSMIL", "CHNGOV"])
    }
}

@Suite("Relations: dyad series and shifts")
struct SeriesAndShiftTests {
    @Test("a monthly series fills empty months, flags thin ones and counts what it cannot place")
    func series() throws {
        let events = [
            event("1", "2024-01-05", "PRK", "RUS", "057", quad: 2, goldstein: 8),
            event("2", "2024-01-06", "RUS", "PRK", "043", quad: 1, goldstein: 2.8),
            event("3", "2024-01-07", "PRK", "RUS", "042", quad: 1, goldstein: 1.9),
            event("4", "2024-03-01", "PRK", "RUS", "112", quad: 3, goldstein: -2),
            event("5", "2024-03-02", "PRK", "CHN", "036", quad: 1, goldstein: 4),
            event("6", "2024-01-01", "PRK", "RUS", "036", quad: 1, goldstein: 4, precision: .year),
        ]
        let result = DyadSeries.compute(events, a: try ActorSelector("PRK"), b: try ActorSelector("RUS"),
                                        options: SeriesOptions(granularity: .month))
        #expect(result.points.map(\.period) == ["2024-01", "2024-02", "2024-03"])
        #expect(result.points.map(\.events) == [3, 0, 1])
        #expect(result.points.map(\.thin) == [false, true, true])
        #expect(result.points[2].actorVolume == 2 && result.points[2].share == 0.5)
        #expect(result.points[0].cooperation == 3 && result.points[2].conflict == 1)
        #expect(result.unplaced == 1)
        let directed = DyadSeries.compute(events, a: try ActorSelector("RUS"), b: try ActorSelector("PRK"),
                                          options: SeriesOptions(granularity: .month, directed: true))
        #expect(directed.points.map(\.events) == [1])
    }

    /// Eighteen months of steady cooperation, six events a month; from month `change` on, conflict.
    func synthetic(changeAt change: Int?) -> [RelationEvent] {
        var events: [RelationEvent] = []
        var date = day("2023-01-01")
        for month in 1...18 {
            let conflict = change.map { month >= $0 } ?? false
            for n in 0..<6 {
                let when = date.adding(days: n)
                let even = n % 2 == 0
                let code = conflict ? "190" : (even ? "057" : "042")
                let quad = conflict ? 4 : (even ? 2 : 1)
                let goldstein = conflict ? -10.0 : (even ? 8.0 : 1.9)
                events.append(RelationEvent(id: "m\(month)n\(n)", date: when, precision: .day, source: "PRK",
                                            target: "RUS", cameo: code, quadClass: quad, goldstein: goldstein))
            }
            date = Granularity.month.next(after: date)
        }
        return events
    }

    @Test("a known change point is found where it is, with the events that drove it; a flat series has none")
    func shifts() throws {
        let a = try ActorSelector("PRK"), b = try ActorSelector("RUS")
        let options = SeriesOptions(granularity: .month)
        let changed = synthetic(changeAt: 15)
        let found = ShiftDetector.detect(DyadSeries.compute(changed, a: a, b: b, options: options), events: changed,
                                         a: a, b: b, series: options)
        #expect(found.first?.period == "2024-03")
        #expect(found.first?.direction == "down")
        #expect(found.first?.drivers.count == 5 && found.first?.drivers.allSatisfy { $0.cameo == "190" } == true)
        let flat = synthetic(changeAt: nil)
        #expect(ShiftDetector.detect(DyadSeries.compute(flat, a: a, b: b, options: options), events: flat, a: a, b: b,
                                     series: options).isEmpty)
        let counts = ShiftDetector.detect(DyadSeries.compute(flat, a: a, b: b, options: options), events: flat, a: a,
                                          b: b, series: options, shifts: ShiftOptions(metric: .events))
        #expect(counts.isEmpty)
    }
}
