import DyadCoding
import DyadCore
import Testing

/// Weapons as subjects, speakers' audiences, expulsions "from" a state, vetoes at the Security Council, "shot dead",
/// names that contain a known short name, deployments that arrive, and aid pledged "to help" a state (twelfth sitting
/// on the event coder), with the shipped lexicon and the default coder (dyads only).
@Suite("Event coder: weapons, audiences, expulsions, vetoes, 'shot dead', arrivals, help pledged")
struct TwelfthSittingRulesTests {
    static let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a missile or drone that strikes is force whatever it hit; whom a speaker tells of it is no party")
    func weaponSubjects() {
        let train = Self.triples("Russian missiles struck a passenger train at the railway station in the village of "
            + "Chaplyne on Wednesday, killing at least 22 people, Volodymyr Zelensky told the UN Security Council.")
        #expect(train.contains { $0.hasPrefix("RUSMIL 190 UKR") }, "\(train)")
        #expect(!train.contains { $0.hasSuffix("IGOUNO") }, "\(train)")
        let drone = Self.triples("An Israeli drone struck a car near the Lebanese city of Tyre on Monday, killing two men.")
        #expect(drone.contains { $0.hasPrefix("ISR") && $0.contains(" 195 ") && $0.hasSuffix("LBN") }, "\(drone)")
        // A storm or a strike of workers is no weapon; a suicide bomber is no bomber aircraft.
        #expect(Self.triples("A powerful storm struck the coast of Mozambique on Monday.").allSatisfy { !$0.contains(" 19") })
        let bomber = Self.triples("A suicide bomber struck a Sufi shrine in Sehwan, Pakistan, on Thursday.")
        #expect(!bomber.contains { $0.contains(" 195 ") }, "\(bomber)")
        // One told to do something is the addressee of an order, not an audience.
        let order = Self.triples("Beijing told Washington to stop sending warships through the Taiwan Strait.")
        #expect(!order.contains { $0.hasPrefix("CHN") && $0.hasSuffix("CHN") }, "\(order)")
    }

