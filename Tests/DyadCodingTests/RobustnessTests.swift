import DyadCoding
import DyadCore
import Foundation
import Testing

@Suite("The coder on text it was not written for")
struct RobustnessTests {
    @Test("every PLOVER gold sentence and the seed code without a crash (skips without ../shared)")
    func sharedText() throws {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        guard let gold = FileManager.default.contents(atPath: shared.appendingPathComponent("eval/plover-gsr/PLOVER_GSR_CAMEO.txt").path),
              let seed = FileManager.default.contents(atPath: shared.appendingPathComponent("seed/000_d8b2d741d231887d.txt").path)
        else {
            print("note: skipping the shared-text robustness test: \(shared.path) is absent (it is not part of a clone)")
            return
        }
        let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)
        let records = try PLOVERGoldEvaluation.records(from: gold).records
        #expect(records.count > 300)
        let date = CalendarDate(year: 2025, month: 3, day: 28)!
        var coded = 0
        for text in records.map(\.text) + [String(decoding: seed, as: UTF8.self)] {
            let (document, _) = ActorTestSupport.pipeline.run(Document(id: "r", date: date, text: text))
            coded += coder.events(in: document, on: date).count
        }
        #expect(coded > 100)
    }
}

@Suite("The seed article")
struct SeedEventsTests {
    @Test("the seed yields the signing, the hosted visit, the intents with China and on the Tumen bridge, and nothing of roots 08-20 (skips without ../shared)")
    func seed() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seed/000_d8b2d741d231887d.txt")
        guard let data = FileManager.default.contents(atPath: path.path) else {
            print("note: skipping the seed test: \(path.path) is absent (it is not part of a clone)")
            return
        }
        let published = CalendarDate(year: 2025, month: 3, day: 28)!
        let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)
        let (document, _) = ActorTestSupport.pipeline.run(Document(id: "seed", date: published, text: String(decoding: data, as: UTF8.self)))
        let events = coder.events(in: document, on: published)
        func principal(_ mention: ActorMention?) -> String { mention?.code.components.first?.code ?? "-" }
        let described = events.map { "\(principal($0.source)) \($0.code.code) \(principal($0.target)) \($0.date?.iso ?? "")" }
        #expect(events.contains { $0.code.code.hasPrefix("05") && principal($0.source) == "PRK" && principal($0.target) == "RUS" }, "\(described)")
        #expect(events.contains { ["042", "043"].contains($0.code.code) && $0.date?.iso == "2024-06" }, "\(described)")
        #expect(events.contains { ["03", "06"].contains($0.code.code.prefix(2)) && principal($0.source) == "PRK" && principal($0.target) == "CHN" }, "\(described)")
        #expect(events.contains { ["03", "06"].contains($0.code.code.prefix(2)) && $0.date?.iso == "2025-03-27"
                                   && Set([principal($0.source), principal($0.target)]) == ["RUS", "PRK"] }, "\(described)")
        #expect(!events.contains { (8...20).contains($0.code.rootNumber) }, "\(described)")
    }
}
