import DyadCore
import DyadRelations
import DyadStore
import DyadTestSupport
import Foundation
import Testing

/// The stores every conformance test runs against.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case memory, sqlite

    var testDescription: String { rawValue }

    func make(days: Int = 1) throws -> any EventStore {
        let policy = try DeduplicationPolicy(days: days)
        switch self {
        case .memory: return MemoryEventStore(deduplication: policy)
        case .sqlite:
            let path = ScratchFolder.path("dyad-store-\(UUID().uuidString).sqlite")
            return try SQLiteEventStore(path: path, deduplication: policy)
        }
    }
}

/// Builds documents with events, as the coder would hand them to a store.
enum Fixture {
    static func evidence(_ code: String, _ text: String, at start: Int) -> ActorEvidence {
        ActorEvidence(code: code, name: code, text: text, span: Span(start: start, end: start + text.count),
                      entry: "country/\(code.prefix(3))")
    }

    /// One report: "SOURCE did CAMEO to TARGET" in sentence `sentence`, dated `date`.
    static func report(_ source: String, _ target: String?, _ cameo: String, _ date: String?, sentence: Int = 0,
                       precision: DatePrecision = .day) -> EventMentionRecord {
        EventMentionRecord(sentence: sentence, date: date.flatMap { CalendarDate(iso: $0) }, precision: precision,
                           dateSpan: nil, source: evidence(source, source, at: 0),
                           target: target.map { evidence($0, $0, at: 10) }, cameo: cameo, actionStart: 5,
                           modality: "asserted", rule: "verb/test line 1")
    }

    static func document(_ id: String, text: String? = nil, published: String? = "2024-06-19",
                         _ events: [EventMentionRecord]) -> CodedDocument {
        let body = text ?? "Text of \(id). Second sentence of \(id). Third sentence."
        let sentences = [Span(start: 0, end: body.unicodeScalars.count)]
            + Array(repeating: Span(start: 0, end: 4), count: 2)
        return CodedDocument(document: Document(id: id, date: published.flatMap { CalendarDate(iso: $0) },
                                                 source: "Outlet \(id.prefix(1))", text: body),
                              sentences: sentences, actors: [], events: events, version: "test 1")
    }

    /// A deterministic pseudo-random set of documents over a few countries and codes.
    static func random(count: Int, seed: UInt64) -> [CodedDocument] {
        var generator = SeededGenerator(seed: seed)
        let actors = ["PRKGOV", "PRKMIL", "RUSGOV", "RUSMIL", "CHNGOV", "KORGOV", "USAGOV", "IGOUNO", "JPN"]
        let codes = ["010", "036", "042", "043", "057", "0311", "112", "173", "190", "1712"]
        return (0..<count).map { n in
            let events = (0..<Int.random(in: 1...4, using: &generator)).map { index in
                let source = actors.randomElement(using: &generator)!
                let target = Int.random(in: 0..<10, using: &generator) == 0 ? nil : actors.randomElement(using: &generator)!
                let month = Int.random(in: 1...12, using: &generator), dayOfMonth = Int.random(in: 1...28, using: &generator)
                let date = Int.random(in: 0..<20, using: &generator) == 0 ? nil
                    : CalendarDate(year: 2024, month: month, day: dayOfMonth)!.description
                return report(source, target, codes.randomElement(using: &generator)!, date, sentence: index)
            }
            return document("doc\(n)", text: "Random document \(n) of seed \(seed).", events)
        }
    }
}

@Suite("Event store conformance", .scratchFolder)
struct StoreConformanceTests {
    @Test("a batch is stored once: the same texts again add nothing", arguments: StoreKind.allCases)
    func idempotent(kind: StoreKind) throws {
        let store = try kind.make()
        let batch = Fixture.random(count: 30, seed: 7)
        let first = try store.store(batch)
        #expect(first.stored.count == 30 && first.duplicates.isEmpty && first.failed.isEmpty)
        let counts = try store.counts()
        #expect(counts.documents == 30 && counts.sentences == 90 && counts.eventMentions == first.mentions)
        let again = try store.store(batch)
        #expect(again.stored.isEmpty && again.duplicates.count == 30 && again.duplicates[0].storedAs == "doc0")
        #expect(try store.counts() == counts)
        // Same text under another id inside one batch: the second is a duplicate of the first.
        let twins = try store.store([Fixture.document("x", text: "Same.", []), Fixture.document("y", text: "Same.", [])])
        #expect(twins.stored == ["x"] && twins.duplicates.map(\.storedAs) == ["x"])
    }

