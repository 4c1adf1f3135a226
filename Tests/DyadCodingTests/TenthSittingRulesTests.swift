import DyadCoding
import DyadCore
import Testing

/// Reactions to a veto, civilians' violence, and the country of local actors by the place of their act (tenth
/// sitting on the event coder), with the shipped lexicon and the default coder (dyads only).
@Suite("Event coder: reactions, civilians' violence, local actors' place, pairs, landings")
struct TenthSittingRulesTests {
    static let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("a reaction the text names as a noun an act drew is nominal, so no event: '…, drawing condemnation from Japan'")
    func drawnReactions() {
        // events-README.md and the issue: nominal events in adjuncts are background.
        let missile = Self.triples("North Korea fired a ballistic missile at Japan on Sunday, drawing condemnation from Tokyo and Seoul.")
        #expect(!missile.contains { $0.contains(" 111 ") }, "\(missile)")
        // A verbal reaction to "the veto" is aimed at whoever vetoed.
        #expect(Self.triples("The United States vetoed a Security Council resolution on Gaza on Wednesday, and Algeria "
            + "criticised the veto.").contains("DZA 111 USA"))
    }

    @Test("civilians who shoot, attack or kill use unconventional violence (180), not military force (19x)")
    func civilians() {
        let shooting = Self.triples("A 13-year-old boy opened fire at his school in Belgrade on Wednesday, killing eight pupils.")
        #expect(shooting.contains { $0.contains(" 180 ") } && !shooting.contains { $0.contains(" 193 ") }, "\(shooting)")
        // Armed forces keep their military codes.
        #expect(Self.triples("Russian troops opened fire on Ukrainian positions near Bakhmut on Monday.")
            .contains { $0.hasPrefix("RUSMIL 193") })
    }

    @Test("two sides named together that clash or fight act on each other, with no 'with' phrase (subj=pair)")
    func pairedSubjects() {
        let found = Self.triples("Thai and Cambodian troops clashed along their disputed border on Thursday.")
        #expect(found.contains("THAMIL 190 KHMMIL") && found.contains("KHMMIL 190 THAMIL"), "\(found)")
        #expect(Self.triples("Israeli troops and Hezbollah fighters fought in the village of Aita al-Shaab on Tuesday.")
            .contains("LBNREB 190 ISRMIL"))
        // Two forces of one state are no pair; one side alone fights no one.
        #expect(Self.triples("Iraqi troops and police fought in Mosul on Monday.").isEmpty)
        #expect(Self.triples("Israeli troops fought in the village of Aita al-Shaab on Tuesday.").isEmpty)
    }

    @Test("an official who lands in a capital visits it; a plane with a country's adjective does not")
    func landings() {
        let visit = Self.triples("Palau's President Surangel Whipps Jr. landed in Taipei on Sunday for a five-day visit.")
        #expect(visit.contains("PLWGOV 042 TWN") && visit.contains("TWN 043 PLWGOV"), "\(visit)")
        let plane = Self.triples("A Chinese plane carrying nine medical experts and 31 tonnes of medical aid landed in Rome on Thursday.")
        #expect(!plane.contains { $0.contains(" 042 ") }, "\(plane)")
        #expect(Self.triples("Russian missiles landed in a Polish village near the border on Tuesday.").isEmpty)
    }

    @Test("what an actor is set, scheduled or due to do is its intent: 'Xi is set to visit Vietnam' is 036")
    func scheduled() {
        let visit = Self.triples("Chinese President Xi Jinping is set to visit Vietnam, Malaysia and Cambodia next week.")
        #expect(visit.contains("CHNGOV 036 VNM") && visit.contains("CHNGOV 036 KHM"), "\(visit)")
        #expect(Self.triples("Antony Blinken is scheduled to meet Wang Yi in Beijing on Friday.").contains("USAGOV 036 CHNGOV"))
        // Speculation stays uncoded.
        #expect(Self.triples("Narendra Modi is expected to visit Washington next month.").isEmpty)
    }

    @Test("a city abroad where an act happened is no target of it, but force strikes where it happens")
    func venues() {
        #expect(Self.triples("Sudan's army suspended its participation in ceasefire talks in Jeddah on Wednesday.").isEmpty)
        #expect(Self.triples("Russian forces shelled residential buildings in Kharkiv overnight.").contains { $0.hasSuffix(" UKR") })
    }

    @Test("clause readings: an absolute 'with' phrase, a subject misread as a conjunct, both neighbours, refusals after a phrase")
    func clauseReadings() {
        // ", with Oman's foreign minister shuttling …" tells what else happened, not with whom talks were held.
        let talks = Self.triples("Iranian and U.S. negotiators held indirect talks in Muscat on Saturday, with Oman's foreign "
            + "minister shuttling between the two delegations.")
        #expect(talks.contains("IRNGOV 046 USAGOV") && !talks.contains { $0.contains(" 046 OMN") }, "\(talks)")
        #expect(talks.contains("OMNGOV 045 IRN"), "\(talks)")
        // "…, and Israel's foreign ministry criticised the decision": a common noun the parser made a conjunct of the
        // verb before is the subject.
        let criticism = Self.triples("Barbados recognised the State of Palestine on Friday, becoming the latest Caribbean "
            + "country to do so, and Israel's foreign ministry criticised the decision.")
        #expect(criticism.contains("ISRGOV 111 BRB") && !criticism.contains { $0.hasPrefix("BRB 111") }, "\(criticism)")
        // "both neighbours" are the two countries named before, not the subject's own.
        let restraint = Self.triples("Venezuelan soldiers detained five Guyanese fishermen on Tuesday, Georgetown lodged a "
            + "formal protest with Caracas, and Brazil urged both neighbours to show restraint.")
        #expect(restraint.contains("BRA 020 VEN") && restraint.contains("BRA 020 GUY") && !restraint.contains("BRA 020 BRA"),
                "\(restraint)")
        // A refusal after a phrase ("refused on Sunday to back") is no backing.
        #expect(!Self.triples("Hungary refused on Sunday to back a joint European Union declaration on Venezuela.")
            .contains { $0.contains(" 051 ") })
        // "the Iranian president phoned him": not himself, but the person before of another code, also one with the
        // same title.
        let titled = ActorTestSupport.mentions("The Turkish president arrived in Tehran on Thursday, two days after the "
            + "Iranian president phoned him.", on: "2024-06-20")
        #expect(titled.first { $0.text == "him" }?.code.code == "TURGOV", "\(titled.map(\.code.code))")
        // "the Iranian president phoned him": not himself, but the person before of another code.
        let call = Self.triples("Qatar's emir arrived in Tehran on Thursday for his first visit in a decade, two days after the "
            + "Iranian president phoned him to discuss the stalled nuclear talks.")
        #expect(call.contains("IRNGOV 041 QATGOV") && !call.contains("IRNGOV 041 IRNGOV"), "\(call)")
        // Dissolving a parliament calls an election: no event.
        #expect(Self.triples("Japanese Prime Minister Shigeru Ishiba dissolved the lower house of parliament on Wednesday.").isEmpty)
    }

    @Test("lexicon gaps found by batteries: a foreign outlet's bureau closed, aid programmes approved")
    func lexiconGaps() {
        #expect(Self.triples("Russia pummelled Ukraine with 728 drones and 13 missiles overnight.").contains { $0.hasPrefix("RUS 19") })
        #expect(Self.triples("Russia closed the Moscow bureau of Radio Free Europe on Friday.").contains("RUS 1721 USAMED"))
        #expect(Self.triples("IMF directors approved a 30-month, $44 billion programme for Argentina on Friday.")
            .contains("IGOBUSIMF 071 ARG"))
        #expect(Self.triples("India's acting high commissioner was summoned by Bangladesh's foreign ministry on Tuesday.")
            .contains("BGDGOV 114 INDGOV"))
        #expect(Self.triples("China said on Friday it would waive visas for citizens of France and Germany for stays of up to 15 days.")
            .contains { $0.hasPrefix("CHN 0351 FRA") })
        #expect(Self.triples("China rolled over a $1.5 billion credit line for Pakistan's central bank on Tuesday.")
            .contains("CHN 071 PAKGOV"))
        #expect(Self.triples("Two Belarusian military helicopters flew into Lithuanian airspace near the Medininkai crossing on Tuesday.")
            .contains("BLRMIL 150 LTU"))
        // The wounded of a city pounded are the city's country's, not the attacker's.
        #expect(Self.triples("Overnight, Russian aircraft pounded Zaporizhzhia with guided bombs, wounding 12 people.")
            .contains("RUSMIL 190 UKRCVL"))
        // Warning, in a participle on an appeal by three states, is not said to each other.
        #expect(!Self.triples("France, Germany and Britain urged Iran on Wednesday to resume full cooperation with UN nuclear "
            + "inspectors, warning that time for diplomacy was running out.").contains { $0.contains(" 012 FRA") || $0.contains(" 012 DEU") })
        // Coordinated actors of a phrase are each a target: "drills by the United States, South Korea and Japan".
        let drills = Self.triples("North Korea denounced joint air drills by the United States, South Korea and Japan on Thursday.")
        #expect(drills.contains("PRK 111 USA") && drills.contains("PRK 111 KOR") && drills.contains("PRK 111 JPN"), "\(drills)")
        // An embassy's owner is not where the attacker struck.
        #expect(Self.triples("A suicide attacker set off his explosives near the entrance of Russia's embassy in Kabul on Monday.")
            .contains { $0.hasPrefix("AFGUAF 183") })
    }

    @Test("police, gunmen and civilians with no country of their own act for the place of their act, not the document's first country")
    func localActors() {
        let mentions = ActorTestSupport.mentions(
            "Mexico recalled its ambassador to Ecuador after police stormed the Mexican embassy in Quito.", on: "2024-04-06")
        #expect(ActorTestSupport.code(of: "police", in: mentions) == "ECUCOP", "\(mentions.map(\.code.code))")
        let shooting = ActorTestSupport.mentions("Two Chinese engineers were killed when a man opened fire on their car in Karachi.",
                                                 on: "2024-04-06")
        #expect(ActorTestSupport.code(of: "man", in: shooting) == "PAKCVL", "\(shooting.map(\.code.code))")
        // Not a government, whose envoys act abroad; not a place of another clause.
        let deal = ActorTestSupport.mentions("Colombia and the ELN rebels resumed talks on Monday, and the government and the "
            + "rebels signed a ceasefire deal in Havana.", on: "2024-04-06")
        #expect(ActorTestSupport.code(of: "government", in: deal)?.hasPrefix("CUB") == false, "\(deal.map(\.code.code))")
        // A phrase with an owner of its own that the parser hung on a country's name is not that country's: "… to
        // Russia, South Korea's spy agency said".
        let agency = ActorTestSupport.mentions("North Korea has sent thousands of troops to Russia, South Korea's spy agency said.",
                                               on: "2024-10-18")
        #expect(!agency.contains { $0.code.code == "RUSSPY" } && agency.contains { $0.code.code == "KORSPY" },
                "\(agency.map(\.code.code))")
        // Countries coordinated in the place phrase are no one place: "at U.S. and Iraqi outposts across Iraq".
        let outposts = ActorTestSupport.mentions("Insurgents launched strikes on Saturday at United States and Iraqi outposts "
            + "across Iraq, killing a dozen Iraqi police officers.", on: "2004-11-06")
        #expect(ActorTestSupport.code(of: "Insurgents", in: outposts) == "IRQINS", "\(outposts.map(\.code.code))")
    }
}
