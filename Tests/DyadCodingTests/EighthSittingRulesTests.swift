import DyadCoding
import DyadCore
import Testing

/// Verdicts on acts and actors (eighth sitting on the event coder, 2026-11-30), on sentences of our own: the
/// naming verb's verdict where the parser misplaced it, and a verdict said of an act with "be".
@Suite("Event coder: verdicts the parser misplaced, and verdicts said of an act")
struct VerdictRulesTests {
    static let verbs = """
        [verb t-say]
        lemma: say
        pattern: 010

        [verb t-lock]
        lemma: lock
        pattern: 150 obj=radar prep=on target=prep

        [verb t-recognise]
        lemma: recognise | recognize
        pattern: 054 obj=statehood|state

        [verb t-demand]
        lemma: demand
        pattern: 1042 comp=amend|repeal

        [verb t-seize]
        lemma: seize
        pattern: 181 obj=ship|vessel|tanker
        """

    static let coder = ActorTestSupport.coder(verbs: verbs, named: "verdict-verbs.lex")

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("an insult as a second complement is a verdict on the one named")
    func insult() {
        let found = Self.triples("Kim Jong Un called Donald Trump a mentally deranged dotard on Friday.")
        #expect(found.contains { $0.hasPrefix("PRK") && $0.contains(" 111 USA") }, "\(found)")
        // Naming without a verdict codes nothing.
        let neutral = Self.triples("Kim Jong Un called Donald Trump a businessman on Friday.")
        #expect(!neutral.contains { $0.contains(" 111 ") }, "\(neutral)")
    }

    @Test("a verdict adjective the tagger read as the object's head noun is still the verdict")
    func adjectiveAsObjectHead() {
        let found = Self.triples("Benjamin Netanyahu demanded on Sunday that Poland amend the bill, calling the measure baseless.")
        #expect(found.contains { $0.hasPrefix("ISR") && $0.contains(" 111 POL") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("POL") && $0.contains(" 111 ") }, "\(found)")
    }

    @Test("a participle of speech after a clause reported inside another is the reporter's")
    func nestedReportedClause() {
        let found = Self.triples("France said on Wednesday that Turkish warships had three times locked their radar on a French frigate off Libya, calling the incident extremely aggressive.")
        #expect(found.contains { $0.hasPrefix("TUR") && $0.contains(" 150 FRA") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("FRA") && $0.contains(" 111 TUR") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("TUR") && $0.contains(" 111 ") }, "\(found)")
    }

    @Test("a verdict on the act just reported, given as a second object of 'called'")
    func verdictAsSecondObject() {
        let found = Self.triples("Yemen's Houthis seized an Emirati cargo ship in the Red Sea on Monday, and the Saudi government called the hijacking an act of piracy.")
        #expect(found.contains { $0.hasPrefix("SAU") && $0.contains(" 111 YEM") }, "\(found)")
    }

    @Test("a verdict said of an act with 'be' targets whoever did it; a hedged one is no verdict")
    func saidVerdict() {
        let found = Self.triples("Canada recognised Palestinian statehood on Sunday, and Benjamin Netanyahu said the move was a dangerous provocation.")
        #expect(found.contains { $0.hasPrefix("ISR") && $0.contains(" 111 CAN") }, "\(found)")
        let hedged = Self.triples("Canada recognised Palestinian statehood on Sunday, and Benjamin Netanyahu said the move would be a mistake.")
        #expect(!hedged.contains { $0.contains(" 111 ") }, "\(hedged)")
        // A verdict on something that is no act ("the weather") codes nothing.
        let other = Self.triples("Canada recognised Palestinian statehood on Sunday, and Benjamin Netanyahu said the weather was dangerous.")
        #expect(!other.contains { $0.contains(" 111 ") }, "\(other)")
        // "it" as the speaker's own side, or standing for a clause after it, is no act judged.
        let victim = Self.triples("India struck targets in Pakistan on Wednesday, and Pakistan said it was a victim of terrorism.")
        #expect(!victim.contains { $0.hasPrefix("PAK") && $0.contains(" 111 ") }, "\(victim)")
    }
}

/// Orders of an act named as a noun (eighth sitting on the event coder), on sentences of our own.
@Suite("Event coder: an ordered act named as a noun is that act")
struct OrderedActTests {
    static let verbs = """
        [verb t-strike]
        lemma: strike
        pattern: 190 obj=target|base

        [verb t-release]
        lemma: release
        pattern: 0841 obj=journalist|prisoner

        [verb t-order]
        lemma: order
        pattern: 161 obj=closure prep=of target=prep

        [verb t-launch]
        lemma: launch
        pattern: 195 obj=air_strike prep=on

        [verb t-impose]
        lemma: impose
        pattern: 163 obj=tariff prep=on
        """