    @Test("reports of one event in several articles become one event with its mentions", arguments: StoreKind.allCases)
    func deduplication(kind: StoreKind) throws {
        let store = try kind.make()
        let outcome = try store.store([
            Fixture.document("a", [Fixture.report("PRKGOV", "RUSGOV", "057", "2024-06-19")]),
            Fixture.document("b", [Fixture.report("PRKGOV", "RUSGOV", "057", "2024-06-19", sentence: 2),
                                   Fixture.report("PRKGOV", "RUSGOV", "057", "2024-06-20", sentence: 1)]),
            Fixture.document("c", [Fixture.report("PRKGOV", "RUSGOV", "057", "2024-06", precision: .month)]),
        ].map { record in
            var record = record
            if record.document.id == "c" { record.events[0].date = CalendarDate(iso: "2024-06-01") }
            return record
        })
        #expect(outcome.mentions == 4 && outcome.newEvents == 3)
        let events = try store.allEvents()
        #expect(events.count == 3)
        let same = try #require(events.first { $0.mentions == 2 })
        #expect(same.date == CalendarDate(iso: "2024-06-19"))
        let mentions = try store.mentions(of: [same.id])
        #expect(mentions.map(\.documentID) == ["a", "b"])
        #expect(mentions[0].sentenceText.hasPrefix("Text of a."))
        #expect(mentions[1].record.sentence == 2 && mentions[0].outlet == "Outlet a")
        #expect(same.id == DeduplicationPolicy.id(of: "2024-06-19|PRKGOV|RUSGOV|057"))
    }

    @Test("a seven-day window merges days of one window; the event keeps the earliest date", arguments: StoreKind.allCases)
    func window(kind: StoreKind) throws {
        let store = try kind.make(days: 7)
        let reports = ["2024-06-20", "2024-06-18"].enumerated().map { index, date in
            Fixture.document("d\(index)", [Fixture.report("PRKGOV", "RUSGOV", "057", date)])
        }
        _ = try store.store(reports)
        let policy = try DeduplicationPolicy(days: 7)
        let keys = Set(reports.map { policy.key(of: $0.events[0]) })
        let events = try store.allEvents()
        #expect(events.count == keys.count)
        if keys.count == 1 { #expect(events[0].date == CalendarDate(iso: "2024-06-18") && events[0].mentions == 2) }
        #expect(throws: StoreError.self) { try DeduplicationPolicy(days: 0) }
    }

    @Test("filters, order and cursor pages", arguments: StoreKind.allCases)
    func queries(kind: StoreKind) throws {
        let store = try kind.make()
        _ = try store.store(Fixture.random(count: 60, seed: 11))
        let all = try store.allEvents()
        let prk = try ActorSelector("PRK"), rus = try ActorSelector("RUS")
        #expect(try store.allEvents(EventQuery(actor: prk)) == all.filter { EventQuery(actor: prk).admits($0) })
        let dyad = try store.allEvents(EventQuery(dyad: (prk, rus)))
        #expect(!dyad.isEmpty && dyad.allSatisfy { DyadSeries.involves($0, prk, rus, directed: false) })
        let directed = try store.allEvents(EventQuery(dyad: (prk, rus), directed: true))
        #expect(directed.allSatisfy { $0.source.hasPrefix("PRK") } && directed.count < dyad.count)
        #expect(try store.allEvents(EventQuery(code: "17")).allSatisfy { $0.cameo.hasPrefix("17") })
        let window = DateWindow(since: CalendarDate(iso: "2024-03-01"), until: CalendarDate(iso: "2024-03-31"))
        let march = try store.allEvents(EventQuery(window: window))
        #expect(!march.isEmpty && march.allSatisfy { $0.date!.month == 3 })
        #expect(march.count == all.filter { window.contains($0.date) }.count)
        #expect(try store.allEvents(EventQuery(text: "DOCUMENT 5 OF")).count
                == Set(try store.mentions(of: all.map(\.id)).filter { $0.sentenceText.lowercased().contains("document 5 of") }.map(\.eventID)).count)
        // Pages of 7 cover every event once, in order.
        var pages: [RelationEvent] = []
        var cursor: String? = nil
        repeat {
            let page = try store.events(EventQuery(limit: 7, after: cursor))
            pages += page.events
            cursor = page.next
        } while cursor != nil
        #expect(pages.map(\.id) == all.map(\.id))
        #expect(all.map(EventQuery.cursor(of:)) == all.map(EventQuery.cursor(of:)).sorted())
        #expect(throws: StoreError.self) { try store.events(EventQuery(after: "nonsense")) }
    }

    @Test("the store's partner ranking agrees with the pure definition", arguments: StoreKind.allCases)
    func partners(kind: StoreKind) throws {
        let store = try kind.make()
        _ = try store.store(Fixture.random(count: 200, seed: 3))
        let events = try store.allEvents()
        for actor in ["PRK", "RUSGOV", "IGOUNO", "J"] {
            for level in PartnerLevel.allCases {
                for window in [DateWindow(), DateWindow(since: CalendarDate(iso: "2024-05-01"), until: nil),
                               DateWindow(since: nil, until: CalendarDate(iso: "2024-05-01"))] {
                    let selector = try ActorSelector(actor)
                    let stored = try store.partners(of: selector, level: level, window: window)
                    let pure = PartnerRanking.rank(events, actor: selector, level: level, window: window)
                    #expect(stored.map(\.partner) == pure.map(\.partner))
                    for (a, b) in zip(stored, pure) {
                        #expect(a.events == b.events && a.quadClasses == b.quadClasses && a.outgoing == b.outgoing)
                        #expect(a.mentions == b.mentions && a.first == b.first && a.last == b.last)
                        #expect(abs(a.goldsteinSum - b.goldsteinSum) < 1e-9)
                    }
                }
            }
        }
    }

