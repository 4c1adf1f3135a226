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

@Suite("dyad code and dyad eval", .serialized)
struct CodeCLITests {
    @Test("a lexicon that cannot be read stops code with exit 2 and its message, before any output; with or without documents")
    func unreadableLexicon() throws {
        let input = Data(#"{"id": "c1", "date": "2024-06-21", "text": "Russia and North Korea signed a defence treaty."}"#.utf8 + [0x0A])
        for stdin in [input, Data()] {
            let outcome = try DyadProcess.run(["code", "--lexicon", "/nonexistent/dyad-lexicon.lex", "--input-format", "jsonl",
                                               "--no-progress", "-"], stdin: stdin)
            #expect(outcome.status == 2, "\(outcome.stderr)")
            #expect(outcome.stdout.isEmpty)
            #expect(outcome.stderr.contains("dyad-lexicon.lex"), "\(outcome.stderr)")
            #expect(outcome.stderr.components(separatedBy: "dyad:").count == 2, "one message: \(outcome.stderr)")
        }
    }

    @Test("code --stats reports the share of sentences that reached the parser; --parse-all parses all, same events")
    func parsedShare() throws {
        let text = "Net sales were 5.6 mln dlrs in the quarter. President Vladimir Putin was in Moscow. He condemned the "
            + "attack on Ukraine. The weather was mild. Shares were flat in late trading."
        let input = Data(#"{"id": "s1", "date": "2024-06-21", "text": "\#(text)"}"#.utf8 + [0x0A])
        let selected = try DyadProcess.run(["code", "--input-format", "jsonl", "--no-progress", "--stats", "-"], stdin: input)
        #expect(selected.status == 0, "\(selected.stderr)")
        #expect(selected.stderr == "dyad: 2 of 5 sentences reached the parser (40.0%)\n", "\(selected.stderr)")
        let all = try DyadProcess.run(["code", "--input-format", "jsonl", "--no-progress", "--stats", "--parse-all", "-"],
                                      stdin: input)
        #expect(all.stderr == "dyad: 5 of 5 sentences reached the parser (100.0%)\n", "\(all.stderr)")
        #expect(!selected.stdout.isEmpty && selected.stdout == all.stdout)
        // Without --stats (and not on a terminal) standard error stays empty.
        let quiet = try DyadProcess.run(["code", "--input-format", "jsonl", "--no-progress", "-"], stdin: input)
        #expect(quiet.stderr.isEmpty && quiet.stdout == selected.stdout)
    }

    @Test("code writes one JSON line per event with the issue's fields; the date comes from the sentence")
    func code() throws {
        let input = Data(#"{"id": "c1", "date": "2024-06-21", "text": "Russia and North Korea signed a defence treaty in Pyongyang on Wednesday."}"#.utf8 + [0x0A])
        let outcome = try DyadProcess.run(["code", "--input-format", "jsonl", "--no-progress", "-"], stdin: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let events = try outcome.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(events.count == 2, "\(outcome.stdout)")
        let first = try #require(events.first)
        for key in ["id", "version", "doc_id", "sentence", "date", "date_precision", "date_text", "source", "target",
                    "cameo", "cameo_name", "quad_class", "goldstein", "plover", "modality", "attribution", "location",
                    "text", "rule"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["cameo"] as? String == "057")
        #expect(first["date"] as? String == "2024-06-19")
        #expect(first["date_precision"] as? String == "day")
        #expect(Set(events.compactMap { ($0["source"] as? [String: Any])?["code"] as? String }) == ["RUS", "PRK"])
    }

    @Test("code drops events without a target unless --one-sided, which the version says; explain names them")
    func oneSided() throws {
        let input = Data(#"{"id": "o1", "date": "2024-06-21", "text": "The IMF warned of a slowdown. Russia and North Korea signed a defence treaty."}"#.utf8 + [0x0A])
        func events(_ extra: [String]) throws -> [[String: Any]] {
            let outcome = try DyadProcess.run(["code", "--input-format", "jsonl", "--no-progress"] + extra + ["-"], stdin: input)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            return try outcome.stdout.split(separator: "\n").map {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
            }
        }
        let dyads = try events([])
        #expect(dyads.count == 2 && dyads.allSatisfy { $0["target"] is [String: Any] }, "\(dyads)")
        #expect(dyads.allSatisfy { !($0["version"] as? String ?? "").contains("one-sided") })
        let all = try events(["--one-sided"])
        #expect(all.count == 3, "\(all)")
        #expect(all.first?["cameo"] as? String == "130" && all.first?["target"] is NSNull)
        #expect(all.allSatisfy { ($0["version"] as? String ?? "").hasSuffix("; one-sided kept") })
        let explained = try DyadProcess.run(["explain", "The IMF warned of a slowdown."])
        #expect(explained.stdout.contains("dropped, no target (--one-sided keeps it): IGOBUSIMF 130 -"), "\(explained.stdout)")
    }

    @Test("eval scores PLOVER gold records and ends with 'N passed, M failed'")
    func eval() throws {
        let gold = #"""
            [{"id": "DOC", "event": "DOCUMENT"},
             {"id": "G1", "date": "2024-06-20", "event": "SUPPORT", "text": "Russia and North Korea signed a defence treaty on Wednesday."},
             {"id": "G2", "date": "2024-06-20", "event": "FIGHT", "text": "The weather was mild in Paris on Sunday."}]
            """#
        let scratch = try Scratch(["gsr.json": Array(gold.utf8)])
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["eval", scratch.path("gsr.json")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.last == "1 passed, 1 failed", "\(outcome.stdout)")
        #expect(outcome.stdout.contains("FAIL G2: expected ASSAULT (FIGHT), produced nothing"))
    }
}

@Suite("dyad eval on peer validation suites", .serialized)
struct PeerEvalCLITests {
    static let xml = """
        <Validation>
        <Environment>
            <Verbfile>test.verbs.txt</Verbfile>
            <Actorfile>test.actors.txt</Actorfile>
            <Agentfile>test.agents.txt</Agentfile>
            <Include>DEMO</Include>
        </Environment>
        <Sentences>
        <Sentence date="20240501" id="T-1" category="DEMO" sentence="true">
        <EventCoding sourcecode="VELGOV" targetcode="MAR" eventcode="122"></EventCoding>
        <Text>The Velorian government condemned Mardonia.</Text>
        </Sentence>
        <Sentence date="20240501" id="T-2" category="DEMO" sentence="true">
        <EventCoding sourcecode="MAR" targetcode="VEL" eventcode="122"></EventCoding>
        <Text>Veloria condemned Mardonia.</Text>
        </Sentence>
        <Sentence date="20240501" id="T-3" category="OTHER" sentence="true">
        <EventCoding noevents="True"></EventCoding>
        <Text>Veloria condemned Mardonia.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """
    static let files: [String: [UInt8]] = [
        "unit.xml": Array(xml.utf8),
        "test.verbs.txt": Array("--- CONDEMN [122] ---\nCONDEMN\n".utf8),
        "test.actors.txt": Array("VELORIA [VEL]\n+VELORIAN\nMARDONIA [MAR]\n".utf8),
        "test.agents.txt": Array("GOVERNMENT [~GOV]\n".utf8),
    ]

    @Test("a PETRARCH validation file is coded with the dictionaries its Environment names; the last line counts")
    func petrarch() throws {
        let scratch = try Scratch(Self.files)
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["eval", scratch.path("unit.xml")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.split(separator: "\n").last == "1 passed, 1 failed", "\(outcome.stdout)")
        #expect(outcome.stdout.contains("FAIL T-2"))
        #expect(outcome.stdout.contains("expected MAR/VEL/122, produced VEL/MAR/122"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("rule VEL/MAR/122: CONDEMN [122]"))
    }

    @Test("code --dictionaries with a verbs file codes with the peer's dictionaries only")
    func codeWithPeerVerbs() throws {
        var files = Self.files
        files["unit.xml"] = nil
        let scratch = try Scratch(files)
        defer { scratch.remove() }
        let input = Data(#"{"id": "p1", "date": "2024-05-01", "text": "The Velorian government condemned Mardonia. Russia condemned China."}"#.utf8 + [0x0A])
        let outcome = try DyadProcess.run(["code", "--dictionaries", scratch.url.path, "--input-format", "jsonl", "--no-progress", "-"],
                                          stdin: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let events = try outcome.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        // Russia and China are not in these dictionaries: only the first sentence codes.
        #expect(events.count == 1, "\(outcome.stdout)")
        #expect((events.first?["source"] as? [String: Any])?["code"] as? String == "VELGOV")
        #expect(events.first?["cameo"] as? String == "122")
        #expect(events.first?["cameo_name"] as? String != nil)
        #expect((events.first?["rule"] as? String)?.contains("CONDEMN") == true)
    }

    @Test("eval --parse reads each record's own <Parse>; a record whose parse cannot be read codes nothing")
    func suppliedParse() throws {
        let xml = """
            <Validation>
            <Environment><Verbfile>test.verbs.txt</Verbfile><Actorfile>test.actors.txt</Actorfile>
            <Agentfile>test.agents.txt</Agentfile></Environment>
            <Sentences>
            <Sentence date="20240501" id="T-A" category="DEMO" sentence="true">
            <EventCoding sourcecode="VELGOV" targetcode="MAR" eventcode="122"></EventCoding>
            <Text>The Velorian government condemned Mardonia.</Text>
            <Parse>(ROOT (S (NP (DT The) (JJ Velorian) (NN government)) (VP (VBD condemned) (NP (NNP Mardonia))) (. .)))</Parse>
            </Sentence>
            <Sentence date="20240501" id="T-B" category="DEMO" sentence="true">
            <EventCoding error="bad_input_parse"></EventCoding>
            <Text>Veloria condemned Mardonia.</Text>
            <Parse>(ROOT (S (NP (NNP Veloria)) (VP (VBD condemned)</Parse>
            </Sentence>
            </Sentences>
            </Validation>
            """
        var files = Self.files
        files["unit.xml"] = Array(xml.utf8)
        let scratch = try Scratch(files)
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["eval", "--parse", scratch.path("unit.xml")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.split(separator: "\n").last == "2 passed, 0 failed", "\(outcome.stdout)")
        #expect(outcome.stdout.contains("1 record(s) without a readable <Parse> coded nothing: T-B"))
    }

    @Test("a malformed record in a validation file is reported at its line and the records around it are scored")
    func malformedRecord() throws {
        var files = Self.files
        let broken = """
            <Sentence date="19950230" id="T-X" category="DEMO" sentence="true">
            <EventCoding sourcecode="VEL" targetcode="MAR" eventcode="122"></EventCoding>
            <Text>Veloria condemned Mardonia.</Text>
            </Sentence>
            <Sentence date="20240501" id="T-2"
            """
        files["unit.xml"] = Array(Self.xml.replacingOccurrences(of: #"<Sentence date="20240501" id="T-2""#, with: broken).utf8)
        let scratch = try Scratch(files)
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["eval", scratch.path("unit.xml")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.split(separator: "\n").last == "1 passed, 1 failed", "\(outcome.stdout)")
        #expect(!outcome.stdout.contains("T-X"))
        #expect(outcome.stderr.contains("unit.xml:13:17: error: date '19950230' is not a real day; record skipped"), "\(outcome.stderr)")
    }

    static let tabariFiles: [String: [UInt8]] = [
        "t.project": Array("Test\n<actorsfile> t.actors\n<verbsfile> t.verbs\n<agentsfile> t.agents\n<optionsfile> t.options\n<textfile> t.text\n".utf8),
        "t.actors": Array("VELORIA [VEL]\nMARDONIA_ [MAR]\n".utf8),
        "t.agents": Array("SOLDIER [~MIL]\n".utf8),
        "t.verbs": Array("CONDEM  [122]\n".utf8),
        "t.options": Array("// test options\nSET: MINIMUM WORDS = eight\nSET: CONVERT AGENT = TRUE\n".utf8),
        "t.text": Array(#"""
            950101 OPT-01
            Veloria condemned Mardonia on Monday after a long and bitter quarrel.
            /* { VEL / MAR / 122 }
            \n{ OPTION: DEFAULT: SOURCE [ABC PRIOR } */

            950102 OPT-02
            Soldiers condemned Mardonia on Monday after a long and bitter quarrel.
            /* { ~MIL / MAR / 122 } */

            """#.utf8),
    ]

    @Test("bad TABARI option lines are printed as file:line:column errors with a hint; the records are still scored")
    func tabariOptionDiagnostics() throws {
        let scratch = try Scratch(Self.tabariFiles)
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["eval", scratch.path("t.text")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("t.options:2:22: error: MINIMUM WORDS takes a whole number, not 'eight'; option skipped"),
                "\(outcome.stderr)")
        #expect(outcome.stderr.contains("hint: write e.g. SET: MINIMUM WORDS = 8"))
        #expect(outcome.stderr.contains("t.text:4:29: error: '[' is not closed; option skipped"), "\(outcome.stderr)")
        // CONVERT AGENT, on the line after the bad one, applies: the soldiers are ~MIL.
        #expect(outcome.stdout.split(separator: "\n").last == "2 passed, 0 failed", "\(outcome.stdout)")
    }

    @Test("an options file the TABARI project names but that cannot be read is exit 2, naming it and the fix")
    func unreadableTabariOptions() throws {
        var files = Self.tabariFiles
        files["t.options"] = nil
        let scratch = try Scratch(files)
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["eval", scratch.path("t.text")])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("t.options: cannot read the options file t.project names"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("hint: restore the file"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test("a dictionary the Environment names but that is missing is exit 2, naming it")
    func missingDictionary() throws {
        var files = Self.files
        files["test.verbs.txt"] = nil
        let scratch = try Scratch(files)
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["eval", scratch.path("unit.xml")])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("test.verbs.txt"), "\(outcome.stderr)")
    }
}

@Suite("dyad explain", .serialized)
struct ExplainCLITests {
    @Test("explain shows the actors with their rules, each verb's patterns, and why a negated verb gives nothing")
    func explain() throws {
        let outcome = try DyadProcess.run(["explain", "--date", "2024-06-20",
                                           "China did not condemn the launch. Russia and North Korea signed a defence treaty."])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("China → CHN"))
        #expect(outcome.stdout.contains("no event: negated"))
        #expect(outcome.stdout.contains("chosen: verb/"))
        #expect(outcome.stdout.contains("RUS 057 PRK"), "\(outcome.stdout)")
    }
}

@Suite("dyad code --format", .serialized)
struct CodeFormatTests {
    static let input = Data(#"{"id": "c1", "date": "2024-06-21", "source": "Wire", "text": "Russia and North Korea signed a defence treaty in Pyongyang on Wednesday."}"#.utf8 + [0x0A])

    /// The reference column names of a layout from ../shared/reference/formats, when present.
    static func referenceColumns(_ layout: String) -> [String]? {
        let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/reference/formats")
        let file = ["icews": "ICEWS/icews_dataverse_columns.tsv", "phoenix": "Phoenix/phoenix_columns.tsv",
                    "plover": "POLECAT/polecat_columns.tsv"][layout]
        guard let file, let data = FileManager.default.contents(atPath: base.appendingPathComponent(file).path) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst()
            .compactMap { $0.split(separator: "\t", maxSplits: 1).last.map(String.init) }
    }

    @Test("each layout has its header and rows of the same width; icews, phoenix and plover match the reference columns",
          arguments: ["csv", "icews", "phoenix", "plover"])
    func layout(format: String) throws {
        let outcome = try DyadProcess.run(["code", "--input-format", "jsonl", "--no-progress", "--format", format, "-"],
                                          stdin: Self.input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3, "\(outcome.stdout)")
        let separator: Character = format == "csv" ? "," : "\t"
        let header = lines.first!.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        if format != "csv" {
            for line in lines {
                #expect(line.split(separator: separator, omittingEmptySubsequences: false).count == header.count)
            }
            if let reference = Self.referenceColumns(format) {
                #expect(header == reference)
            } else {
                print("note: ../shared/reference/formats is absent; the \(format) header was not compared")
            }
        }
        #expect(outcome.stdout.contains(format == "phoenix" ? "20240619" : "2024-06-19"))
        #expect(outcome.stdout.contains(format == "plover" ? "SUPPORT" : "057"))   // POLECAT has no CAMEO column
    }
}

@Suite("dyad code --jobs", .serialized)
struct CodeJobsTests {
    @Test("--jobs 2 writes exactly what --jobs 1 writes, in input order")
    func parallelSameOutput() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/articles").path
        let one = try DyadProcess.run(["code", "--no-progress", "--jobs", "1", examples])
        let two = try DyadProcess.run(["code", "--no-progress", "--jobs", "2", examples])
        #expect(one.status == two.status)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == two.stdout)
        #expect(try DyadProcess.run(["code", "--jobs", "0", examples]).status == 2)
    }
}
