import DyadCoding
import DyadCore
import DyadLexicon
import Foundation
import Testing

/// The peer coder on small dictionaries written for these tests, in PETRARCH's and TABARI's formats.
@Suite("Coding with TABARI and PETRARCH dictionaries")
struct PeerCoderTests {
    static let actors = """
        VELORIA [VEL]
        +VELORIAN
        MARDONIA_ [MAR]
        KESTRA ISLANDS [KES]
        THE_NORTHERN_LEAGUE [NLG/ELV]
        TOMAS_BREL
            [VELGOV >20200101]
            [VELOPP]
        """
    static let agents = """
        GOVERNMENT [~GOV]
        MINISTER [~GOV]
        SOLDIER [~MIL]
        RELIEF_AGENCY [NGO~]
        """
    static let verbs = """
        &TIES
        +DIPLOMATIC
        +ECONOMIC

        --- RESTORE [064] ---
        RESTORE
        - * &TIES TIES [065]
        - * CULTURAL TIES [066]

        --- CONDEMN [122] ---
        CONDEMN

        --- VISIT [042:043] ---
        VISIT

        --- AGREE [030] ---
        AGREE
        - % * [031:031]

        --- ATTACK [190] ---
        ATTACK

        --- IGNORE [---] ---
        IGNORE
        """
    static let discards = """
        FOOTBALL
        +TYPHOON
        """

    static let rules = PeerRules(
        verbs: PeerVerbDictionary.parse(verbs).value, actors: PeerActorDictionary.parse(actors).value,
        agents: PeerAgentDictionary.parse(agents).value, discards: PeerDiscards.parse(discards).value)

    /// The events of `text` as `SOURCE/TARGET/CODE`, sorted.
    static func code(_ text: String, on date: String = "2024-05-01", requireDyad: Bool = true,
                     rules: PeerRules = rules) -> (events: [String], result: PeerCoder.Result) {
        let day = CalendarDate(iso: date)!
        let (document, _) = ActorTestSupport.pipeline.run(Document(id: "t", date: day, text: text))
        let result = PeerCoder(rules: rules, requireDyad: requireDyad).code(document, on: day)
        return (result.events.map(\.description).sorted(), result)
    }

    @Test("a pattern with a synset wins over the verb's own code, and the event names the pattern line")
    func pattern() {
        let (events, result) = Self.code("Veloria restored diplomatic ties with Mardonia on Monday.")
        #expect(events == ["VEL/MAR/065"])
        #expect(result.events.first?.rule.contains("- * &TIES TIES [065]") == true, "\(result.events)")
        #expect(Self.code("Veloria restored its embassy in Mardonia.").events == ["VEL/MAR/064"])
    }

    @Test("agents join the actor's code: after it (~GOV), before it (NGO~), and alone as ---")
    func agents() {
        #expect(Self.code("The Velorian government condemned Mardonia.").events == ["VELGOV/MAR/122"])
        #expect(Self.code("The minister of Veloria condemned Mardonia.").events == ["VELGOV/MAR/122"])
        #expect(Self.code("A Velorian relief agency condemned Mardonia.").events == ["NGOVEL/MAR/122"])
        #expect(Self.code("Soldiers condemned Mardonia.").events == ["---MIL/MAR/122"])
    }

    @Test("a passive with its by-agent is read the right way round")
    func passive() {
        #expect(Self.code("Mardonia was attacked by Veloria on Tuesday.").events == ["VEL/MAR/190"])
    }

    @Test("a paired code codes the visit and the hosting")
    func pairedCode() {
        #expect(Self.code("The Velorian minister visited Mardonia.").events == ["MAR/VELGOV/043", "VELGOV/MAR/042"])
    }

    @Test("compound actors: % codes each with the other, coordination expands, one phrase may stand for several")
    func compounds() {
        #expect(Self.code("Veloria and Mardonia agreed.").events == ["MAR/VEL/031", "VEL/MAR/031"])
        #expect(Self.code("Veloria and the Kestra Islands condemned Mardonia.").events == ["KES/MAR/122", "VEL/MAR/122"])
        #expect(Self.code("The Northern League condemned Mardonia.").events == ["ELV/MAR/122", "NLG/MAR/122"])
    }

    @Test("null codes code nothing; discard phrases drop the sentence and say so")
    func nullAndDiscards() {
        #expect(Self.code("Veloria ignored Mardonia.").events.isEmpty)
        let (events, result) = Self.code("Veloria condemned Mardonia after the football match.")
        #expect(events.isEmpty)
        #expect(result.discard == .sentence)
        #expect(Self.code("A typhoon hit the coast. Veloria condemned Mardonia.").result.discard == .story)
    }