    @Test("diplomats expelled 'from' states are theirs; a place of the expelling state's own is not")
    func expulsionsFrom() {
        let expelled = Self.triples("Russia expelled diplomats from Sweden, Poland and Germany on Friday.")
        for target in ["SWE", "POL", "DEU"] { #expect(expelled.contains("RUS 161 \(target)"), "\(expelled)") }
        let ambassador = Self.triples("Mali expelled the French ambassador from Bamako on Monday.")
        #expect(ambassador.contains { $0.hasPrefix("MLI 161 FRA") }, "\(ambassador)")
    }

    @Test("a veto or block of a draft at the Security Council is aimed at the UN; the draft's call is no one's")
    func vetoes() {
        let veto = Self.triples("Russia on Wednesday vetoed a Malaysian draft at the Security Council that would have "
            + "created an international tribunal.")
        #expect(veto.contains("RUS 129 IGOUNO"), "\(veto)")
        let blocked = Self.triples("Russia and China on Thursday blocked a U.S. draft at the Security Council calling for "
            + "a new presidential election in Venezuela with their vetoes.")
        #expect(blocked.contains("RUS 129 IGOUNO") && blocked.contains("CHN 129 IGOUNO"), "\(blocked)")
        #expect(!blocked.contains { $0.contains(" 02") }, "\(blocked)")
    }

    @Test("'shot dead': gunmen kill (180), figures are assassinated (186), armed men are fought (190)")
    func shotDead() {
        let mosque = Self.triples("A gunman burst into a Quebec City mosque during evening prayers on Sunday and shot dead six men.")
        #expect(mosque.contains { $0.hasPrefix("CANUAF 180 CAN") }, "\(mosque)")
        // A name's class read from its apposition.
        let journalist = Self.triples("Unidentified gunmen shot dead Gauri Lankesh, a prominent Indian journalist, outside her "
            + "home in Bengaluru on Tuesday.")
        #expect(journalist.contains { $0.hasPrefix("INDUAF 186 IND") }, "\(journalist)")
        let police = Self.triples("Danish police shot dead a gunman early on Sunday.")
        #expect(police.contains { $0.hasPrefix("DNKCOP 190 DNK") }, "\(police)")
        // Repression needs victims who protested: a doctor killed by gunmen was not.
        let doctor = Self.triples("Gunmen killed Tetsu Nakamura, a Japanese doctor, in an attack on his car in eastern "
            + "Afghanistan on Wednesday.")
        #expect(!doctor.contains { $0.contains(" 175 ") }, "\(doctor)")
        #expect(Self.triples("Kenyan police shot dead two protesters in Nairobi on Tuesday.").contains { $0.contains(" 175 ") })
    }

    @Test("a known short name followed by more of one person's name is someone else: 'Burhan Wani' is not al-Burhan")
    func longerNames() {
        let wani = Self.triples("Indian security forces shot dead Burhan Wani, a 22-year-old separatist commander, in a "
            + "gunfight in Kashmir.")
        #expect(!wani.contains { $0.contains("SDN") }, "\(wani)")
    }

    @Test("troops that arrive in a country are deployed there; 'U.S. Marines' ends no sentence")
    func arrivals() {
        let marines = Self.triples("About 300 U.S. Marines arrived in Norway on Monday for a six-month rotation.")
        #expect(marines.contains { $0.hasPrefix("USAMIL 074 NOR") }, "\(marines)")
        #expect(marines.contains { $0.hasPrefix("NOR 0861 USA") }, "\(marines)")
    }

    @Test("the Commonwealth is an organisation; aid pledged 'to help' a state is for that state")
    func commonwealthAndHelp() {
        let leaving = Self.triples("The Maldives said on Thursday it was leaving the Commonwealth, accusing the group of "
            + "unfairly punishing the Indian Ocean nation.")
        #expect(leaving.contains("MDV 160 IGOCWN") && leaving.contains("MDV 112 IGOCWN"), "\(leaving)")
        let pledge = Self.triples("Barack Obama pledged $90 million over three years on Tuesday to help Laos clear "
            + "millions of unexploded bombs.")
        #expect(pledge.contains { $0.contains(" 033 LAO") }, "\(pledge)")
        // People whose country is only a guess are no recipient: the pledge keeps the other state.
        let survivors = Self.triples("Japan and South Korea reached a deal on Monday, with Japan offering an apology and "
            + "1 billion yen for a fund to help the survivors.")
        #expect(!survivors.contains { $0.hasPrefix("JPN 033 JPN") }, "\(survivors)")
    }

    @Test("armed forces that kill a figure both assassinate (186) and fight (190); gunmen only assassinate")
    func fightsBehindKillings() {
        let troops = Self.triples("Philippine troops killed Isnilon Hapilon, Islamic State's anointed leader in Southeast "
            + "Asia, in Marawi on Monday.")
        #expect(troops.contains { $0.hasPrefix("PHLMIL 186") } && troops.contains { $0.hasPrefix("PHLMIL 190") }, "\(troops)")
        let gunmen = Self.triples("Gunmen shot dead Gauri Lankesh, a prominent Indian journalist, in Bengaluru on Tuesday.")
        #expect(gunmen.contains { $0.contains(" 186 ") } && !gunmen.contains { $0.contains(" 190 ") }, "\(gunmen)")
    }

    @Test("a court that orders someone held detains them (173); an order to hold positions does not")
    func orderedCustody() {
        let soldiers = Self.triples("A Turkish court ordered two Greek soldiers held pending trial on Friday.")
        #expect(soldiers.contains { $0.hasPrefix("TURJUD 173 GRC") }, "\(soldiers)")
        let uribe = Self.triples("Colombia's Supreme Court ordered former President Alvaro Uribe placed under house arrest on Tuesday.")
        #expect(uribe.contains { $0.hasPrefix("COLJUD 173 COL") }, "\(uribe)")
        #expect(!Self.triples("The general ordered his troops to hold their positions near the border with Ukraine.")
            .contains { $0.contains(" 173 ") })
    }

