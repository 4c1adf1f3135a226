import DyadCoding
import DyadCore
import Testing

/// Gunmen fighting security forces, credit backed for a state, claims of responsibility made by saying so, and news
/// agencies that do not make a story theirs (thirteenth sitting on the event coder), with the shipped lexicon and the
/// default coder (dyads only).
@Suite("Event coder: attacks on security posts, credit backed, spoken claims, news agencies and the focus country")
struct ThirteenthSittingRulesTests {
    static let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("gunmen who attack a checkpoint, a police station or soldiers fight (190); those who attack a camp of refugees kill civilians (180)")
    func attacksOnSecurityForces() {
        let checkpoint = Self.triples("Gunmen attacked an army checkpoint in northern Burkina Faso on Sunday, killing 11 soldiers.")
        #expect(checkpoint.contains { $0.hasPrefix("BFAUAF 190 BFA") }, "\(checkpoint)")
        #expect(!checkpoint.contains { $0.contains(" 180 ") }, "\(checkpoint)")
        let station = Self.triples("Gunmen attacked a police station in Peshawar on Monday.")
        #expect(station.contains { $0.hasPrefix("PAKUAF 190 PAK") }, "\(station)")
        // A camp of refugees is no security post: the attack on it is on civilians.
        let camp = Self.triples("Gunmen attacked a refugee camp in northern Burkina Faso on Sunday, killing 11 people.")
        #expect(camp.contains { $0.hasPrefix("BFAUAF 180 BFA") }, "\(camp)")
        #expect(!camp.contains { $0.contains(" 190 ") }, "\(camp)")
    }

    @Test("an international lender that backs a credit facility for a state gives economic aid (071), not support (051)")
    func creditBacked() {
        let credit = Self.triples("The IMF's board backed a $3 billion credit facility for Egypt on Tuesday.")
        #expect(credit.contains("IGOBUSIMF 071 EGY"), "\(credit)")
        #expect(!credit.contains { $0.contains(" 051 ") }, "\(credit)")
    }

    @Test("an armed group that says its fighters carried out the raid claims it (015) and does not raid again")
    func spokenClaims() {
        let raid = Self.triples("Gunmen killed 12 villagers in Zamfara state on Sunday, and the rebels said their fighters "
            + "had carried out the raid.")
        #expect(raid.contains { $0.hasPrefix("NGAREB 015 NGA") }, "\(raid)")
        #expect(!raid.contains { $0.contains(" 190 ") }, "\(raid)")
        // A state's army that says it carried out a raid reports its act; no claim.
        let army = Self.triples("Nigeria's army said it carried out the raid on a Boko Haram camp on Sunday.")
        #expect(army.contains { $0.hasPrefix("NGAMIL 190 NGAREB") }, "\(army)")
        #expect(!army.contains { $0.contains(" 015 ") }, "\(army)")
    }

    @Test("a news agency the text names does not make the story its country's")
    func newsAgenciesAndFocus() {
        let story = Self.triples("Police arrested two men on Tuesday. The arrests were confirmed by a Reuters witness. "
            + "Police in Kenya later released them.")
        #expect(story.contains { $0.hasPrefix("KENCOP 173 KEN") }, "\(story)")
        #expect(!story.contains { $0.hasPrefix("GBR") }, "\(story)")
    }
}
