import DyadCoding
import DyadCore
import Testing

/// Misread main verbs, denials of "a charge" named before their subject, weapons' impacts, reactions to joint acts
/// and meetings on the sidelines (eleventh sitting on the event coder), with the shipped lexicon and the default
/// coder (dyads only).
@Suite("Event coder: misread participles, charges denied, impacts, joint acts, sidelines")
struct EleventhSittingRulesTests {
    static let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a past participle with an object of its own is the main verb misread: 'insurgents massacred 22 villagers'")
    func misreadParticiples() {
        let massacre = Self.triples("Islamic State-linked insurgents massacred at least 22 villagers in Mozambique's Cabo "
            + "Delgado province on Tuesday.")
        #expect(massacre.contains { $0.hasPrefix("MOZINS 202") }, "\(massacre)")
        // Also when a reporting verb after it took the noun as its own subject.
        let reported = Self.triples("Armed bandits riding motorcycles massacred at least 200 villagers in Nigeria's "
            + "Zamfara state this week, residents said on Sunday.")
        #expect(reported.contains { $0.hasPrefix("NGACRM 202") }, "\(reported)")
        // A verb that takes two objects keeps its passive: refugees granted asylum granted nothing.
        #expect(!Self.triples("Syrian refugees granted asylum in Germany protested in Berlin on Monday.")
            .contains { $0.contains(" 08") })
    }

    @Test("'…, a charge Moscow dismissed as baseless' denies the accusation to the accuser (016)")
    func chargesDenied() {
        let charge = Self.triples("Moldova's president accused Russia of plotting a coup, a charge Moscow dismissed as baseless.")
        #expect(charge.contains { $0.hasPrefix("RUS 016 MDA") }, "\(charge)")
        let accusation = Self.triples("Russia's FSB accused Ukrainian intelligence on Monday of killing Darya Dugina with a "
            + "car bomb, an accusation Kyiv dismissed as fiction.")
        #expect(accusation.contains { $0.hasPrefix("UKR 016 RUS") }, "\(accusation)")
        // The name the parser hung on "a charge" is no part of the name before it.
        #expect(!charge.contains { $0.hasPrefix("IGO") }, "\(charge)")
    }

    @Test("weapons that slam or crash into a place strike it; a truck or plane that does is a mishap")
    func impacts() {
        let missiles = Self.triples("Russian missiles slammed into central Kyiv on Thursday evening, killing a journalist.")
        #expect(missiles.contains { $0.hasPrefix("RUSMIL 190 UKR") }, "\(missiles)")
        #expect(Self.triples("A Russian military plane crashed into an apartment block in the city of Yeysk on Monday.")
            .allSatisfy { !$0.contains(" 19") })
        #expect(Self.triples("A French truck slammed into a crowd in Nice on Thursday.").allSatisfy { !$0.contains(" 190 ") })
    }

    @Test("a reaction to an act two sides did together is aimed at both; 'the criticism' and 'the hanging' are acts")
    func jointActs() {
        let drills = Self.triples("Seoul and Washington launched their annual Freedom Shield military exercise on Monday, "
            + "and North Korea denounced the drills as a rehearsal for invasion.")
        #expect(drills.contains { $0.hasPrefix("PRK") && $0.contains(" 111 ") && $0.hasSuffix("KOR") }, "\(drills)")
        #expect(drills.contains { $0.hasPrefix("PRK") && $0.contains(" 111 ") && $0.hasSuffix("USA") }, "\(drills)")
        let criticism = Self.triples("JD Vance accused Denmark on Friday of failing to invest enough in Greenland's security, "
            + "and Danish Prime Minister Mette Frederiksen called the criticism unfair.")
        #expect(criticism.contains { $0.hasPrefix("DNKGOV 111 USA") }, "\(criticism)")
    }

    @Test("a leader who met another on the sidelines of a summit met that leader (044 both ways)")
    func sidelines() {
        let met = Self.triples("Anthony Albanese met Xi Jinping on the sidelines of the Group of 20 summit in Bali on Tuesday.")
        #expect(met.contains("AUSGOV 044 CHNGOV") && met.contains("CHNGOV 044 AUSGOV"), "\(met)")
    }

    @Test("barring people from entering or leaving a country is an administrative sanction (172), not a blockade")
    func barredTravel() {
        let barred = Self.triples("Pyongyang barred Malaysian citizens from leaving North Korea on Tuesday.")
        #expect(barred.contains { $0.contains(" 172 ") } && !barred.contains { $0.contains(" 191 ") }, "\(barred)")
    }

    @Test("police firing on crowds or opposition supporters is repression (175); soldiers' air attack stays an attack")
    func repression() {
        #expect(Self.triples("Mobs attacked Hindu temples in Bangladesh on Saturday, and police fired on crowds to disperse them.")
            .contains { $0.hasPrefix("BGDCOP 175") })
        let jets = Self.triples("Myanmar military jets attacked a gathering of opposition supporters in the village of Pazigyi.")
        #expect(!jets.contains { $0.contains(" 175 ") }, "\(jets)")
    }

    @Test("what planes are loaded with or land with is what is delivered: aid (073) to where it goes")
    func cargo() {
        let sent = Self.triples("New Zealand and Australia sent military transport planes loaded with tarpaulins, water and "
            + "medical teams to Fiji on Sunday.")
        #expect(sent.contains("NZL 073 FJI") && sent.contains("AUS 073 FJI"), "\(sent)")
        #expect(Self.triples("Canadian military aircraft landed in Port-au-Prince on Saturday with armoured vehicles for "
            + "Haiti's national police.").contains { $0.hasPrefix("CANMIL 072 HTI") })
        #expect(Self.triples("Indian air force transport planes carrying search-and-rescue teams and medical supplies "
            + "landed in the southern Turkish city of Adana on Tuesday.").contains { $0.hasPrefix("INDMIL 073 TUR") })
    }

    @Test("'they' after one side met another are both sides: 'Kishida held talks with Marcos and they agreed to …'")
    func theyAfterMeeting() {
        let agreed = Self.triples("Fumio Kishida held talks with Ferdinand Marcos Jr. in Manila on Friday and they agreed to "
            + "open negotiations on a defence pact.")
        #expect(agreed.contains("JPNGOV 036 PHLGOV") && agreed.contains("PHLGOV 036 JPNGOV"), "\(agreed)")
    }

    @Test("a host who welcomes a visitor with a ceremony hosts the visit; 'before the two governments signed' has a subject")
    func welcomesAndSubordinateSigning() {
        let welcome = Self.triples("Tayyip Erdogan welcomed Abdel Fattah al-Sisi with a military ceremony in Ankara on Wednesday, "
            + "and the pair signed a raft of accords covering trade and energy.")
        #expect(welcome.contains("TURGOV 043 EGYGOV") && welcome.contains("TUR 057 EGY"), "\(welcome)")
        let signed = Self.triples("Donald Trump arrived in Riyadh on Saturday on his first trip abroad as president, and King "
            + "Salman greeted him on the tarmac before the two governments signed arms deals worth $110 billion.")
        #expect(signed.contains("USA 057 SAU") && signed.contains("SAU 057 USA"), "\(signed)")
    }

    @Test("a phone or video call an act happened in is a call (041) both ways, asserted whatever the act's modality")
    func calls() {
        let call = Self.triples("Donald Trump agreed to honour the 'one China' policy in a long phone call with Xi Jinping "
            + "on Thursday evening, the White House said.")
        #expect(call.contains { $0.hasPrefix("USA") && $0.contains(" 041 CHN") }
            && call.contains { $0.hasPrefix("CHN") && $0.contains(" 041 USA") }, "\(call)")
        #expect(Self.triples("Joe Biden warned Vladimir Putin in a two-hour video call on Tuesday that Russia would face "
            + "strong economic measures.").contains { $0.contains(" 041 ") })
        // A call only planned or leaked took no place here.
        #expect(!Self.triples("China called off a planned phone call between military commanders with the United States on "
            + "Friday.").contains { $0.contains(" 041 ") })
    }

    @Test("Islamic State takes the country where the sentence places its attack, and claims it toward whom it struck")
    func transnationalGroups() {
        let claim = Self.triples("Islamic State claimed responsibility on Monday for the New Year shooting at an Istanbul "
            + "nightclub in which a gunman killed 39 revellers.")
        #expect(claim.contains { $0.hasPrefix("TURREBISI 015 TUR") }, "\(claim)")
        #expect(!claim.contains { $0.contains("IRQ") }, "\(claim)")
    }

    @Test("a place after a name particle in a person's name is a surname: 'Senator Leila de Lima' is no Peruvian")
    func nameParticles() {
        let arrest = Self.triples("Philippine police arrested Senator Leila de Lima at the Senate in Manila on Friday.")
        #expect(arrest.contains { $0.hasPrefix("PHLCOP 173 PHL") } && !arrest.contains { $0.contains("PER") }, "\(arrest)")
    }

    @Test("'accused one another', read with 'one' as the object, goes both ways")
    func oneAnother() {
        let accused = Self.triples("Chad and Sudan accused one another on Wednesday of arming rebels along their shared border.")
        #expect(accused.contains("TCD 112 SDN") && accused.contains("SDN 112 TCD"), "\(accused)")
    }

    @Test("a verb misread as a modifier of the root noun is the main verb: 'Russia's watchdog banned imports from Moldova'")
    func misreadModifierVerb() {
        let banned = Self.triples("Russia's food safety watchdog banned imports of fruit and vegetables from Moldova, Armenia and "
            + "Azerbaijan on Wednesday, citing pests found in recent shipments.")
        #expect(banned.contains("RUS 163 MDA") && banned.contains("RUS 163 AZE"), "\(banned)")
        #expect(Self.triples("India extended a $500 million line of credit to Bangladesh on Tuesday for railway projects.")
            .contains("IND 071 BGD"))
    }

    @Test("a delivery told from the receiving end is the giver's act: 'Taiwan has taken delivery of American HIMARS'")
    func receipts() {
        #expect(Self.triples("Taiwan has taken delivery of its first batch of American HIMARS rocket launchers, a year ahead "
            + "of schedule.").contains { $0.hasPrefix("USA") && $0.hasSuffix("072 TWN") })
        #expect(Self.triples("Ukraine received the first Patriot missile systems from Germany on Wednesday.")
            .contains { $0.hasPrefix("DEU") && $0.contains(" 072 UKR") })
        // No giver named, no event.
        #expect(Self.triples("Ukraine received the first Patriot missile systems on Wednesday.").isEmpty)
        // A delivery still to come has not happened.
        #expect(!Self.triples("Poland will take delivery of American Abrams tanks next year, its defence minister said.")
            .contains { $0.contains(" 07") })
    }

    @Test("a carrier turned back is turned back with its load; a call's partner is the one spoken with, not the topic")
    func cargoAndCallPartners() {
        let planes = Self.triples("Colombia turned back two U.S. military planes carrying deported migrants on Sunday.")
        #expect(planes.contains { $0.hasPrefix("COL 1223 USA") } && !planes.contains { $0.contains(" 07") }, "\(planes)")
        let call = Self.triples("Emmanuel Macron discussed Ukraine with Olaf Scholz in a phone call on Monday.")
        #expect(!call.contains { $0.contains(" 041 UKR") } && call.contains { $0.hasPrefix("FRA") && $0.contains(" 041 DEU") },
                "\(call)")
    }

    @Test("'…, accusing them of …' after an act on several states accuses each of them")
    func accusingThem() {
        let froze = Self.triples("Japan froze the assets of 11 individuals and entities from Russia, Belarus and North Korea on "
            + "Friday, accusing them of helping to arm Moscow's forces.")
        #expect(["JPN 112 RUS", "JPN 112 BLR", "JPN 112 PRK"].allSatisfy(froze.contains), "\(froze)")
        // "it" resolved to the body the first act named keeps its event.
        #expect(Self.triples("Donald Trump signed an order on Thursday imposing sanctions on the International Criminal "
            + "Court, accusing it of baseless actions.").contains { $0.contains(" 112 IGOJUDICC") })
    }

    @Test("warplanes and warships that fly off a coast, enter a zone or cross a dividing line show force (150)")
    func posture() {
        #expect(Self.triples("U.S. B-1B bombers flew off North Korea's east coast on Saturday.").contains { $0.hasPrefix("USAMIL 150 PRK") })
        #expect(Self.triples("A Venezuelan navy patrol boat entered waters off Guyana's coast on Saturday.")
            .contains { $0.hasPrefix("VENMIL 150 GUY") })
        #expect(Self.triples("Chinese warplanes crossed the median line of the Taiwan Strait on Monday, Taipei said.")
            .contains { $0.hasPrefix("CHNMIL 150") })
        // A threat's condition is no act: "would shoot down spy planes that enter its zone".
        #expect(!Self.triples("North Korea warned that it would shoot down U.S. spy planes that enter its exclusive economic zone.")
            .contains { $0.contains(" 150 ") })
    }

    @Test("a second 'that' clause is the reporter's: '…, and that it had protested to Beijing' is Australia protesting")
    func secondReportedClause() {
        let protest = Self.triples("Australia said on Monday that a Chinese fighter jet had dropped flares in the path of a "
            + "Royal Australian Navy helicopter over the Yellow Sea, and that it had protested to Beijing.")
        #expect(protest.contains("AUS 114 CHN") && !protest.contains { $0.hasPrefix("CHNMIL 114") }, "\(protest)")
    }

    @Test("officials of a leader's administration are his country's; an ambassador recalled with no place named is recalled from the other side")
    func administrationsAndRecalls() {
        let sanctions = Self.triples("China imposed sanctions on 28 officials of the outgoing Trump administration on Wednesday.")
        #expect(sanctions.contains { $0.hasPrefix("CHN 163 USA") } && !sanctions.contains { $0.hasPrefix("CHN 163 CHN") },
                "\(sanctions)")
        let recall = Self.triples("Britain imposed sanctions on Iran's prosecutor general and temporarily recalled its "
            + "ambassador on Saturday.")
        #expect(recall.contains { $0.hasPrefix("GBR 161 IRN") } && !recall.contains { $0.hasPrefix("GBR 161 GBR") }, "\(recall)")
    }

    @Test("a denial with the day before its object denies the accusation, and what the assertion says is not coded")
    func dayFrontedDenials() {
        let denied = Self.triples("China's defence ministry denied on Thursday Tokyo's assertion that a Chinese aircraft "
            + "carrier had entered Japanese territorial waters.")
        #expect(denied.contains { $0.hasPrefix("CHN") && $0.contains(" 016 JPN") } && !denied.contains { $0.contains(" 150 ") },
                "\(denied)")
        // An act the text itself reports after "on Monday" keeps its object and its event.
        #expect(Self.triples("Israeli jets struck on Monday a Hezbollah rocket launch site in southern Lebanon.")
            .contains { $0.hasPrefix("ISR") && $0.contains(" 19") })
    }

    @Test("'told X to cut …' is an order (10), 'told an ambassador to leave' an expulsion (161), 'told reporters that …' neither")
    func tellingToDo() {
        #expect(Self.triples("India told Ottawa on Thursday to cut its diplomatic staff in the country.")
            .contains { $0.hasPrefix("IND 100 CAN") })
        #expect(Self.triples("Turkey told Israel's ambassador to leave the country temporarily on Tuesday.")
            .contains { $0.hasPrefix("TUR 161 ISR") })
        #expect(!Self.triples("Vladimir Putin told Xi Jinping that Russia would cut gas supplies to Europe.")
            .contains { $0.contains(" 10") })
    }

    @Test("a politician suspended by a court of his own state is banned (1722); a clause's subject after 'after' on a participle is its own")
    func suspensionsAndLateSubjects() {
        #expect(Self.triples("Thailand's Constitutional Court suspended Prime Minister Prayuth Chan-ocha from duty on Wednesday.")
            .contains { $0.hasPrefix("THA") && $0.contains(" 1722 THA") })
        let talks = Self.triples("Russian missiles slammed into central Kyiv on Thursday evening, killing a journalist, about an "
            + "hour after UN Secretary-General Antonio Guterres held talks with Volodymyr Zelensky in the Ukrainian capital.")
        #expect(talks.contains { $0.hasPrefix("IGOUNO") && $0.contains(" 046 UKR") } && !talks.contains { $0.hasPrefix("RUSMIL 046") },
                "\(talks)")
    }

    @Test("a claim of responsibility survives a parse that hangs the attack on it; Islamic State claims from where it struck")
    func claimsOfResponsibility() {
        let kuwait = Self.triples("A suicide bomber killed 27 people at the packed Imam Sadiq mosque in Kuwait City during Friday "
            + "prayers, the first such attack in the Gulf state in decades, and Islamic State claimed responsibility.")
        #expect(kuwait.contains { $0.hasPrefix("KWT") && $0.contains(" 015 KWT") }, "\(kuwait)")
        let shrine = Self.triples("A suicide bomber struck worshippers at a Sufi shrine in Sehwan on Thursday evening, killing more "
            + "than 80 people in an attack claimed by Islamic State, and Pakistan sealed its border with Afghanistan on Friday.")
        #expect(shrine.contains { $0.hasPrefix("PAKREB") && $0.contains(" 015 PAK") } && !shrine.contains { $0.hasPrefix("IMG") },
                "\(shrine)")
    }

    @Test("'gave Britain, France and Germany 60 days to …' gives each state the deadline (139); a searched residence is no recipient")
    func twoObjects() {
        let deadline = Self.triples("Hassan Rouhani gave Britain, France, Germany, China and Russia 60 days on Wednesday to "
            + "shield Iran's oil and banking sectors from U.S. sanctions.")
        #expect(["GBR", "FRA", "DEU", "CHN", "RUS"].allSatisfy { state in deadline.contains { $0.hasPrefix("IRN") && $0.contains(" 139 \(state)") } },
                "\(deadline)")
    }

    @Test("a clause before 'X accused Y of …' is no part of the accusation; a verb after a naming verb's small clause has its subject")
    func accusationsAndSmallClauses() {
        let ties = Self.triples("Burkina Faso cut diplomatic ties with Taiwan on Thursday, the second country to abandon Taipei "
            + "in May, and Taiwan's foreign minister accused Beijing of luring away the island's dwindling allies.")
        #expect(ties.contains("BFA 161 TWN") && ties.contains { $0.hasPrefix("TWN") && $0.hasSuffix("112 CHN") }, "\(ties)")
        let barred = Self.triples("Israel declared UN Secretary-General Antonio Guterres persona non grata on Wednesday and "
            + "barred him from entering the country, accusing him of failing to condemn Iran's missile attack.")
        #expect(barred.contains { $0.hasPrefix("ISR 112 IGOUNO") } && !barred.contains { $0.hasPrefix("IGOUNO") }, "\(barred)")
    }

    @Test("sending a protest note is a protest (114), and so is calling in an ambassador")
    func protestsAndSummons() {
        #expect(Self.triples("Malaysia sent a protest note to Beijing on Tuesday after a Chinese coast guard vessel shadowed "
            + "its survey ship.").contains { $0.hasPrefix("MYS") && $0.contains(" 114 CHN") })
        #expect(Self.triples("The Czech foreign ministry called in China's ambassador on Tuesday over threats made by Beijing.")
            .contains { $0.hasPrefix("CZE") && $0.contains(" 114 CHN") })
    }

    @Test("a sum 'in military aid' is the aid; a sum deposited 'in' a bank stays money; 'told X that …' orders nothing")
    func sumsAndTelling() {
        #expect(Self.triples("The United States withheld $130 million in military aid to Egypt on Wednesday.")
            .contains { $0.hasPrefix("USA 1622 EGY") })
        #expect(!Self.triples("Iraq National Oil Co told CPC a Red Sea port where lifting was to take place could not accept small ships.")
            .contains { $0.contains(" 10") })
    }

    @Test("troops that withdraw from a town retreat (0874); a guessed target gives way to the state a relative clause on it names")
    func withdrawalsAndGuessedTargets() {
        #expect(Self.triples("Israeli troops withdrew from the southern Lebanese town of Khiam on Wednesday.")
            .contains { $0.hasPrefix("ISRMIL 0874 LBN") })
        #expect(Self.triples("The Netherlands has delivered the last of the 24 F-16 fighter jets it promised to Ukraine.")
            .contains { $0.hasPrefix("NLD 072 UKR") })
        // Not the mediator the verb's own "with" names.
        let swap = Self.triples("Russia and Ukraine exchanged 185 prisoners of war each on Thursday, with the United Arab "
            + "Emirates acting as mediator.")
        #expect(swap.contains { $0.hasPrefix("RUS 0841 UKR") } && !swap.contains { $0.contains(" 0841 ARE") }, "\(swap)")
    }
}
