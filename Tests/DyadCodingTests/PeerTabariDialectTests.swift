import DyadCoding
import DyadCore
import DyadLexicon
import Foundation
import Testing

/// How TABARI reads verbs (its dictionary, not the parse, says what a verb is), on small TABARI dictionaries
/// written for these tests.
@Suite("TABARI verb reading in the peer coder")
struct PeerTabariDialectTests {
    static let actors = PeerTabariOptionsTests.actors
    static let verbs = """
        SHOULD  [101]
        - SUGGESTED * APPLY CONVENTIONS  [152]
        - SUGGESTED + * REQUIRE CONVENTIONS  [151]
        APPLY  [150]
        ACCORD  [---]
        - IN_*  [075]
        DONATE_  [073]
        CONDEM  [122]
        RESTOR  [064]
        PRAIS  [051]
        VOICE  [020]
        - RECENTLY RAISED ITS *  [042]
        BURN DOWN  [222]
        """
    static let rules = PeerRules(verbs: PeerVerbDictionary.parse(verbs).value, actors: PeerActorDictionary.parse(actors).value,
                                 agents: PeerAgentDictionary(), dialect: .tabari)

    /// The events of `text` coded with TABARI's options and `lines` applied, sorted.
    static func code(_ text: String, _ lines: String...) -> [String] {
        let day = CalendarDate(iso: "2024-05-01")!
        let options = lines.reduce(PeerCoder.Options.tabari) { $0.applying(tabariLine: $1) }
        let coder = PeerCoder(rules: rules, options: options)
        let (annotated, _) = ActorTestSupport.pipeline.run(Document(id: "t", date: day, text: text))
        return coder.code(annotated, on: day).events.map(\.description).sorted()
    }

    @Test("a modal in the verb dictionary codes for the verb it helps; a pattern's words before it move the source back")
    func modals() {
        #expect(Self.code("Veloria suggested Mardonia should apply conventions in its dealings with Kestra today.")
                == ["VEL/KES/152"])
        #expect(Self.code("Veloria suggested Mardonia should require conventions in its dealings with Kestra today.")
                == ["VEL/MAR/151"])
        // No pattern: the modal's own code (its source the clause's first actor), and the verb it helps codes
        // nothing more.
        #expect(Self.code("Veloria said Mardonia should respect conventions in its dealings with Kestra today.")
                == ["VEL/KES/101"])
    }

    @Test("a dictionary verb the parse reads as a noun targets the next actor after it")
    func nounVerbs() {
        #expect(Self.code("Veloria was in accord with the Kestra delegation on Saturday.") == ["VEL/KES/075"])
    }

    @Test("a word with a possessive ending is no verb")
    func possessive() {
        #expect(Self.code("Veloria donate's cash to Kestra almost five years later.").isEmpty)
    }

    @Test("SET: CODE BY CLAUSE codes the first verb of each clause; BY SENTENCE the first; CODE ALL every one")
    func codeBy() {
        #expect(PeerCoder.Options.tabari.codeBy == .clause)
        #expect(PeerCoder.Options().codeBy == nil)
        #expect(PeerCoder.Options.tabari.applying(tabariLine: "SET: CODE ALL").codeBy == .all)
        #expect(PeerCoder.Options.tabari.applying(tabariLine: "SET: CODE BY SENTENCE").codeBy == .sentence)
        let text = "Veloria condemned Mardonia on Monday but Kestra praised Mardonia on Tuesday."
        #expect(Self.code(text) == ["KES/MAR/051", "VEL/MAR/122"])
        #expect(Self.code(text, "SET: CODE BY SENTENCE") == ["VEL/MAR/122"])
        // CODE ALL also codes the complement of a verb that coded.
        #expect(Self.code("Veloria condemned Mardonia to restore ties with Kestra on Monday.", "SET: CODE ALL")
                .contains("VEL/KES/064"))
    }

    @Test("the second verb of a compound verb phrase shares the subject of the first")
    func sharedSubject() {
        #expect(Self.code("Veloria said that Sardon might condemn Mardonia or restore ties with Kestra on Thursday.")
                == ["VEL/KES/064", "VEL/MAR/122"])
    }

    @Test("a dictionary verb after a possessive is a verb only where a pattern says so; after an article never")
    func determinedNouns() {
        #expect(Self.code("Veloria has recently raised its voice for Kestra in the talks.") == ["VEL/KES/042"])
        #expect(Self.code("Veloria has recently praised its voice for Kestra in the talks.") == ["VEL/KES/051"])
        #expect(Self.code("Veloria was in an accord with the Kestra delegation on Saturday.").isEmpty)
    }

    @Test("the source is the first actor of the clause before the verb; the target the next actor, past commas")
    func clauseActors() {
        // Not the parse's subject, "Mardonia crowds": TABARI has no parse.
        #expect(Self.code("Veloria is about to leave, almost five years after Mardonia crowds burned down its embassy, a Kestra official said.",
                          "COMMA: OFF") == ["VEL/KES/222"])
        #expect(Self.code("Veloria is about to leave almost five years after crowds burned down its embassy, a Kestra official said.")
                == ["VEL/KES/222"])
    }
}
