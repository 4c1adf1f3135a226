// dyad-bench relations DB [--events N] [--runs N]
//     Analytics speed on a large store: fills DB (SQLite) with N synthetic events (default 1,000,000: documents of
//     ten events each, 60 countries with Zipf-like weights and GOV/MIL roles, 20 CAMEO codes, dates 2015–2026,
//     seeded) unless it already holds that many, then times the partner ranking of PRK and of the busiest actor in
//     SQL, the same ranking by the pure definition over every event, and a monthly PRK–RUS series (medians).
import DyadCore
import DyadRelations
import DyadStore
import Foundation

func relationsBenchmark(_ arguments: [String]) {
    guard let path = arguments.first, !path.hasPrefix("--") else {
        fail("usage: dyad-bench relations DB [--events N] [--runs N]")
    }
    let wanted = option("--events", in: arguments) ?? 1_000_000
    let runs = option("--runs", in: arguments) ?? 5
    let clock = ContinuousClock()
    do {
        let store = try SQLiteEventStore(path: path)
        var have = try store.counts().events
        if have < wanted {
            let start = clock.now
            var generator = SeededGenerator(seed: UInt64(have) &+ 20_261_129)
            let countries = ["USA", "RUS", "CHN", "PRK", "KOR", "JPN", "GBR", "FRA", "DEU", "IRN", "ISR", "PSE", "UKR",
                             "IND", "PAK", "TUR", "SAU", "SYR", "IRQ", "AFG", "EGY", "BRA", "MEX", "CAN", "AUS", "IDN",
                             "PHL", "VNM", "THA", "MMR", "NGA", "ETH", "SDN", "SOM", "KEN", "ZAF", "COD", "LBY", "YEM",
                             "QAT", "ARE", "JOR", "LBN", "POL", "BLR", "GEO", "ARM", "AZE", "KAZ", "UZB", "VEN", "COL",
                             "ARG", "CHL", "CUB", "ITA", "ESP", "NLD", "SWE", "NOR"]
            let weights = countries.indices.map { 1.0 / Double($0 + 1) }
            let total = weights.reduce(0, +)
            func country() -> String {
                var pick = Double.random(in: 0..<total, using: &generator)
                for (index, weight) in weights.enumerated() {
                    pick -= weight
                    if pick < 0 { return countries[index] }
                }
                return countries[0]
            }
            let roles = ["", "GOV", "GOV", "MIL", "OPP", "BUS"]
            let codes = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "0311", "090", "111",
                         "112", "130", "160", "173", "190", "193", "1712"]
            let first = CalendarDate(year: 2015, month: 1, day: 1)!.ordinal
            let last = CalendarDate(year: 2026, month: 11, day: 28)!.ordinal
            var serial = have
            while have < wanted {
                var batch: [CodedDocument] = []
                for _ in 0..<1000 where have + batch.count * 10 < wanted {
                    serial += 1
                    let text = "Synthetic document \(serial)."
                    let events = (0..<10).map { sentence -> EventMentionRecord in
                        let source = country() + roles.randomElement(using: &generator)!
                        var target = country()
                        while target == String(source.prefix(3)) { target = country() }
                        target += roles.randomElement(using: &generator)!
                        let day = CalendarDate.from(ordinal: Int.random(in: first...last, using: &generator))
                        func actor(_ code: String) -> ActorEvidence {
                            ActorEvidence(code: code, name: code, text: code, span: Span(start: 0, end: 3), entry: "bench")
                        }
                        return EventMentionRecord(sentence: sentence, date: day, precision: .day, dateSpan: nil,
                                                  source: actor(source), target: actor(target),
                                                  cameo: codes.randomElement(using: &generator)!, actionStart: 0,
                                                  modality: "asserted", rule: "bench")
                    }
                    batch.append(CodedDocument(document: Document(id: "synthetic-\(serial)", text: text),
                                               sentences: [Span(start: 0, end: text.count)], actors: [], events: events,
                                               version: "bench"))
                }
                if batch.isEmpty { break }
                have += try store.store(batch).newEvents
            }
            print("generated: \(try store.counts()) in \(clock.now - start)")
        }
        print("store: \(try store.counts())")
        func median(_ body: () throws -> Void) rethrows -> Duration {
            var times: [Duration] = []
            for _ in 0..<runs {
                let start = clock.now
                try body()
                times.append(clock.now - start)
            }
            return times.sorted()[times.count / 2]
        }
        let prk = try ActorSelector("PRK"), usa = try ActorSelector("USA"), rus = try ActorSelector("RUS")
        var top: [PartnerSummary] = []
        let sqlPRK = try median { top = try store.partners(of: prk, level: .principal, window: DateWindow()) }
        print("partners of PRK in SQL: \(sqlPRK) (median of \(runs)); first: \(top.first.map { "\($0.partner) \($0.events)" } ?? "-")")
        let sqlUSA = try median { top = try store.partners(of: usa, level: .principal, window: DateWindow()) }
        print("partners of USA (busiest) in SQL: \(sqlUSA); \(top.reduce(0) { $0 + $1.events }) events")
        var all: [RelationEvent] = []
        let load = clock.now
        all = try store.allEvents()
        print("reading all \(all.count) events: \(clock.now - load)")
        let pure = median { top = PartnerRanking.rank(all, actor: usa) }
        print("partners of USA, pure definition over all events in memory: \(pure)")
        var points = 0
        let series = try median {
            points = try store.series(prk, rus, options: SeriesOptions(granularity: .month)).0.points.count
        }
        print("PRK–RUS monthly series (\(points) months): \(series)")
    } catch {
        fail("\(error)")
    }
}
