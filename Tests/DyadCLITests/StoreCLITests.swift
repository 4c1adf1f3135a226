import Foundation
import Testing

/// Articles about two dyads over three months, short enough for a debug build to code quickly.
enum StoreArticles {
    static let lines: [String] = [
        #"{"id": "s1", "date": "2024-06-19", "source": "Wire A", "text": "North Korea and Russia signed a defence treaty in Pyongyang on Wednesday."}"#,
        #"{"id": "s2", "date": "2024-06-19", "source": "Wire B", "text": "Russia and North Korea signed a defence treaty on Wednesday, officials said."}"#,
        #"{"id": "s3", "date": "2024-06-20", "source": "Wire A", "text": "China praised North Korea for its economic progress."}"#,
        #"{"id": "s4", "date": "2024-07-02", "source": "Wire B", "text": "Russian President Vladimir Putin welcomed a North Korean delegation in Moscow."}"#,
        #"{"id": "s5", "date": "2024-07-15", "source": "Wire A", "text": "North Korea criticized China over trade."}"#,
        #"{"id": "s6", "date": "2024-08-01", "source": "Wire B", "text": "North Korea accused South Korea of provocations."}"#,
        #"{"id": "s7", "date": "2024-08-03", "source": "Wire A", "text": "Russia praised North Korea for its support."}"#,
    ]

    static var jsonl: [UInt8] { Array((lines.joined(separator: "\n") + "\n").utf8) }
}

@Suite("dyad store commands", .serialized)
struct StoreCLITests {
    func counts(_ outcome: DyadProcess.Outcome) -> String {
        outcome.stderr.split(separator: "\n").last { $0.contains("holds") }.map(String.init) ?? outcome.stderr
    }

    @Test("ingest is idempotent; relations rank partners from it; events trace them to their sentences")
    func ingestAndAsk() throws {
        let scratch = try Scratch(["news.jsonl": StoreArticles.jsonl])
        defer { scratch.remove() }
        let db = scratch.path("events.sqlite")
        let first = try DyadProcess.run(["ingest", "--db", db, "--batch", "3", "--no-progress", scratch.path("news.jsonl")])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("stored 7 document(s)"))
        let again = try DyadProcess.run(["ingest", "--db", db, "--no-progress", scratch.path("news.jsonl")])
        #expect(again.status == 0 && again.stderr.contains("stored 0 document(s)") && again.stderr.contains("7 already stored"))
        #expect(counts(first).components(separatedBy: "holds").last == counts(again).components(separatedBy: "holds").last)
        #expect(counts(first).hasSuffix("holds 7 documents, 8 events, 10 mentions"), "\(first.stderr)")

        let relations = try DyadProcess.run(["relations", "PRK", "--db", db, "--format", "json"])
        #expect(relations.status == 0, "\(relations.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(relations.stdout.utf8)) as? [String: Any])
        #expect(json["actor"] as? String == "PRK")
        let partners = try #require(json["partners"] as? [[String: Any]])
        let names = partners.compactMap { $0["partner"] as? String }
        #expect(names.first == "RUS" && names.contains("CHN"), "\(relations.stdout)")
        let russia = partners[0]
        #expect((russia["cooperation"] as? Int ?? 0) > (partners.first { $0["partner"] as? String == "CHN" }?["cooperation"] as? Int ?? 0))

        // The treaty is one event reported by two articles (both directions: two events, two mentions each).
        let treaty = try DyadProcess.run(["events", "--db", db, "--dyad", "PRK,RUS", "--code", "057"])
        let lines = treaty.stdout.split(separator: "\n")
        #expect(lines.count == 2, "\(treaty.stdout)")
        for line in lines {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(event["mentions"] as? Int == 2 && event["documents"] as? Int == 2)
            #expect((event["text"] as? String)?.contains("defence treaty") == true)
            #expect(event["date"] as? String == "2024-06-19")
        }
        let every = try DyadProcess.run(["events", "--db", db, "--dyad", "PRK,RUS", "--code", "057", "--all-mentions"])
        #expect(every.stdout.split(separator: "\n").count == 4)