    @Test("re-coding replaces a document's events and drops events nobody reports any more", arguments: StoreKind.allCases)
    func recode(kind: StoreKind) throws {
        let store = try kind.make()
        let a = Fixture.document("a", [Fixture.report("PRKGOV", "RUSGOV", "057", "2024-06-19"),
                                       Fixture.report("PRKGOV", "CHNGOV", "036", "2024-06-19", sentence: 1)])
        let b = Fixture.document("b", [Fixture.report("PRKGOV", "RUSGOV", "057", "2024-06-19")])
        _ = try store.store([a, b])
        #expect(try store.counts().events == 2)
        var recoded = a
        recoded.events = [Fixture.report("PRKGOV", "RUSGOV", "043", "2024-06-18")]
        recoded.version = "test 2"
        try store.replaceCoding([recoded])
        let events = try store.allEvents()
        #expect(events.map(\.cameo).sorted() == ["043", "057"])
        #expect(events.first { $0.cameo == "057" }?.mentions == 1)
        #expect(try store.counts().eventMentions == 2)
        #expect(try store.documents(offset: 0, limit: 10).map(\.version) == ["test 2", "test 1"])
        #expect(throws: StoreError.self) { try store.replaceCoding([Fixture.document("new", [])]) }
    }

    @Test("a document that cannot be stored is reported; the rest of its batch is kept", arguments: StoreKind.allCases)
    func badDocument(kind: StoreKind) throws {
        let store = try kind.make()
        let outcome = try store.store([
            Fixture.document("good1", [Fixture.report("PRKGOV", "RUSGOV", "057", "2024-06-19")]),
            Fixture.document("bad", [Fixture.report("PRKGOV", "RUSGOV", "999", "2024-06-19")]),
            Fixture.document("good2", [Fixture.report("RUSGOV", "PRKGOV", "043", "2024-06-19")]),
        ])
        #expect(outcome.stored == ["good1", "good2"])
        #expect(outcome.failed.map(\.id) == ["bad"] && outcome.failed[0].message.contains("999"))
        #expect(try store.counts().documents == 2 && store.counts().events == 2)
    }

    @Test("the test hook is called inside each batch at every point", arguments: StoreKind.allCases)
    func hook(kind: StoreKind) throws {
        let store = try kind.make()
        let seen = Seen()
        store.hook = { point, batch in seen.add("\(point.rawValue)\(batch)") }
        _ = try store.store(Fixture.random(count: 3, seed: 1))
        _ = try store.store(Fixture.random(count: 3, seed: 2))
        #expect(seen.all == ["document1", "events1", "commit1", "document2", "events2", "commit2"])
    }

    @Test("two stores built from the same articles hold the same events", arguments: StoreKind.allCases)
    func reproducible(kind: StoreKind) throws {
        let one = try kind.make(), two = try StoreKind.memory.make()
        let batch = Fixture.random(count: 50, seed: 5)
        _ = try one.store(batch)
        _ = try two.store(Array(batch.prefix(25)))
        _ = try two.store(Array(batch.suffix(25)))
        #expect(try one.allEvents() == two.allEvents())
    }
}

final class Seen: @unchecked Sendable {
    private var items: [String] = []
    private let lock = NSLock()
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}

@Suite("SQLite store", .scratchFolder)
struct SQLiteStoreTests {
    @Test("a database built with another window is refused, saying how to proceed")
    func otherWindow() throws {
        let path = ScratchFolder.path("dyad-\(UUID().uuidString).sqlite")
        _ = try SQLiteEventStore(path: path)
        let error = #expect(throws: StoreError.self) { try SQLiteEventStore(path: path, deduplication: DeduplicationPolicy(days: 7)) }
        #expect(error?.description.contains("--window 1") == true)
    }

    @Test("a file that is not a database gives an error naming it")
    func notADatabase() throws {
        let path = ScratchFolder.path("dyad-\(UUID().uuidString).sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteEventStore(path: path) }
        #expect(error?.description.contains(path) == true)
    }

    @Test("reopening keeps what was stored")
    func reopen() throws {
        let path = ScratchFolder.path("dyad-\(UUID().uuidString).sqlite")
        let batch = Fixture.random(count: 20, seed: 9)
        let events = try {
            let store = try SQLiteEventStore(path: path)
            _ = try store.store(batch)
            return try store.allEvents()
        }()
        let again = try SQLiteEventStore(path: path)
        #expect(try again.allEvents() == events)
        #expect(try again.store(batch).duplicates.count == 20)
    }
}
