import Foundation
import DyadCore
import DyadLexicon
import Testing

@Suite("Lexicon format")
struct LexiconParserTests {
    static let sample = """
        # A small lexicon in Dyad's format.
        [country PRK]
        name: North Korea
        code: PRK
        alias: Democratic People's Republic of Korea | DPRK
        adjective: North Korean
        capital: Pyongyang

        [country RUS]
        name: Russia
        code: RUS
        seat: Kremlin

        [agent minister]
        name: minister
        plural: ministers
        code: GOV
        icews: Government | Cabinet
        plover: GOV

        [person vladimir-putin]
        name: Vladimir Putin
        short: Putin
        country: RUS
        role: 1999-08-16 .. 2000-05-07 | RUSGOV | Prime Minister | head-of-government
        role: 2000-05-07 .. 2008-05-07 | RUSGOV | President | head-of-state
        role: 2008-05-08 .. 2012-05-07 | RUSGOV | Prime Minister | head-of-government
        role: 2012-05-07 .. present | RUSGOV | President | head-of-state
        """

    @Test("a well-formed file loads every entry with its fields")
    func loadsSample() throws {
        let result = LexiconParser().parse(Self.sample, file: "sample.lex")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.entries.map(\.id) == ["country/PRK", "country/RUS", "agent/minister", "person/vladimir-putin"])
        let prk = result.entries[0]
        #expect(prk.phrases.map(\.text) == ["North Korea", "Democratic People's Republic of Korea", "DPRK",
                                            "North Korean", "Pyongyang"])
        #expect(prk.phrases.last?.field == .capital)
        #expect(prk.location.line == 2)
        let minister = result.entries[2]
        #expect(minister.code.code == "GOV")
        #expect(minister.icewsSectors == ["Government", "Cabinet"])
        #expect(minister.ploverSector == .GOV)
        let putin = result.entries[3]
        #expect(putin.code.code == "RUS")
        #expect(putin.roles.count == 4)
        #expect(putin.roles[3].period.end == nil)
        #expect(putin.roles[1].offices == [.headOfState])
    }

    @Test("dated roles: president, prime minister, president again; the end day belongs to the successor")
    func datedRoles() throws {
        let putin = LexiconParser().parse(Self.sample, file: "s").entries[3]
        func titles(_ text: String) -> [String] { putin.roles(on: CalendarDate(iso: text)!).map(\.title) }
        #expect(titles("2005-01-01") == ["President"])
        #expect(titles("2010-06-01") == ["Prime Minister"])
        #expect(titles("2024-06-19") == ["President"])
        #expect(titles("2008-05-07") == [])  // between the two offices: one day out of office
        #expect(titles("1999-01-01") == [])
    }

    @Test("bad lines give file:line:column diagnostics and only their entry is skipped")
    func badLines() throws {
        let text = """
            [country XYZ]
            name: Nowhere
            code: XYZ

            [person someone]
            name: Some One
            country: RUS
            role: 2023-02-30 .. present | RUSGOV | Minister

            [agent troops]
            name: troop
            code: RUSMIL
            icews: Military
            plover: ARMY

            [planet mars]
            name: Mars

            name: orphan

            [country FRA]
            name: France
            code: FRA
            colour: blue

            [country DEU]
            name: Germany
            code: DEU
            """
        let result = LexiconParser().parse(text, file: "bad.lex")
        #expect(result.entries.map(\.id) == ["country/DEU"])
        let errors = result.diagnostics.filter { $0.severity == .error }
        let lines = errors.map { $0.location.line ?? 0 }
        #expect(lines.contains(3))   // unknown country code XYZ
        #expect(lines.contains(8))   // Feb 30
        #expect(lines.contains(12))  // agent code with a country
        #expect(lines.contains(14))  // PLOVER sector ARMY
        #expect(lines.contains(16))  // unknown kind
        #expect(lines.contains(24))  // unknown key colour
        let feb30 = try #require(errors.first { $0.location.line == 8 })
        #expect(feb30.description.contains("bad.lex:8:7"))
        #expect(feb30.description.contains("'2023-02-30' is not a date"))
        #expect(feb30.hint != nil && feb30.excerpt != nil)
    }

    @Test("overlapping roles in one office warn; duplicate ids across files are errors")
    func crossChecks() {
        let overlapping = """
            [person a]
            name: A
            country: USA
            role: 2001-01-20 .. 2009-01-20 | USAGOV | President | head-of-state
            role: 2008-01-01 .. 2010-01-01 | USAGOV | President | head-of-state
            """
        let lexicon = Lexicon(files: [("one.lex", overlapping), ("two.lex", overlapping)])
        #expect(lexicon.entries.count == 1)
        #expect(lexicon.diagnostics.contains { $0.severity == .warning && $0.message.contains("overlaps") })
        #expect(lexicon.diagnostics.contains { $0.severity == .error && $0.message.contains("duplicate id 'person/a'") })
    }

    @Test("partial dates: a month or a year starts on its first day")
    func partialDates() {
        #expect(LexiconDate("2025-10")?.firstDay == CalendarDate(year: 2025, month: 10, day: 1))
        #expect(LexiconDate("1999")?.precision == .year)
        #expect(LexiconDate("2024-02-29") != nil)
        #expect(LexiconDate("2023-02-29") == nil)
        #expect(LexiconDate("2023-13") == nil)
        #expect(LexiconDate("23-01-01") == nil)
    }
}