    @Test("require_dyad: without a target nothing is coded, unless it is switched off (then the target is ---)")
    func requireDyad() {
        #expect(Self.code("Veloria condemned the decision.").events.isEmpty)
        #expect(Self.code("Veloria condemned the decision.", requireDyad: false).events == ["VEL/---/122"])
    }

    @Test("dated actor codes follow the sentence's date")
    func datedCodes() {
        #expect(Self.code("Tomas Brel condemned Mardonia.", on: "2019-06-01").events == ["VELOPP/MAR/122"])
        #expect(Self.code("Tomas Brel condemned Mardonia.", on: "2021-06-01").events == ["VELGOV/MAR/122"])
    }

    @Test("a word written with underscores stands for the phrase it joins; MARDONIA_ is no stem")
    func wordsAndStems() {
        #expect(Self.code("Veloria condemned Kestra_Islands.").events == ["VEL/KES/122"])
        #expect(Self.code("Veloria condemned Mardonians.").events.isEmpty)
    }

    @Test("odd input codes without a crash: a 2,000-word sentence, emoji, other scripts, capitals, no punctuation")
    func oddInput() {
        let long = Array(repeating: "Veloria condemned Mardonia and the Kestra Islands restored diplomatic ties with", count: 180)
            .joined(separator: " ") + " Mardonia."
        for text in [long, "🇻🇪 Veloria 🙂 condemned 😡 Mardonia 🔥", "Велория осудила Мардонию.", "VELORIA CONDEMNED MARDONIA",
                     "veloria condemned mardonia and attacked kestra islands", "* $ + % ^ & _ ~", ""] {
            _ = Self.code(text)
        }
        #expect(Self.code(long).events.contains("VEL/MAR/122"))
        // A verbs file with a typo: irregular forms of underscores only.
        let typo = PeerRules(verbs: PeerVerbDictionary.parse("--- CONDEMN [122] ---\nCONDEMN {__ _}\n").value,
                             actors: PeerActorDictionary.parse(Self.actors).value, agents: PeerAgentDictionary())
        #expect(Self.code("Veloria condemned Mardonia.", rules: typo).events == ["VEL/MAR/122"])
    }

    @Test("TABARI dialect: verbs are stems, pattern words too, and { A | B } offers alternatives")
    func tabari() {
        let verbs = """
            CALL  [095]
            - * FOR { SANCTION | EMBARGO }  [172]
            CONDEM  [122]
            """
        let rules = PeerRules(verbs: PeerVerbDictionary.parse(verbs).value, actors: PeerActorDictionary.parse(Self.actors).value,
                              agents: PeerAgentDictionary(), dialect: .tabari)
        #expect(Self.code("Veloria called for sanctions against Mardonia.", rules: rules).events == ["VEL/MAR/172"])
        #expect(Self.code("Veloria called for an embargo against Mardonia.", rules: rules).events == ["VEL/MAR/172"])
        #expect(Self.code("Veloria called for talks with Mardonia.", rules: rules).events == ["VEL/MAR/095"])
        #expect(Self.code("Veloria condemns Mardonia.", rules: rules).events == ["VEL/MAR/122"])
    }
}

/// The peers' own validation suites, when ../shared is present.
@Suite("The peers' validation suites (skips without ../shared)")
struct PeerSuiteTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/eval")

    /// Passed and selected records of a suite, or nil when it is absent.
    static func score(_ relative: String) throws -> (passed: Int, total: Int)? {
        let path = shared.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: path) else {
            print("note: skipping \(relative): \(shared.path) is absent (it is not part of a clone)")
            return nil
        }
        let validation = try PeerValidation(path: path)
        let outcomes = validation.cases.map { validation.run($0) { ActorTestSupport.pipeline.run($0).0 } }
        return (outcomes.filter(\.passed).count, outcomes.count)
    }

    @Test("PETRARCH 2's unit tests: every selected record scored, at least 90% passed")
    func petrarch2() throws {
        guard let (passed, total) = try Self.score("petrarch2/PETR.UnitTest.records.xml") else { return }
        #expect(total == 278)
        #expect(Double(passed) >= 0.9 * Double(total), "\(passed) of \(total)")
    }

    @Test("PETRARCH 1's unit tests: at least 90% passed")
    func petrarch1() throws {
        guard let (passed, total) = try Self.score("petrarch1/PETR.UnitTest.records.xml") else { return }
        #expect(total == 273)
        #expect(Double(passed) >= 0.9 * Double(total), "\(passed) of \(total)")
    }

    @Test("TABARI's Validate.text: no fall below the recorded level, 81% (the target, 80%, is met)")
    func tabari() throws {
        guard let (passed, total) = try Self.score("tabari/Validate.text") else { return }
        #expect(total == 423)
        #expect(Double(passed) >= 0.81 * Double(total), "\(passed) of \(total)")
    }
}
