import DyadCoding
import DyadCore
import Testing

/// Targets shared along coordinated verbs, titles before a name, and phrases of an object's conjuncts (ninth sitting
/// on the event coder), with the shipped lexicon and the default coder (dyads only).
@Suite("Event coder: shared targets, titled objects, phrases of an object's conjuncts")
struct NinthSittingRulesTests {
    static let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)
    static let unguessed = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver,
                                      guessesTargets: false, requiresDyad: false)

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a second verb with no target of its own, and no subject or named object of its own, shares the first one's")
    func shared() {
        // Several other actors, so no one-other-actor guess: the demand is aimed at the one summoned.
        let text = "Italy summoned France's ambassador on Wednesday and demanded an apology after Macron criticised Rome and Libya."
        let found = Self.triples(text)
        #expect(found.contains("ITA 114 FRAGOV") && found.contains("ITA 102 FRAGOV"), "\(found)")
        // It is a guess: with guesses off the demand keeps no target.
        #expect(ActorTestSupport.triples(text, coder: Self.unguessed).contains("ITA 102 -"))
        // A conjunct with a subject of its own is another actor's act; one whose object names unresolved parties
        // ("Western powers") is aimed at them, not at the embassies' states.
        // Both ambassadors summoned, both asked: one event per target of the first verb.
        let both = Self.triples("Italy summoned the ambassadors of France and Spain on Wednesday and demanded an apology.")
        #expect(both.contains("ITA 102 FRAGOV") && both.contains("ITA 102 ESPGOV"), "\(both)")
        // "…, and Meloni demanded": a conjunct with a subject of its own is its own act, sharing nothing.
        let own = Self.triples("Italy summoned the ambassadors of France and Spain on Wednesday, and Prime Minister Giorgia "
            + "Meloni demanded an apology.")
        #expect(!own.contains { $0.contains(" 102 ") }, "\(own)")
        // One whose own object names parties the coder cannot resolve ("Western powers") is aimed at them.
        let powers = Self.triples("Kenyan protesters attacked the embassies of Rwanda and France in Nairobi on Tuesday and "
            + "accused Western powers of standing by.")
        #expect(!powers.contains { $0.contains(" 112 ") }, "\(powers)")
    }

    @Test("a title before a name is the object's class: 'summoned U.S. Ambassador David Satterfield' is summoning a diplomat")
    func titles() {
        #expect(Self.triples("Turkey summoned U.S. Ambassador David Satterfield on Saturday.") == ["TUR 114 USAGOV"])
        #expect(Self.triples("South Africa's foreign ministry summoned U.S. Ambassador Reuben Brigety on Friday.")
            .contains { $0.hasPrefix("ZAF") && $0.hasSuffix(" 114 USAGOV") })
    }

    @Test("a phrase on a conjunct inside the object's phrase names the partner: 'agreements on X and Y with Z'")
    func conjunctPhrases() {
        let found = Self.triples("Chinese Foreign Minister Wang Yi signed agreements on infrastructure and economic cooperation "
            + "with Samoa's Prime Minister Fiame Naomi Mata'afa on Saturday.")
        #expect(found.contains { $0.hasPrefix("CHN") && $0.contains(" 057 WSM") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("WSM") && $0.contains(" 057 CHN") }, "\(found)")
    }

    @Test("a list of three country adjectives on one noun is three actors: 'American, Japanese and Canadian warships'")
    func adjectiveLists() {
        let mentions = ActorTestSupport.mentions("American, Japanese and Canadian warships sailed to New Zealand on Tuesday.",
                                                 on: "2016-11-16")
        let codes = Set(mentions.filter { $0.text.hasSuffix("warships") }.map(\.code.code))
        #expect(codes == ["USAMIL", "JPNMIL", "CANMIL"], "\(codes)")
        // Two stay two.
        let two = ActorTestSupport.mentions("Armenian and Azerbaijani forces clashed on Monday.", on: "2016-04-02")
        #expect(Set(two.map(\.code.code)) == ["ARMMIL", "AZEMIL"])
    }

    @Test("'their governments' after two actors joined by 'and' is the two of them; without such a pair it is not")
    func theirPair() {
        let found = Self.triples("Shinzo Abe and Xi Jinping held talks in Beijing on Friday, and their governments signed "
            + "a currency swap deal.")
        #expect(found.contains("JPN 057 CHN") && found.contains("CHN 057 JPN"), "\(found)")
        let single = ActorTestSupport.mentions("Western countries met in Paris, and their governments signed a pledge.",
                                               on: "2018-10-26")
        #expect(!single.contains { $0.rule == "coreference: the two countries" }, "\(single.map(\.rule))")
    }

    @Test("a refusal of 'the demand' answers the one who asked it of the refuser, not the last actor named")
    func refusedDemand() {
        let found = Self.triples("Scott Morrison demanded an apology from Beijing on Monday over an image that showed an "
            + "Australian soldier holding a knife to an Afghan child's throat, and China rejected the demand.")
        #expect(found.contains { $0.hasPrefix("CHN 12") && $0.contains(" AUS") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("CHN 12") && $0.contains("AFG") }, "\(found)")
    }

    @Test("'waters' is a sea, not the water of aid: a survey ship sent into waters is no humanitarian aid")
    func waters() {
        let found = Self.triples("Greece put its armed forces on alert after Turkey sent a survey ship into waters claimed by Athens.")
        #expect(!found.contains { $0.contains(" 073 ") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("GRC 152") }, "\(found)")
    }

    @Test("what one allows or lets another do has not happened: 'allowed UN inspectors to visit' is no visit")
    func permitted() {
        let found = Self.triples("Myanmar's junta allowed a special envoy of ASEAN to visit Aung San Suu Kyi on Sunday.")
        #expect(!found.contains { $0.contains(" 042 ") || $0.contains(" 043 ") }, "\(found)")
        #expect(Self.triples("Syria allowed UN nuclear inspectors to visit the site on Monday.").allSatisfy { !$0.contains(" 042 ") })
    }

    @Test("a phone call made to someone is a call between the two: 'Sharif telephoned Modi' codes 041 both ways")
    func phoneCalls() {
        let found = Self.triples("Nawaz Sharif telephoned Narendra Modi on Tuesday.")
        #expect(found.contains { $0.hasPrefix("PAK") && $0.contains(" 041 IND") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("IND") && $0.contains(" 041 PAK") }, "\(found)")
    }

    @Test("two subjects joined by 'and' that the parser made two subjects of the verb are one coordinated source")
    func splitSubjects() {
        let found = Self.triples("EU leaders and Turkey sealed a deal in Brussels on Friday.")
        #expect(found.contains { $0.hasPrefix("IGOEUREEC 03") && $0.hasSuffix(" TUR") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("TUR 03") && $0.hasSuffix(" IGOEUREEC") }, "\(found)")
    }

    @Test("a show of force by two countries' forces aimed at a third is no joint exercise")
    func jointShowOfForce() {
        let found = Self.triples("Chinese and Russian military aircraft entered Finnish airspace on Friday.")
        #expect(found.contains { $0.hasPrefix("CHN") && $0.contains(" 150 FIN") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("RUS") && $0.contains(" 150 FIN") }, "\(found)")
        #expect(!found.contains { $0.contains(" 062 ") }, "\(found)")
        // Exercises staged together are still cooperation.
        #expect(Self.triples("Philippine and U.S. troops began joint exercises on Monday.").contains { $0.contains(" 062 ") })
    }

    @Test("a deadline to leave given to a diplomat is the expulsion (161), not an ultimatum; a deadline to surrender is one")
    func deadlineToLeave() {
        #expect(Self.triples("Saudi Arabia gave Lebanon's ambassador 48 hours to leave on Friday.")
            .contains { $0.hasPrefix("SAU 161 LBN") })
        let surrender = Self.triples("Abiy Ahmed gave Tigray's leaders 72 hours to surrender on Sunday.")
        #expect(surrender.contains { $0.contains(" 139 ") }, "\(surrender)")
        let migrants = Self.triples("Pakistan gave Afghan migrants 30 days to leave the country on Tuesday.")
        #expect(migrants.contains { $0.hasPrefix("PAK 174 AFG") }, "\(migrants)")
    }

    @Test("declaring a diplomat persona non grata expels them (161), however the parser reads the phrase")
    func personaNonGrata() {
        #expect(Self.triples("Sudan's government declared the UN envoy persona non grata on Thursday.")
            .contains { $0.hasPrefix("SDN") && $0.contains(" 161 IGOUNO") })
        #expect(Self.triples("Malaysia declared North Korea's ambassador persona non grata on Saturday.")
            .contains { $0.hasPrefix("MYS 161 PRK") })
        #expect(Self.triples("The German ambassador was declared persona non grata by Moscow on Friday.")
            .contains { $0.hasPrefix("RUS 161 DEU") })
        #expect(Self.triples("Russia did not declare the German ambassador persona non grata.").isEmpty)
    }

    @Test("police sent to another country are deployed there (074, hosted 0861); sent at home they stay a police posture")
    func policeDeployments() {
        let abroad = Self.triples("Kenya deployed police officers to Haiti on Tuesday.")
        #expect(abroad.contains("KEN 074 HTI") && abroad.contains("HTI 0861 KEN"), "\(abroad)")
        #expect(Self.triples("Kenya deployed police officers to the capital on Tuesday.").allSatisfy { !$0.contains(" 074 ") })
    }

    @Test("a trailing speaker the parser hung on the last noun is no second target; a chargé d'affaires is a diplomat")
    func trailingSpeakerAndCharge() {
        let sent = Self.triples("Germany will send more Patriot air defence systems to Ukraine, Olaf Scholz said on Tuesday.")
        #expect(sent.contains { $0.hasPrefix("DEU 0332 UKR") } && !sent.contains { $0.hasSuffix("DEUGOV") }, "\(sent)")
        #expect(Self.triples("Iran's foreign ministry summoned the British charge d'affaires on Saturday.")
            .contains { $0.hasPrefix("IRN") && $0.contains(" 11") && $0.contains("GBR") })
    }

    @Test("an international body that suspends a state suspends its membership (161); a state suspending one does not")
    func suspendedMember() {
        #expect(Self.triples("The African Union suspended Gabon after the military seized power on Thursday.")
            .contains("IGOAFRAFU 161 GAB"))
        #expect(Self.triples("The Kenyan president suspended three judges on Monday.").allSatisfy { !$0.contains(" 161 ") })
        #expect(Self.triples("The African Union did not suspend Gabon on Thursday.").isEmpty)
    }

    @Test("a passive act of force has the agent of the attack it happened in: 'killed in an air strike by Syrian forces'")
    func attackAgents() {
        #expect(Self.triples("At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib on Thursday.")
            .contains { $0.hasPrefix("SYR") && $0.contains(" 19") && $0.hasSuffix("TURMIL") })
        #expect(Self.triples("Four soldiers were killed in a Russian missile strike on Friday.").contains { $0.hasPrefix("RUS") })
        // No one named: still no event.
        #expect(Self.triples("Two people were killed in an attack on Sunday.").isEmpty)
    }

    @Test("a warning of what another actor will face threatens it (130); a warning of what could happen stays a comment")
    func warnings() {
        let found = Self.triples("Donald Trump accused Pakistan on Monday of giving safe haven to agents of chaos, and warned "
            + "that Islamabad had much to lose by continuing to harbour terrorists.")
        #expect(found.contains { $0.hasPrefix("USA") && $0.contains(" 130 PAK") }, "\(found)")
        let hedged = ActorTestSupport.triples("Japan warned that China's economy could slow sharply next year.",
                                              coder: Self.unguessed)
        #expect(!hedged.contains { $0.contains(" 130 ") }, "\(hedged)")
    }

    @Test("'each other' goes both ways; 'the two Koreas' are North and South Korea; revoking agreements reduces relations")
    func pairsAndRevocations() {
        let accused = Self.triples("Ukraine and Russia accused each other of violating the Easter truce on Sunday.")
        #expect(accused.contains("UKR 1123 RUS") && accused.contains("RUS 1123 UKR"), "\(accused)")
        let koreas = Self.triples("The two Koreas agreed to restore a military hotline on Tuesday.")
        #expect(koreas.contains { $0.hasPrefix("PRK 03") && $0.hasSuffix("KOR") }, "\(koreas)")
        #expect(koreas.contains { $0.hasPrefix("KOR 03") && $0.hasSuffix("PRK") }, "\(koreas)")
        #expect(Self.triples("Niger's junta revoked its military cooperation agreements with the United States on Saturday.")
            .contains { $0.hasPrefix("NER") && $0.contains(" 160 USA") })
    }

    @Test("the review's cases: a forecast warning, a threatened suspension, an urged declaration, 'their allies', co-sources")
    func reviewCases() {
        #expect(!Self.triples("The U.S. warned that Russia was preparing to invade Ukraine.").contains { $0.hasPrefix("USA 130") })
        let threatened = Self.triples("ECOWAS threatened to suspend Niger unless the junta released Mohamed Bazoum.")
        #expect(!threatened.contains { $0.contains(" 161 ") } && threatened.contains { $0.contains(" 13") }, "\(threatened)")
        #expect(!Self.triples("Lawmakers urged the government to declare the Russian ambassador persona non grata.")
            .contains { $0.contains(" 161 ") })
        // Neither "their allies" nor the co-source of the same appeal is its target.
        #expect(Self.triples("The U.S. and Britain urged their allies to raise defence spending.").isEmpty)
        // What is joined to a permissive verb by "and" is not what it permits.
        let joined = Self.triples("Israel allowed aid trucks into Gaza on Sunday and struck targets in Lebanon on Monday.")
        #expect(joined.contains { $0.hasPrefix("ISR 19") }, "\(joined)")
    }
}