@Suite("Verb pattern entries")
struct VerbPatternTests {
    static let text = """
        [synset AGREEMENT]
        word: agreement | treaty | accord

        [verb sign]
        lemma: sign | ink
        pattern: 057 obj=&AGREEMENT|deal prep=with
        pattern: 057 obj=&AGREEMENT
        example: 057 | Russia and North Korea signed a treaty.

        [verb impose]
        lemma: impose
        pattern: 163 obj=&SANCTION prep=on|against
        pattern: 172 obj=curfew target=none

        [verb attack]
        lemma: attack
        pattern: 190 !obj=plan|proposal voice=active
        pattern: 999
        pattern: 190 obj=
        example: 111 | The minister attacked the plan.
        """

    @Test("patterns read their code and cues; synsets expand; a default target follows prep=")
    func patterns() throws {
        let lexicon = Lexicon(files: [("verbs.lex", Self.text)])
        let sign = try #require(lexicon.verbs.first { $0.key == "sign" })
        #expect(sign.lemmas == ["sign", "ink"])
        #expect(sign.patterns.count == 2)
        #expect(sign.patterns[0].code.code == "057")
        #expect(sign.patterns[0].object?.contains("treaty") == true)
        #expect(sign.patterns[0].object?.contains("deal") == true)
        #expect(sign.patterns[0].target == .preposition)
        #expect(sign.patterns[1].target == .object)
        #expect(sign.examples.first?.code.code == "057")
    }

    @Test("subj=pair asks for a subject naming two actors; other values list the subject's words; an empty one is an error")
    func pairedSubjects() throws {
        let text = """
            [verb clash]
            lemma: clash
            pattern: 190 prep=with
            pattern: 190 subj=pair !obj=*

            [verb strike]
            lemma: strike
            pattern: 190 subj=missile|&WEAPON

            [synset WEAPON]
            word: rocket | drone

            [verb fight]
            lemma: fight
            pattern: 190 subj=

            [verb bomb]
            lemma: bomb
            pattern: 195 subj=&NO_SUCH_SET
            pattern: 195
            """
        let lexicon = Lexicon(files: [("verbs.lex", text)])
        let clash = try #require(lexicon.verbs.first { $0.key == "clash" })
        #expect(clash.patterns.map(\.pairedSubject) == [false, true])
        #expect(clash.patterns.allSatisfy { $0.subject == nil })
        // Another value lists the words the subject's head must be, synsets expanded.
        let strike = try #require(lexicon.verbs.first { $0.key == "strike" })
        #expect(strike.patterns.first?.subject?.words == ["missile", "rocket", "drone"])
        #expect(strike.patterns.first?.pairedSubject == false)
        #expect(!lexicon.verbs.contains { $0.key == "fight" })
        #expect(lexicon.diagnostics.contains { $0.message.contains("unknown or empty cue") && $0.location.line == 15 })
        // A typo in a subject's synset drops that pattern only, with its line.
        let bomb = try #require(lexicon.verbs.first { $0.key == "bomb" })
        #expect(bomb.patterns.count == 1)
        #expect(lexicon.diagnostics.contains { $0.message.contains("undefined synset '&NO_SUCH_SET'") && $0.location.line == 19 })
    }

    @Test("an undefined synset drops its pattern; a bad code or empty cue drops the entry; all reported with lines")
    func badPatterns() throws {
        let lexicon = Lexicon(files: [("verbs.lex", Self.text)])
        let impose = try #require(lexicon.verbs.first { $0.key == "impose" })
        #expect(impose.patterns.map(\.code.code) == ["172"])
        #expect(impose.patterns[0].target == VerbPattern.Target.none)
        #expect(lexicon.diagnostics.contains { $0.message.contains("undefined synset '&SANCTION'") && $0.location.line == 12 })
        #expect(!lexicon.verbs.contains { $0.key == "attack" })
        #expect(lexicon.diagnostics.contains { $0.message.contains("'999' is not a CAMEO") && $0.location.line == 18 })
        #expect(lexicon.diagnostics.contains { $0.message.contains("unknown or empty cue 'obj='") && $0.location.line == 19 })
        #expect(lexicon.diagnostics.contains { $0.severity == .warning && $0.message.contains("no pattern of this entry yields 111") })
    }
}

