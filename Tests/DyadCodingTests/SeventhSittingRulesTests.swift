import DyadCoding
import DyadCore
import Testing

/// Parses read through in the seventh sitting on the event coder (2026-11-30), on sentences of our own.
@Suite("Event coder: clauses the parser misattached")
struct MisreadClauseTests {
    static let verbs = """
        [verb m-lodge]
        lemma: lodge
        pattern: 114 obj=protest prep=with

        [verb m-beat]
        lemma: beat
        pattern: 182 obj=fisherman|worker

        [verb m-kill]
        lemma: kill
        pattern: 190

        [verb m-blame]
        lemma: blame
        pattern: 112 prep=for

        [verb m-call]
        lemma: call
        pattern: 020 prep=on|upon comp=*

        [verb m-send]
        lemma: send
        pattern: 154 obj=warship|troop target=none

        [verb m-capture]
        lemma: capture
        pattern: 192 obj=fortification|town

        [verb m-admit]
        lemma: admit
        pattern: 015 comp=*

        [verb m-notify]
        lemma: notify | tell
        pattern: 010

        [verb m-end]
        lemma: end
        pattern: 160 obj=treaty target=none

        [verb m-denounce]
        lemma: denounce
        pattern: 111

        [verb m-detain]
        lemma: detain
        pattern: 173

        [verb m-suspend]
        lemma: suspend
        pattern: 161 prep=from target=obj

        [verb m-march]
        lemma: march | rally
        pattern: 141 target=none

        [verb m-agree]
        lemma: agree
        pattern: 030 comp=cooperate

        [verb m-expel]
        lemma: expel | deport
        pattern: 174

        [verb m-hand]
        lemma: hand
        pattern: 0841 prt=over|back obj=hostage|prisoner target=obj
        pattern: 0841 prt=over|back obj=hostage|prisoner prep=to

        [verb m-raid]
        lemma: raid
        pattern: 1711 obj=office|headquarters prep=of target=prep

        [verb m-torch]
        lemma: torch
        pattern: 1712 obj=shop|church
        """

    static let coder = ActorTestSupport.coder(verbs: verbs, named: "misread-verbs.lex")

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("an 'after' clause read as a preposition's object and a conjunct of the main verb has that object as subject")
    func afterClauseAsConjunct() {
        let found = Self.triples("Vietnam lodged a protest with China on Wednesday after Chinese law enforcement officers beat Vietnamese fishermen with iron bars and seized their catch near the Paracel islands.")
        #expect(found.contains("VNM 114 CHN"), "\(found)")
        #expect(found.contains { $0.hasPrefix("CHN") && $0.contains(" 182 VNM") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("VNM 182") }, "\(found)")
        // A conjunct with its own "and" is the main clause's: "Vietnam lodged a protest and beat ..." keeps Vietnam.
        let joined = Self.triples("Vietnam lodged a protest with China and beat Chinese fishermen near the Paracel islands.")
        #expect(joined.contains { $0.hasPrefix("VNM 182 CHN") }, "\(joined)")
    }

    @Test("an infinitive hung on an appeal after a phrase is what the appeal asks, not an act of the one who asks")
    func appealContent() {
        let found = Self.triples("Petro Poroshenko called on NATO on Thursday to send warships to the Sea of Azov.")
        #expect(found.contains { $0.contains(" 020 IGOWSTNAT") }, "\(found)")
        #expect(!found.contains { $0.contains(" 154 ") }, "\(found)")
        // Without the appeal the sending is coded.
        let sent = Self.triples("Ukraine sent warships to the Sea of Azov on Thursday.")
        #expect(sent.contains { $0.contains(" 154 ") }, "\(sent)")
    }

    @Test("in a document's first sentence, 'its' on an agent subject is the actor named before it")
    func itsInFirstSentence() {
        let found = Self.triples("Iran said its forces had captured one of Iraq's strongest fortifications east of Basra.")
        #expect(found.contains { $0.hasPrefix("IRNMIL 192 IRQ") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("IRQMIL") }, "\(found)")
    }

