import DyadCoding
import DyadCore
import Testing

/// Reactions an act drew, civilians' violence, and the country of local actors by the place of their act (tenth
/// sitting on the event coder), with the shipped lexicon and the default coder (dyads only).
@Suite("Event coder: drawn reactions, civilians' violence, local actors' place")
struct TenthSittingRulesTests {
    static let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)

    static func triples(_ text: String) -> [String] { ActorTestSupport.triples(text, coder: coder) }

    @Test("'…, drawing condemnation from X' is X's reaction to the clause's subject, one per reacting actor")
    func drawnReactions() {
        let missile = Self.triples("North Korea fired a ballistic missile on Sunday, drawing condemnation from Japan and South Korea.")
        #expect(missile.contains("JPN 111 PRK") && missile.contains("KOR 111 PRK"), "\(missile)")
        let rebuke = Self.triples("China sanctioned a U.S. congressman on Monday, drawing a sharp rebuke from Washington.")
        #expect(rebuke.contains("USA 111 CHN") && rebuke.contains("CHN 163 USALEG"), "\(rebuke)")
        // A protest drawn is a formal protest; a feeling "in" a capital is that state's.
        #expect(Self.triples("Israel closed the Al Jazeera office in Ramallah, prompting a protest from Qatar.")
            .contains("QAT 114 ISR"))
        #expect(Self.triples("The United States killed Iran's top general in Baghdad, sparking outrage in Tehran.")
            .contains("IRN 111 USA"))
        // An act that draws the reaction itself is its owner's.
        #expect(Self.triples("Russia's invasion of Ukraine drew condemnation from the United Nations General Assembly.")
            .contains("IGOUNO 111 RUS"))
        // Nothing drawn from no one, nor praise read as disapproval; no reaction of a state to itself.
        #expect(!Self.triples("China sanctioned a U.S. congressman on Monday, drawing attention to the dispute.")
            .contains { $0.contains(" 111 ") })
        #expect(!Self.triples("France raised its defence budget, drawing criticism from French opposition lawmakers.")
            .contains { $0.contains(" 111 FRA") })
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
        // One side alone fights no one.
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
        // Countries coordinated in the place phrase are no one place: "at U.S. and Iraqi outposts across Iraq".
        let outposts = ActorTestSupport.mentions("Insurgents launched strikes on Saturday at United States and Iraqi outposts "
            + "across Iraq, killing a dozen Iraqi police officers.", on: "2004-11-06")
        #expect(ActorTestSupport.code(of: "Insurgents", in: outposts) == "IRQINS", "\(outposts.map(\.code.code))")
    }
}