    static let coder = ActorTestSupport.coder(verbs: verbs, named: "order-verbs.lex")

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("'ordered strikes on X' and 'ordered the release of X' are the strikes and the release")
    func orderedActs() {
        let strikes = Self.triples("The U.S. president ordered strikes on Iranian bases in Syria on Saturday.")
        #expect(strikes.contains { $0.hasPrefix("USA") && $0.contains(" 190 IRN") }, "\(strikes)")
        let release = Self.triples("Vladimir Putin ordered the release of two American journalists on Thursday.")
        #expect(release.contains { $0.hasPrefix("RUS") && $0.contains(" 0841 USA") }, "\(release)")
    }

    @Test("an answer with air strikes or tariffs is the strikes or the tariffs, read as launched or imposed")
    func answeredActs() {
        let strikes = Self.triples("Hezbollah fired rockets at northern Israel on Sunday, and the Israeli army responded with air strikes on southern Lebanon.")
        #expect(strikes.contains { $0.hasPrefix("ISR") && $0.contains(" 195 LBN") }, "\(strikes)")
        let tariffs = Self.triples("Mexico responded with tariffs on American steel.")
        #expect(tariffs.contains { $0.hasPrefix("MEX") && $0.contains(" 163 USA") }, "\(tariffs)")
        let words = Self.triples("Mexico responded with a statement on Tuesday.")
        #expect(words.isEmpty, "\(words)")
    }

    @Test("an order that codes itself, a negated order and an order of a noun with no verb code nothing more")
    func notOrderedActs() {
        let own = Self.triples("Russia ordered the closure of NATO's offices in Moscow.")
        #expect(own == ["RUS 161 IGOWSTNAT"], "\(own)")
        let negated = Self.triples("The U.S. president did not order strikes on Iranian bases in Syria.")
        #expect(!negated.contains { $0.contains(" 190 ") }, "\(negated)")
        let other = Self.triples("The Chinese government ordered a review of Iranian bases in Syria.")
        #expect(other.isEmpty, "\(other)")
    }
}

/// A plain statement that reports another's act is not coded (eighth sitting on the event coder).
@Suite("Event coder: reported speech codes the reported act, not the saying")
struct ReportedStatementTests {
    static let verbs = """
        [verb t-say]
        lemma: say
        pattern: 010

        [verb t-reach]
        lemma: reach
        pattern: 042 obj=capital
        """

    static let coder = ActorTestSupport.coder(verbs: verbs, named: "statement-verbs.lex")

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a statement set after what it reports, or reporting another's deed, is no event")
    func statements() {
        let trailing = Self.triples("The first shipment of grain has reached the port of Odesa, Ukraine's agriculture minister said on Thursday.")
        #expect(!trailing.contains { $0.contains(" 010 ") }, "\(trailing)")
        let another = Self.triples("Kenya's foreign ministry said on Monday that Ethiopian troops had crossed the border.")
        #expect(!another.contains { $0.contains(" 010 ") }, "\(another)")
    }
}

/// A warning of what follows if another acts is a threat toward that actor (eighth sitting on the event coder).
@Suite("Event coder: conditional warnings are threats")
struct ConditionalWarningTests {
    static let verbs = """
        [verb t-warn]
        lemma: warn
        pattern: 012 !obj=*
        """

    static let coder = ActorTestSupport.coder(verbs: verbs, named: "warning-verbs.lex")

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a warning of sanctions or consequences if another acts is a threat toward it; a forecast is not")
    func conditionalWarnings() {
        let sanctions = Self.triples("The French president warned there would be more sanctions unless Tehran changed course.")
        #expect(sanctions.contains { $0.hasPrefix("FRA") && $0.hasSuffix(" 1312 IRN") }, "\(sanctions)")
        let unspecified = Self.triples("Japan's prime minister warned on Tuesday that there would be consequences if North Korea fired another missile.")
        #expect(unspecified.contains { $0.hasPrefix("JPN") && $0.hasSuffix(" 130 PRK") }, "\(unspecified)")
        let forecast = Self.triples("The French president warned that growth would slow if China imposed tariffs on European goods.")
        #expect(!forecast.contains { $0.contains(" 13") }, "\(forecast)")
        let others = Self.triples("The French president warned that more children would die unless Israel allowed aid into Gaza.")
        #expect(!others.contains { $0.contains(" 13") }, "\(others)")
    }
}

/// Deaths no actor is named causing (eighth sitting on the event coder).
@Suite("Event coder: a toll of no one's act is no event")
struct TollOfNoOneTests {
    static let verbs = """
        [verb t-kill]
        lemma: kill
        pattern: 190 obj=*

        [verb t-strike]
        lemma: strike
        pattern: 195 obj=village|town
        """

