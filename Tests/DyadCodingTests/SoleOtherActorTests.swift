import DyadCoding
import DyadCore
import Testing

/// An act whose pattern finds no target is aimed at the one other actor its sentence names (2026-11-30, seventh
/// sitting), on sentences of our own.
@Suite("Event coder: the one other actor of the sentence as the target of a target-less act")
struct SoleOtherActorTests {
    static let verbs = """
        [verb s-accuse]
        lemma: accuse
        pattern: 112

        [verb s-impose]
        lemma: impose
        pattern: 163 obj=duty|tariff target=none

        [verb s-meet]
        lemma: meet
        pattern: 040

        [verb s-say]
        lemma: say
        pattern: 010

        [verb s-strike]
        lemma: strike
        pattern: 190 obj=target target=none
        """

    static let coder = ActorTestSupport.coder(verbs: verbs, named: "sole-other-verbs.lex")

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a target-less act is aimed at the one other state the sentence names")
    func soleOtherState() {
        let duties = Self.triples("China imposed anti-dumping duties on barley from Australia on Monday.")
        #expect(duties == ["CHN 163 AUS"], "\(duties)")
        let group = Self.triples("The World Food Programme suspended food aid in Houthi-held areas of Yemen, accusing the group of diverting supplies.")
        #expect(group.contains("IGOUNOWFP 112 YEM") || group.contains { $0.hasPrefix("IGOUNO") && $0.hasSuffix(" 112 YEM") }, "\(group)")
    }

    @Test("with two other states, or none, the act keeps no target")
    func noGuessAmongMany() {
        let two = Self.triples("China imposed anti-dumping duties on barley on Monday, days after Australia and Japan criticised its trade policy.")
        #expect(two.allSatisfy { $0.hasSuffix(" -") } && !two.isEmpty, "\(two)")
        let none = Self.triples("China imposed anti-dumping duties on barley.")
        #expect(none == ["CHN 163 -"], "\(none)")
    }

    @Test("news media, pronouns and a meeting's venue are not the other actor")
    func notMediaPronounsOrVenues() {
        let media = Self.triples("China imposed anti-dumping duties on barley, Reuters reported.")
        #expect(media.allSatisfy { $0.hasSuffix(" -") }, "\(media)")
        let venue = Self.triples("Gulf finance ministers will meet in Bahrain on Sunday.")
        #expect(!venue.contains { $0.hasSuffix(" BHR") }, "\(venue)")
    }
}