@Suite("Lexicon files as editors save them")
struct LexiconFileFormTests {
    @Test("CRLF line ends and a byte-order mark read like plain lines")
    func crlfAndBOM() {
        let text = "\u{FEFF}# Countries\r\n[country RUS]\r\nname: Russia\r\ncode: RUS\r\n\r\n[country PRK]\r\nname: North Korea\r\ncode: PRK\r\n"
        let result = LexiconParser().parse(text, file: "crlf.lex")
        #expect(result.entries.map(\.id) == ["country/RUS", "country/PRK"], "\(result.diagnostics)")
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a cue given twice and empty list values are reported")
    func repeatedCueAndEmptyValues() {
        let text = """
            [synset T]
            word: a | | b

            [verb v]
            lemma: sign
            pattern: 057 obj=treaty obj=deal
            """
        let lexicon = Lexicon(files: [("v.lex", text)])
        #expect(lexicon.diagnostics.contains { $0.message.contains("cue 'obj=' is given twice") && $0.location.line == 6 })
        #expect(lexicon.diagnostics.contains { $0.severity == .warning && $0.message.contains("empty value") && $0.location.line == 2 })
        #expect(lexicon.verbs.isEmpty)
        #expect(lexicon.synsets["T"]?.words == ["a", "b"])
    }
}

@Suite("Lexicon files with bad bytes")
struct LexiconBadBytesTests {
    @Test("invalid UTF-8 is a warning with its line, and the entries around it still load")
    func invalidUTF8() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Array("[country RUS]\nname: Russia\ncode: RUS\n\n[country CIV]\nname: C".utf8)
        bytes += [0xF4, 0xE9]   // Latin-1 "ôé", not UTF-8
        bytes += Array("te d'Ivoire\ncode: CIV\n".utf8)
        try Data(bytes).write(to: folder.appendingPathComponent("bad.lex"))
        let lexicon = try Lexicon.load(contentsOf: [folder])
        #expect(lexicon.entries.map(\.id) == ["country/RUS", "country/CIV"])
        let warning = try #require(lexicon.diagnostics.first { $0.message.contains("not valid UTF-8") })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 6)
        #expect(warning.hint != nil)
    }
}

@Suite("Lexicon files parsed on several threads")
struct LexiconParallelTests {
    @Test("the shipped lexicon parsed on three threads equals the one parsed on one: entries, verbs, diagnostics, in order")
    func sameForAnyJobs() throws {
        let one = try Lexicon.bundled()
        let three = try Lexicon.bundled(jobs: 3)
        #expect(one.entries == three.entries)
        #expect(one.verbs.map(\.key) == three.verbs.map(\.key))
        #expect(one.verbs.map { $0.patterns.map(\.text) } == three.verbs.map { $0.patterns.map(\.text) })
        #expect(one.diagnostics.map(\.description) == three.diagnostics.map(\.description))
        #expect(Set(one.synsets.keys) == Set(three.synsets.keys))
    }

    @Test("a duplicate id across files is reported against the later file whatever the thread count")
    func duplicatesKeepFileOrder() {
        let files = [("a.lex", "[country RUS]\nname: Russia\ncode: RUS\n"), ("b.lex", "[country RUS]\nname: Russland\ncode: RUS\n")]
        for jobs in [1, 2] {
            let lexicon = Lexicon(files: files, jobs: jobs)
            #expect(lexicon.entries.map(\.name) == ["Russia"])
            #expect(lexicon.diagnostics.first?.location.file == "b.lex")
        }
    }
}

@Suite("Discard entries")
struct LexiconDiscardTests {
    @Test("a discard entry reads its phrases, lower-cased and with single spaces; a note is allowed")
    func readsPhrases() throws {
        let text = """
            [discard sports]
            phrase: Touchdown | home  run | semi-final
            note: sports news in conflict words
            """
        let lexicon = Lexicon(files: [("d.lex", text)])
        #expect(lexicon.diagnostics.isEmpty, "\(lexicon.diagnostics)")
        let sports = try #require(lexicon.discards.first)
        #expect(sports.name == "sports")
        #expect(sports.phrases == ["touchdown", "home run", "semi-final"])
        #expect(sports.location.line == 1)
    }

    @Test("a discard with no phrase, a bad name, an unknown key or a duplicate name is reported with its line")
    func badEntries() {
        let first = """
            [discard weather]

            [discard Sports]
            phrase: inning

            [discard markets]
            phrase: nasdaq

            [discard other]
            phrase: ftse
            word: dow jones
            """
        let second = """
            [discard markets]
            phrase: ftse
            """
        let lexicon = Lexicon(files: [("a.lex", first), ("b.lex", second)])
        #expect(lexicon.diagnostics.contains { $0.message.contains("discard 'weather' has no 'phrase' line") && $0.location.line == 1 })
        #expect(lexicon.diagnostics.contains { $0.message.contains("discard name 'Sports'") && $0.location.line == 3 })
        #expect(lexicon.diagnostics.contains { $0.location.file == "a.lex" && $0.location.line == 11 }, "\(lexicon.diagnostics)")
        #expect(lexicon.diagnostics.contains { $0.message.contains("duplicate discard 'markets'") && $0.location.file == "b.lex" })
        #expect(!lexicon.discards.contains { $0.name == "weather" || $0.name == "Sports" || $0.name == "other" })
        #expect(lexicon.discards.first { $0.name == "markets" }?.phrases == ["nasdaq"])
    }
}