    @Test("what two parties agreed their aides would do is their intent (036 both ways); 'he and Abe' is not Abe twice")
    func agreedIntents() {
        let aides = Self.triples("Narendra Modi and Nawaz Sharif met in Ufa on Friday and agreed that their national "
            + "security advisers would hold talks on terrorism.")
        // (Sharif and Abe are former leaders on the tests' date, 2024-06-20.)
        #expect(aides.contains { $0.hasPrefix("INDGOV 036 PAK") } && aides.contains { $0.hasPrefix("PAK") && $0.hasSuffix("036 INDGOV") },
                "\(aides)")
        let pair = Self.triples("Vladimir Putin arrived late for talks with Shinzo Abe in Nagato on Thursday, and he and Abe "
            + "agreed to discuss joint economic projects.")
        #expect(pair.contains { $0.hasPrefix("RUSGOV 036 JPN") } && !pair.contains { $0.hasPrefix("JPN") && $0.contains(" 036 JPN") },
                "\(pair)")
    }

    @Test("warplanes named by their model are the air force; warplanes that pound any target use aerial weapons")
    func aircraftModels() {
        let f16 = Self.triples("Egyptian F-16s bombed Islamic State camps in the Libyan coastal city of Derna on Monday.")
        #expect(f16.contains { $0.hasPrefix("EGYMIL 195 LBY") }, "\(f16)")
        let pounded = Self.triples("Jordanian warplanes pounded Islamic State targets in Syria on Thursday, the army said.")
        #expect(pounded.contains { $0.hasPrefix("JORMIL 195 SYR") }, "\(pounded)")
    }

    @Test("warplanes and warships that pass near or over another state's place face it (150); aid flown in does not")
    func passingPosture() {
        let drones = Self.triples("Taiwan scrambled fighter jets on Tuesday after four Chinese military drones flew close "
            + "to the Taiwan-controlled Pratas Islands.")
        #expect(drones.contains { $0.hasPrefix("CHNMIL 150 TWN") }, "\(drones)")
        let destroyer = Self.triples("The U.S. destroyer USS Lassen sailed within 12 nautical miles of one of China's "
            + "man-made islands in the Spratlys on Tuesday.")
        #expect(destroyer.contains { $0.hasPrefix("USA") && $0.contains(" 150 CHN") }, "\(destroyer)")
        let aid = Self.triples("Australian and New Zealand air force planes flew doctors and relief supplies into Port "
            + "Vila, Vanuatu, on Monday.")
        #expect(!aid.contains { $0.contains(" 150 ") }, "\(aid)")
    }

    @Test("'…, accusing them of …' after an act accuses what the act acted on, one event per state")
    func accusedObjects() {
        let expelled = Self.triples("Russia expelled diplomats from Sweden, Poland and Germany on Friday, accusing them of "
            + "joining street protests in support of Alexei Navalny.")
        for target in ["SWE", "POL", "DEU"] { #expect(expelled.contains("RUS 112 \(target)"), "\(expelled)") }
        #expect(!expelled.contains { $0.hasPrefix("RUS 112 RUS") }, "\(expelled)")
        let bbc = Self.triples("Azerbaijan shut down the Baku office of the BBC's Azerbaijani-language service on Monday, "
            + "accusing the London-based broadcaster of biased reporting.")
        #expect(bbc.contains { $0.hasPrefix("AZE 112 GBR") }, "\(bbc)")
    }

    @Test("states 'acting as mediator' in an absolute phrase mediate between the sentence's parties, not each other")
    func actingAsMediator() {
        let swap = Self.triples("Russia and Ukraine exchanged 185 prisoners of war each on Thursday, with the United Arab "
            + "Emirates acting as mediator.")
        #expect(swap.contains("ARE 045 RUS") && swap.contains("ARE 045 UKR"), "\(swap)")
        let guarantors = Self.triples("Colombia's government and the National Liberation Army rebels resumed peace talks in "
            + "Caracas on Monday, more than three years after they broke down, with Venezuela, Cuba and Norway acting as guarantors.")
        #expect(guarantors.contains { $0.hasPrefix("VEN 045 COL") } && guarantors.contains { $0.hasPrefix("NOR 045 COL") },
                "\(guarantors)")
        #expect(!guarantors.contains { $0.hasPrefix("VEN 045 CUB") || $0.hasPrefix("CUB 045 NOR") }, "\(guarantors)")
    }

    @Test("countermeasures a state vows or says it will take are a threat (130) at whom it answers")
    func countermeasures() {
        let boycott = Self.triples("The United States announced a diplomatic boycott of the Beijing Winter Olympics on Monday, "
            + "citing what the White House called genocide in Xinjiang, and China vowed to take resolute countermeasures in response.")
        #expect(boycott.contains { $0.hasPrefix("CHN 130 USA") }, "\(boycott)")
        // Measures of any kind taken at home are no threat.
        #expect(!Self.triples("The government took measures to contain the outbreak in Wuhan on Monday.")
            .contains { $0.contains(" 13") })
    }

    @Test("leaders who held talks, 'their first …', and agreed that a war must never be fought express accord (019)")
    func agreedNorms() {
        let norm = Self.triples("Joe Biden and Xi Jinping held three hours of talks in Bali on Monday, their first in-person "
            + "meeting as leaders, and agreed that a nuclear war should never be fought.")
        #expect(norm.contains("USAGOV 019 CHNGOV") && norm.contains("CHNGOV 019 USAGOV"), "\(norm)")
        let allowed = Self.triples("Xi Jinping and South Korea's Moon Jae-in held talks in Beijing on Thursday and agreed that "
            + "war must never be allowed on the Korean peninsula.")
        #expect(allowed.contains { $0.hasPrefix("CHN") && $0.contains(" 019 KOR") }, "\(allowed)")
        #expect(!allowed.contains { $0.contains(" 0355 ") }, "\(allowed)")
    }

    @Test("an inquiry into alleged crimes committed by forces aims at their states; the alleged crimes are not coded")
    func allegedCrimes() {
        let inquiry = Self.triples("International Criminal Court judges on Wednesday authorised the prosecutor to investigate "
            + "alleged war crimes committed by Russian and Georgian forces during the 2008 war.")
        #expect(inquiry.contains { $0.hasPrefix("IGOJUDICC 094 RUS") } && inquiry.contains { $0.hasPrefix("IGOJUDICC 094 GEO") },
                "\(inquiry)")
        #expect(!inquiry.contains { $0.contains(" 20") }, "\(inquiry)")
        // A broker's "by" on a signed deal is no target of the signing.
        let deal = Self.triples("The foreign ministers of Congo and Rwanda signed a peace agreement brokered by the Trump "
            + "administration at the White House on Friday.")
        #expect(!deal.contains { $0.contains(" 057 USA") }, "\(deal)")
    }

    @Test("a court that annuls an election or overturns a decision rules against its state (116); others do not")
    func courtsAnnul() {
        let election = Self.triples("Romania's Constitutional Court annulled the first round of the presidential election on Friday.")
        #expect(election.contains { $0.hasPrefix("ROUJUD 116 ROU") }, "\(election)")
        let dissolution = Self.triples("Nepal's Supreme Court overturned Prime Minister K.P. Sharma Oli's dissolution of "
            + "parliament on Tuesday.")
        #expect(dissolution.contains { $0.hasPrefix("NPLJUD 116 NPL") }, "\(dissolution)")
        #expect(!Self.triples("Parliament overturned the president's veto of the budget on Tuesday.").contains { $0.contains(" 116 ") })
    }

    @Test("a transnational group takes the place its own phrase names when the sentence names several")
    func groupPlaces() {
        let targets = Self.triples("Turkish jets struck Islamic State targets in Syria on Friday, a day after they bombed "
            + "Kurdish PKK militant camps in northern Iraq.")
        #expect(targets.contains { $0.hasPrefix("TUR") && $0.hasSuffix("SYRREBISI") }, "\(targets)")
        #expect(!targets.contains { $0.hasSuffix("IMGMOS") }, "\(targets)")
    }

    @Test("two sides that each free prisoners in a swap free them to each other, not to the broker")
    func releasesInASwap() {
        let swap = Self.triples("Russia and Ukraine each freed 95 prisoners of war on Friday in a swap brokered by the UAE.")
        #expect(swap.contains("RUS 0841 UKR") && swap.contains("UKR 0841 RUS"), "\(swap)")
        #expect(!swap.contains { $0.contains(" 0841 ARE") }, "\(swap)")
    }

    @Test("states voting against in a UN body reject the body's measure (120 toward it), not whom it concerned")
    func votesAgainst() {
        let council = Self.triples("The UN Security Council rejected a U.S. bid on Friday to extend an arms embargo on Iran "
            + "indefinitely, with Russia and China voting against.")
        #expect(council.contains("RUS 120 IGOUNO") && council.contains("CHN 120 IGOUNO"), "\(council)")
        let assembly = Self.triples("The UN General Assembly called for an end to the U.S. trade embargo on Cuba on Thursday, "
            + "with only the United States and Israel voting against the resolution.")
        #expect(assembly.contains("USA 120 IGOUNO") && !assembly.contains { $0.hasSuffix("120 CUB") }, "\(assembly)")
    }

    @Test("rejecting a named state's complaint denies it to the complainant (016); an accusation after 'as groundless' is the object")
    func rejectedComplaints() {
        let complaint = Self.triples("Beijing rejected a Philippine coast guard complaint on Wednesday about its ships near Sandy Cay.")
        #expect(complaint.contains { $0.hasPrefix("CHN 016 PHL") } && !complaint.contains { $0.contains(" 120 ") }, "\(complaint)")
        #expect(!Self.triples("China rejected as groundless a Philippine accusation that a Chinese ship had rammed a "
            + "Philippine vessel.").contains { $0.contains(" 120 ") })
    }
}