    @Test("what a state admits is not coded, also when the parser hung its 'that' clause on the verb as adverbial")
    func admittedContent() {
        let found = Self.triples("Myanmar's military admitted on Wednesday, for the first time, that its soldiers and Buddhist villagers had killed 10 captured Rohingya men.")
        #expect(found.contains { $0.hasPrefix("MMR") && $0.contains(" 015 ") }, "\(found)")
        #expect(!found.contains { $0.contains(" 190 ") }, "\(found)")
    }

    @Test("an act with no target that its source tells someone of is aimed at the one told, not at the press")
    func toldTarget() {
        let found = Self.triples("Honduras notified the United States on Wednesday that it was ending a decades-old extradition treaty.")
        #expect(found.contains { $0.hasPrefix("HND") && $0.hasSuffix(" 160 USA") }, "\(found)")
        let press = Self.triples("Honduras told reporters on Wednesday that it was ending a decades-old extradition treaty with Washington and Caracas.")
        #expect(!press.contains { $0.contains(" 160 ") && $0.contains("MED") }, "\(press)")
    }

    @Test("a common noun that names an actor, made a conjunct of the first verb, is the next verb's subject")
    func commonNounConjunctSubject() {
        let found = Self.triples("Group of Seven leaders called on China on Sunday to respect human rights in Xinjiang, and Beijing's embassy in London denounced the summit communique as slander.")
        #expect(found.contains { $0.hasPrefix("CHN") && $0.contains(" 111 ") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("IGOGOS 111") }, "\(found)")
    }

    @Test("the misread 'after' clause may hang on a conjunct of the verb its own verb was made a conjunct of")
    func afterClauseOnConjunct() {
        let found = Self.triples("West Africa's ECOWAS bloc suspended Mali from its decision-making bodies and shut its members' land and air borders with the country on Thursday, after mutinous soldiers detained President Ibrahim Boubacar Keita and forced him to resign.")
        #expect(!found.contains { $0.hasPrefix("IGOWAFWAS 173") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("MLI") && $0.contains(" 173 ") }, "\(found)")
    }

    @Test("police officers sent abroad who arrive there are deployed (074), as soldiers are; at home they are not")
    func policeDeployment() {
        let found = Self.triples("The first contingent of Kenyan police officers arrived in Haiti to lead a multinational mission against armed gangs.")
        #expect(found.contains { $0.hasPrefix("KEN") && $0.hasSuffix(" 074 HTI") }, "\(found)")
        let home = Self.triples("Kenyan police officers arrived in Nairobi on Monday.")
        #expect(!home.contains { $0.contains(" 074 ") }, "\(home)")
    }

    @Test("a crowd that names no actor protests as civilians of the country where it protests; prices do not")
    func crowdProtesters() {
        let found = Self.triples("More than 100,000 Muslims marched through central Jakarta on Friday.")
        #expect(found.contains { $0.hasPrefix("IDNCVL 141") }, "\(found)")
        let thousands = Self.triples("Russian police detained more than 1,300 people in central Moscow on Saturday, as thousands rallied.")
        #expect(thousands.contains { $0.hasPrefix("RUSCVL 141") }, "\(thousands)")
        let prices = Self.triples("Crude oil prices rallied in London on Monday.")
        #expect(!prices.contains { $0.contains(" 141 ") }, "\(prices)")
    }

    @Test("agreeing to stop attacking each other or to observe a ceasefire is the ceasefire (0871), not an intent")
    func agreedCeasefire() {
        let stop = Self.triples("Oman said the United States and Yemen's Houthis had agreed to stop targeting each other.")
        #expect(stop.contains { $0.hasPrefix("USA") && $0.contains(" 0871 YEM") }, "\(stop)")
        let observe = Self.triples("India and Pakistan agreed on Thursday to strictly observe all agreements on a ceasefire on the Line of Control.")
        #expect(observe.contains { $0.hasPrefix("IND") && $0.contains(" 0871 PAK") }, "\(observe)")
        let trade = Self.triples("India and Pakistan agreed on Thursday to observe the rules of the trade pact.")
        #expect(!trade.contains { $0.contains(" 0871 ") }, "\(trade)")
    }

