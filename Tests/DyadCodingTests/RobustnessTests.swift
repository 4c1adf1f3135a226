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