    static let coder = ActorTestSupport.coder(verbs: verbs, named: "toll-verbs.lex")

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a named storm, and a vehicle misparsed with police, kill for no one")
    func tollsOfNoOne() {
        let storm = Self.triples("Typhoon Haikui tore through towns on the Philippine island of Luzon on Tuesday, killing dozens of people.")
        #expect(!storm.contains { $0.contains(" 190 ") }, "\(storm)")
        let truck = Self.triples("A truck ploughed into crowds at a market in central Vienna on Monday, killing 12 people, and police said they were treating it as an attack.")
        #expect(!truck.contains { $0.contains(" 190 ") }, "\(truck)")
        // A toll of a named actor's act stays the actor's, also when the parser made the day its subject.
        let day = Self.triples("Israel Friday pounded Gaza, killing 30 Palestinians.")
        #expect(day.contains { $0.hasPrefix("ISR") && $0.contains(" 190 ") }, "\(day)")
        let named = Self.triples("Rebel fighters stormed a market in the Congolese town of Beni on Tuesday, killing 12 people.")
        #expect(named.contains { $0.contains(" 190 ") }, "\(named)")
    }
}

/// Suspensions and switched recognition (eighth sitting on the event coder), with the shipped lexicon.
@Suite("Event coder: suspensions from a body, switched recognition")
struct SuspensionTests {
    static let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a body suspending a member from it, or a member's membership, breaks relations (161); suspending officials does not")
    func suspensions() {
        let member = Self.triples("The African Union suspended Mali from all its activities on Monday.")
        #expect(member.contains { $0.hasPrefix("IGOAFRAFU") && $0.contains(" 161 MLI") }, "\(member)")
        let membership = Self.triples("The Arab League suspended Syria's membership on Saturday.")
        #expect(membership.contains { $0.contains(" 161 SYR") }, "\(membership)")
        let from = Self.triples("The UN General Assembly suspended Libya from the Human Rights Council on Tuesday.")
        #expect(from.contains { $0.contains(" 161 LBY") }, "\(from)")
        let officials = Self.triples("The Kenyan president suspended three judges on Monday.")
        #expect(!officials.contains { $0.contains(" 161 ") }, "\(officials)")
        let switched = Self.triples("Honduras switched diplomatic recognition from Taiwan to China on Sunday.")
        #expect(switched.contains { $0.hasPrefix("HND") && $0.contains(" 161 TWN") }, "\(switched)")
    }
}

/// Person names inside a double name (eighth sitting on the event coder).
@Suite("Actors: a name glued by a hyphen to another is part of a double name")
struct DoubleNameTests {
    static func codes(_ text: String) -> [String] {
        let day = CalendarDate(iso: "2025-06-20")!
        let (document, _) = ActorTestSupport.pipeline.run(Document(id: "t", date: day, text: text))
        return ActorTestSupport.resolver.mentions(in: document, on: day).map { "\($0.text)=\($0.code.code)" }
    }

    @Test("'Zaghari-Ratcliffe' is not CIA Director John Ratcliffe; 'Ratcliffe' alone still is")
    func doubleName() {
        let double = Self.codes("An Iranian court sentenced the aid worker Nazanin Zaghari-Ratcliffe to another year in prison.")
        #expect(!double.contains { $0.hasSuffix("=USASPY") }, "\(double)")
        let alone = Self.codes("Ratcliffe said the agency would cooperate with Israel.")
        #expect(alone.contains("Ratcliffe=USASPY"), "\(alone)")
        // Two names the lexicon knows, or a pair with no given name before, are no double name.
        let pair = Self.codes("The Putin-Erdogan talks ended, and Trump-Kim contacts resumed.")
        #expect(pair.contains { $0.hasSuffix("=RUSGOV") } && pair.contains { $0.hasSuffix("=USAGOV") }, "\(pair)")
    }
}

/// Regional adjectives that name one country (eighth sitting on the event coder).
@Suite("Actors: regional adjectives of one country")
struct RegionalAdjectiveTests {
    @Test("'Catalan', 'Tigrayan', 'Chechen', 'Uyghur' name their country")
    func regionalAdjectives() {
        let day = CalendarDate(iso: "2025-06-20")!
        for (text, code) in [("Catalan separatists marched in Barcelona.", "ESP"), ("Tigrayan forces shelled the town.", "ETH"),
                             ("Chechen fighters joined the assault.", "RUS"), ("Uyghur activists protested in Istanbul.", "CHN")] {
            let (document, _) = ActorTestSupport.pipeline.run(Document(id: "t", date: day, text: text))
            let found = ActorTestSupport.resolver.mentions(in: document, on: day).map(\.code.principal.code)
            #expect(found.first == code, "\(text): \(found)")
        }
    }
}
