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

        [verb s-fire]
        lemma: fire
        pattern: 194 obj=rocket prep=at

        [verb s-claim]
        lemma: claim
        pattern: 015 obj=bombing target=none

        [verb s-declare]
        lemma: declare
        pattern: 0871 obj=ceasefire|truce target=none

        [verb s-hold]
        lemma: hold
        pattern: 150 obj=exercise target=none

        [verb s-strike]
        lemma: strike
        pattern: 190 obj=target target=none

        [verb s-rush]
        lemma: rush
        pattern: 154 obj=brigade|troop

        [verb s-attack]
        lemma: attack
        pattern: 190

        [verb s-raise]
        lemma: raise
        pattern: 151 obj=alert target=none
        """

    static let coder = ActorTestSupport.coder(verbs: verbs, named: "sole-other-verbs.lex")

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a target-less act is aimed at the one other state the sentence names")
    func soleOtherState() {
        let duties = Self.triples("China imposed anti-dumping duties on barley from Australia on Monday.")
        #expect(duties == ["CHN 163 AUS"], "\(duties)")
        let group = Self.triples("The World Food Programme suspended food aid in Houthi-held areas of Yemen, accusing the group of diverting supplies.")
        #expect(group.contains { $0.hasPrefix("IGOUNO") && $0.contains(" 112 YEM") }, "\(group)")
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

    @Test("'the group' is the armed group or movement named last, in this sentence or the two before")
    func theGroup() {
        let found = Self.triples("Israeli jets killed a senior commander of the Islamic Jihad militant group, and the group fired 100 rockets at Israel.")
        #expect(found.contains { $0.hasPrefix("PSE") && $0.hasSuffix(" 194 ISR") }, "\(found)")
        // With no group named, "the group" is no actor.
        let none = Self.triples("The group fired 100 rockets at Israel.")
        #expect(none.isEmpty, "\(none)")
    }

    @Test("a claim of responsibility with no target is aimed at the one other state named")
    func claimTowardOther() {
        let found = Self.triples("Jaish-e-Mohammed claimed the suicide bombing that killed 40 Indian paramilitary police in Kashmir.")
        #expect(found.contains { $0.hasPrefix("PAK") && $0.hasSuffix(" 015 IND") } || found.contains { $0.hasSuffix(" 015 INDCOP") }, "\(found)")
    }

    @Test("'the agency' is an international body named in this sentence or the one before; not one named long ago")
    func theAgency() {
        let found = Self.triples("Donald Trump halted U.S. funding for the World Health Organization, accusing the agency of mismanaging the crisis.")
        #expect(found.contains { $0.hasPrefix("USA") && $0.hasSuffix(" 112 IGOUNOHLHWHO") }, "\(found)")
        let far = Self.triples("The World Health Organization met in Geneva. It was a long day. Weather forecasters spoke. Police accused the agency of mismanaging the crisis.")
        #expect(!far.contains { $0.hasSuffix(" 112 IGOUNOHLHWHO") }, "\(far)")
    }

    @Test("with no other actor named, a truce, rejection, threat, protest or act of force with no target is done at home")
    func homeTarget() {
        let truce = Self.triples("The Taliban declared a three-day ceasefire over the Eid holiday on Saturday.")
        #expect(truce.contains { $0.hasPrefix("AFG") && $0.hasSuffix(" 0871 AFG") }, "\(truce)")
        // Not a show of force, which faces another state even when the sentence does not say which.
        let drills = Self.triples("China held military exercises on Saturday.")
        #expect(!drills.contains { $0.hasSuffix(" CHN") }, "\(drills)")
    }

    @Test("with guessed targets off, a target-less act keeps no target; targets the text gives stay")
    func guessedTargetsOff() {
        let plain = ActorTestSupport.coder(verbs: Self.verbs, named: "sole-other-verbs.lex", guessesTargets: false)
        let sentence = "China imposed anti-dumping duties on barley on Monday, days after Australia criticised its trade policy."
        #expect(Self.triples(sentence).contains("CHN 163 AUS"), "\(Self.triples(sentence))")
        let kept = ActorTestSupport.triples(sentence, coder: plain)
        #expect(kept.contains("CHN 163 -"), "\(kept)")
        let given = ActorTestSupport.triples("Hamas fired rockets at Israel on Monday.", coder: plain)
        #expect(given.contains { $0.hasPrefix("PSE") && $0.hasSuffix(" 194 ISR") }, "\(given)")
    }

    @Test("a military posture aimed at the source's own forces faces the one other state; a police alert stays home")
    func ownForcePosture() {
        let brigades = Self.triples("Russian troops attacked the border region on Friday, and Kyiv rushed reserve brigades to the area.")
        #expect(brigades.contains { $0.hasPrefix("UKR") && $0.contains(" 154 RUS") }, "\(brigades)")
        #expect(!brigades.contains { $0.hasPrefix("UKR") && $0.contains(" 154 UKR") }, "\(brigades)")
        let alert = Self.triples("Belgium raised its terrorism alert on Monday after a gunman from Tunisia shot dead two people.")
        #expect(!alert.contains { $0.contains(" 151 TUN") }, "\(alert)")
    }
}