        let gdelt = try DyadProcess.run(["events", "--db", db, "--format", "gdelt-events", "--header"])
        let rows = gdelt.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count > 2 && rows.allSatisfy { $0.count == 61 })
        let mentions = try DyadProcess.run(["events", "--db", db, "--format", "gdelt-mentions"])
        #expect(mentions.stdout.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 16 })

        let series = try DyadProcess.run(["dyad", "PRK", "RUS", "--db", db, "--by", "month", "--plot", scratch.path("c.svg")])
        #expect(series.status == 0 && series.stdout.contains("2024-06") && series.stdout.contains("2024-08"), "\(series.stdout)")
        let svg = try String(contentsOfFile: scratch.path("c.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("polyline class=\"cooperation\""))

        let missing = try DyadProcess.run(["relations", "PRK", "--db", scratch.path("none.sqlite")])
        #expect(missing.status == 2 && missing.stderr.contains("dyad ingest"))
        let badDate = try DyadProcess.run(["relations", "PRK", "--db", db, "--since", "2024-02-30"])
        #expect(badDate.status == 2 && badDate.stderr.contains("YYYY-MM-DD"))

        let recode = try DyadProcess.run(["ingest", "--db", db, "--recode"])
        #expect(recode.status == 0 && recode.stderr.contains("re-coded 7 document(s)"), "\(recode.stderr)")
        #expect(try DyadProcess.run(["events", "--db", db]).stdout
                == (try DyadProcess.run(["events", "--db", db]).stdout))
    }

    @Test("a malformed record is reported with its line and skipped; the records around it are stored")
    func badRecord() throws {
        var lines = StoreArticles.lines
        lines.insert(#"{"id": "broken", "date": "2024-06-19", "text": "unterminated"#, at: 3)
        let scratch = try Scratch(["news.jsonl": Array((lines.joined(separator: "\n") + "\n").utf8)])
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["ingest", "--db", scratch.path("e.sqlite"), "--no-progress", scratch.path("news.jsonl")])
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("news.jsonl:4:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("stored 7 document(s)"), "\(outcome.stderr)")
    }

    @Test("a process killed inside a batch, at each of three points, leaves a consistent database; a rerun ends where an uninterrupted run does")
    func killedInsideABatch() throws {
        let scratch = try Scratch(["news.jsonl": StoreArticles.jsonl])
        defer { scratch.remove() }
        let input = scratch.path("news.jsonl")
        let reference = scratch.path("reference.sqlite")
        let whole = try DyadProcess.run(["ingest", "--db", reference, "--batch", "2", "--no-progress", input])
        #expect(whole.status == 0, "\(whole.stderr)")
        let expected = try DyadProcess.run(["events", "--db", reference, "--format", "gdelt-mentions"]).stdout
        let expectedEvents = try DyadProcess.run(["events", "--db", reference, "--format", "gdelt-events"]).stdout
        #expect(!expected.isEmpty)
        for point in ["document", "events", "commit"] {
            let db = scratch.path("killed-\(point).sqlite")
            let killed = try DyadProcess.run(["ingest", "--db", db, "--batch", "2", "--no-progress", input],
                                             environment: ["DYAD_TEST_KILL_AT": "\(point):2"])
            #expect(killed.signalled && killed.status == 9, "\(point): \(killed.status) \(killed.stderr)")
            // Only the first batch (2 documents) survived, whole and consistent.
            let partial = try DyadProcess.run(["events", "--db", db, "--format", "gdelt-events"])
            #expect(partial.status == 0, "\(partial.stderr)")
            let integrity = try DyadProcess.run(["ingest", "--db", db, "--batch", "2", "--no-progress", input])
            #expect(integrity.status == 0 && integrity.stderr.contains("stored 5 document(s)")
                    && integrity.stderr.contains("2 already stored"), "\(point): \(integrity.stderr)")
            #expect(try DyadProcess.run(["events", "--db", db, "--format", "gdelt-mentions"]).stdout == expected, "\(point)")
            #expect(try DyadProcess.run(["events", "--db", db, "--format", "gdelt-events"]).stdout == expectedEvents, "\(point)")
        }
    }
}