    @Test("expelling a thousand or more people is a mass expulsion (201); deporting them takes a hundred thousand")
    func massExpulsion() {
        let expelled = Self.triples("Venezuela expelled more than 1,000 Colombians on Thursday.")
        #expect(expelled.contains { $0.hasPrefix("VEN") && $0.contains(" 201 COL") }, "\(expelled)")
        let deported = Self.triples("Malaysia deported 1,086 Myanmar nationals on Tuesday.")
        #expect(deported.contains { $0.hasPrefix("MYS") && $0.contains(" 174 MMR") }, "\(deported)")
    }

    @Test("a particle read as a preposition holding the object is the verb's particle and object: 'handed over the hostages'")
    func misreadParticle() {
        let found = Self.triples("Hamas handed over the last 20 living Israeli hostages to the Red Cross on Monday.")
        #expect(found.contains { $0.hasPrefix("PSE") && $0.contains(" 0841 ISR") }, "\(found)")
    }

    @Test("an 'and' inside the preposition's object does not stop the misread clause from having that subject")
    func afterClauseWithCoordinatedPlaces() {
        let found = Self.triples("Nigeria summoned South Africa's high commissioner on Tuesday after mobs in Johannesburg and Pretoria looted and torched shops owned by foreigners in a second day of riots.")
        // The mobs' damage is their riot (145), not an act of the city of Pretoria.
        #expect(found.contains { $0.hasPrefix("ZAFCVL 145") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("ZAF 1712") }, "\(found)")
    }
}

/// What a relative clause tells of an act named as a noun is nominal too (2026-11-30, seventh sitting).
@Suite("Event coder: the toll of a nominal act")
struct NominalActTollTests {
    @Test("'a strike that killed four people' codes no killing; a missile that kills does")
    func nominalToll() {
        let nominal = MisreadClauseTests.triples("Russia blamed Washington for a Ukrainian missile strike on Sevastopol that killed four people on a beach.")
        #expect(!nominal.contains { $0.hasPrefix("UKR") }, "\(nominal)")
        let hardware = MisreadClauseTests.triples("An Iranian ballistic missile killed four people in Beersheba.")
        #expect(hardware.contains { $0.hasPrefix("IRN") && $0.contains(" 190 ") }, "\(hardware)")
        // A relative clause whose subject is an actor, not the noun, is coded: "the villagers whom Myanmar soldiers killed".
        let actor = MisreadClauseTests.triples("Relatives buried the villagers whom Myanmar soldiers killed near Inn Din.")
        #expect(actor.contains { $0.hasPrefix("MMR") && $0.contains(" 190 ") }, "\(actor)")
    }
}

/// Who acts changes the code (2026-11-30, seventh sitting): crowds' damage is a riot, as mobs' is; police raids are
/// searches.
@Suite("Event coder: crowds that torch or loot riot; police who raid search")
struct ActorKindCodeTests {
    @Test("crowds torching churches riot (145); with no crowd the torching destroys property")
    func crowdsRiot() {
        let crowds = MisreadClauseTests.triples("Crowds of Muslim men torched at least five churches in the Pakistani town of Jaranwala on Wednesday.")
        #expect(crowds.contains { $0.contains(" 145 ") }, "\(crowds)")
        let soldiers = MisreadClauseTests.triples("Pakistani soldiers torched at least five shops in the town of Jaranwala on Wednesday.")
        #expect(soldiers.contains { $0.contains(" 1712 ") }, "\(soldiers)")
    }

    @Test("police or prosecutors raiding offices search them for a case (091); gunmen's raids seize (1711)")
    func policeRaidsSearch() {
        let police = MisreadClauseTests.triples("South Korean prosecutors raided the headquarters of Samsung Group on Wednesday.")
        #expect(police.contains { $0.hasPrefix("KOR") && $0.contains(" 091 ") }, "\(police)")
        let gunmen = MisreadClauseTests.triples("Taliban fighters raided the offices of Save the Children in Jalalabad.")
        #expect(gunmen.contains { $0.contains(" 1711 ") }, "\(gunmen)")
    }
}
