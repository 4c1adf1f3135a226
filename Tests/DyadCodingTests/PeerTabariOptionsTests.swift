import DyadCoding
import DyadCore
import DyadLexicon
import Foundation
import Testing

/// TABARI's coding options, on small TABARI dictionaries written for these tests.
@Suite("TABARI options in the peer coder")
struct PeerTabariOptionsTests {
    static let actors = """
        VELORIA [VEL]
        MARDONIA_ [MAR]
        KESTRA [KES]
        """
    static let agents = """
        SOLDIER [~MIL]
        REBEL [~REB]
        """
    static let verbs = """
        RESTOR  [064]
        CONDEM  [122]
        ASK  [090]
        """
    static let rules = PeerRules(verbs: PeerVerbDictionary.parse(verbs).value, actors: PeerActorDictionary.parse(actors).value,
                                 agents: PeerAgentDictionary.parse(agents).value, dialect: .tabari)

    /// The events of `text` coded with `options` (after `prepared`, as validation does), sorted.
    static func code(_ text: String, options: PeerCoder.Options, antecedent: String? = nil) -> [String] {
        let day = CalendarDate(iso: "2024-05-01")!
        let coder = PeerCoder(rules: rules, options: options)
        guard let document = coder.prepared(Document(id: "t", date: day, text: text)) else { return [] }
        let (annotated, _) = ActorTestSupport.pipeline.run(document)
        return coder.code(annotated, on: day, antecedent: antecedent).events.map(\.description).sorted()
    }

    static func options(_ lines: String...) -> PeerCoder.Options {
        lines.reduce(PeerCoder.Options()) { $0.applying(tabariLine: $1) }
    }

    @Test("SET: MINIMUM WORDS skips a shorter record, counting blank-separated words before anything is left out")
    func minimumWords() {
        let options = Self.options("SET: MINIMUM WORDS = 6")
        #expect(Self.code("Veloria condemned Mardonia on Monday.", options: options).isEmpty)
        #expect(Self.code("Veloria condemned Mardonia on Monday last week.", options: options) == ["VEL/MAR/122"])
        #expect(PeerCoder.Options.tabari.minimumWords == 8)
    }

    @Test("SET: CONVERT AGENT codes an agent without an actor as ~AGT, and FALSE switches it off")
    func convertAgents() {
        let on = Self.options("SET: CONVERT AGENT = TRUE")
        #expect(Self.code("Soldiers condemned Mardonia.", options: on) == ["~MIL/MAR/122"])
        let off = Self.options("SET: CONVERT AGENT = TRUE", "SET: CONVERT AGENT = FALSE")
        #expect(Self.code("Soldiers condemned Mardonia.", options: off) == ["---MIL/MAR/122"])
    }

    @Test("DEFAULT: fills a missing source or target; PRIOR and AFTER say when, OFF resets")
    func defaults() {
        let both = Self.options("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER")
        #expect(Self.code("Someone condemned Mardonia.", options: both) == ["DEFSRC/MAR/122"])
        #expect(Self.code("Veloria condemned someone.", options: both) == ["VEL/DEFTAR/122"])
        #expect(Self.code("Veloria and Kestra condemned someone.", options: both) == ["KES/DEFTAR/122", "VEL/DEFTAR/122"])
        // Without PRIOR the first actor after the verb is the source; without AFTER a compound source gives the target.
        let plain = Self.options("DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR]")
        #expect(Self.code("Someone condemned Mardonia.", options: plain) == ["MAR/DEFTAR/122"])
        #expect(Self.code("Veloria and Kestra condemned someone.", options: plain) == ["VEL/KES/122"])
        let off = Self.options("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "DEFAULT: OFF")
        #expect(off.defaults == PeerCoder.Defaults())
        #expect(Self.code("Someone condemned Mardonia.", options: off).isEmpty)
    }

    @Test("FORWARD: the template names story and sentence from the end of the id; a pronoun subject takes the antecedent")
    func forward() {
        let options = Self.options("FORWARD: ^^*****NNN*SSS")
        let template = try! #require(options.forward)
        #expect(template.place(of: "STORY-001-002")?.story == "001")
        #expect(template.place(of: "LONGSTORY-001-002")?.story == "LON001")
        #expect(template.place(of: "STORY-001-002")?.sentence == 2)
        #expect(template.continues("STORY-001-002", after: "STORY-001-001"))
        #expect(!template.continues("STORY-002-002", after: "STORY-001-001"))
        #expect(!template.continues("STORY-Start", after: "STORY-001-001"))
        #expect(Self.options("FORWARD: ^^*****NNN*SSS", "FORWARD: ^^*****NNN*SSS OFF").forward == nil)
        #expect(Self.code("He asked Mardonia for help.", options: options, antecedent: "VEL") == ["VEL/MAR/090"])
        #expect(Self.code("He asked Mardonia for help.", options: options).isEmpty)
    }

    @Test("the first actor of a document is what TABARI forwards: its bare code")
    func firstActor() {
        let day = CalendarDate(iso: "2024-05-01")!
        let (annotated, _) = ActorTestSupport.pipeline.run(Document(id: "t", date: day, text: "Soldiers condemned somebody."))
        #expect(PeerCoder(rules: Self.rules).firstActor(in: annotated, on: day) == nil)
        let (named, _) = ActorTestSupport.pipeline.run(Document(id: "t", date: day, text: "Veloria's soldiers condemned Kestra."))
        #expect(PeerCoder(rules: Self.rules).firstActor(in: named, on: day) == "VEL")
    }

    @Test("COMMA: inner and final asides in range are left out once a verb came before them; an initial one by BMIN/BMAX")
    func commaClauses() {
        let commas = PeerCoder.CommaClauses.tabari
        let verb: (Substring) -> Bool = { $0.uppercased().hasPrefix("CONDEM") }
        #expect(commas.removing(from: "Veloria condemned, as expected by many, the decision of the council of Kestra on Monday last week.",
                                isVerb: verb) == "Veloria condemned the decision of the council of Kestra on Monday last week.")
        #expect(commas.removing(from: "Veloria condemned Kestra, a senior official said.", isVerb: verb)
                == "Veloria condemned Kestra.")
        // The clause with the verb stays: nothing before it is a verb.
        #expect(commas.removing(from: "Veloria's minister, in remarks on Monday, condemned Kestra.", isVerb: verb)
                == "Veloria's minister, in remarks on Monday, condemned Kestra.")
        // "1,000" is no comma clause; a one-word aside is below the minimum.
        #expect(commas.removing(from: "Veloria condemned 1,000 of them, reportedly.", isVerb: verb)
                == "Veloria condemned 1,000 of them, reportedly.")
        let changed = Self.options("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8").commaClauses
        #expect(changed == PeerCoder.CommaClauses(inner: 4...6, end: 3...6, start: 3...8))
        #expect(changed?.removing(from: "Veloria is about to condemn, Kestra said.", isVerb: verb) == "Kestra said.")
        #expect(Self.options("COMMA: OFF").commaClauses == nil)
        #expect(Self.options("COMMA: BMIN = 255 BMAX = 0").commaClauses?.start == nil)
    }

    @Test("TABARI reads a capitalized word inside a sentence as a name, not a verb")
    func capitalizedWords() {
        #expect(Self.code("Veloria will Restore ties with Mardonia.", options: PeerCoder.Options()).isEmpty)
        #expect(Self.code("Veloria will restore ties with Mardonia.", options: PeerCoder.Options()) == ["VEL/MAR/064"])
    }
}
