import Foundation
import Testing

@Suite("dyad actors and dyad lexicon", .serialized)
struct ActorsCLITests {
    @Test("actors writes one JSON line per mention with code, entry and rule; dated roles follow --date")
    func actors() throws {
        let input = Data(#"{"id": "s1", "date": "2024-06-20", "text": "Russian President Vladimir Putin arrived in Pyongyang."}"#.utf8 + [0x0A])
        let outcome = try DyadProcess.run(["actors", "--input-format", "jsonl", "--no-progress", "-"], stdin: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let putin = try #require(objects.first { ($0["text"] as? String)?.contains("Putin") == true })
        #expect(putin["code"] as? String == "RUSGOV")
        #expect(putin["entry"] as? String == "person/vladimir-putin")
        #expect((putin["rule"] as? String)?.hasPrefix("dated role") == true)
        #expect(putin["start"] as? Int == 0 && putin["end"] as? Int == 32)
        #expect(Set(putin.keys) == ["doc_id", "sentence", "start", "end", "text", "code", "name", "entry", "rule"])
        #expect(objects.contains { $0["text"] as? String == "Pyongyang" && $0["code"] as? String == "PRK" })
    }

    @Test("lexicon check reports a bad entry as file:line:column with a hint and exits 1; the shipped lexicon is clean")
    func check() throws {
        let scratch = try Scratch(["bad.lex": Array("""
            [person someone]
            name: Some One
            country: RUS
            role: 2023-02-30 .. present | RUSGOV | Minister

            [country FRA]
            name: France
            code: FRA
            """.utf8)])
        defer { scratch.remove() }
        let bad = try DyadProcess.run(["lexicon", "check", scratch.path("bad.lex")])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("bad.lex:4:7: error: '2023-02-30' is not a date"), "\(bad.stdout)")
        #expect(bad.stdout.contains("hint:"))
        #expect(bad.stdout.contains("1 country"))
        let shipped = try DyadProcess.run(["lexicon", "check", "--errors-only"])
        #expect(shipped.status == 0, "\(shipped.stdout)")
        #expect(shipped.stdout.contains("0 error(s)"))
    }

    @Test("lexicon check reads peer dictionaries and reports their bad lines (skips without ../shared)")
    func peerCheck() throws {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/dictionaries/petrarch2")
        guard FileManager.default.fileExists(atPath: shared.path) else {
            print("note: skipping the peer dictionary check: \(shared.path) is absent (it is not part of a clone)")
            return
        }
        let outcome = try DyadProcess.run(["lexicon", "check", shared.appendingPathComponent("CAMEO.2.0.txt").path])
        #expect(outcome.stdout.contains("&FIGHT_CRIM"), "\(outcome.stdout.suffix(500))")
        #expect(outcome.stdout.contains("CAMEO.2.0.txt: verbs"))
    }
}
