import DyadCoding
import DyadCore
import DyadLexicon
import Testing

@Suite("Actor resolution with TABARI/PETRARCH dictionaries")
struct PeerLexiconTests {
    static let actors = """
        RUSSIA_ [RUS]
        VLADIMIR_PUTIN_ [RUSGOV 20000507-20080507] [RUSGOV >20120507] [RUSELI]
        +PUTIN_
        """
    static let agents = """
        PRESIDENT_ [~GOV]
        """

    static var lexicon: Lexicon {
        let actors = PeerActorDictionary.parse(bytes: Array(Self.actors.utf8), file: "test.actors").value
        let agents = PeerAgentDictionary.parse(bytes: Array(Self.agents.utf8), file: "test.agents").value
        return Lexicon(peerActors: [actors], peerAgents: [agents])
    }

    @Test("dated codes of an actors file are roles; outside them the undated code applies; entries cite file:line")
    func datedPeerCodes() {
        let resolver = ActorResolver(lexicon: Self.lexicon)
        let inOffice = ActorTestSupport.mentions("Vladimir Putin spoke on Monday.", on: "2005-01-01", resolver: resolver)
        #expect(inOffice.first?.code.code == "RUSGOV")
        #expect(inOffice.first?.entry == "person/test.actors:2")
        let between = ActorTestSupport.mentions("Vladimir Putin spoke on Monday.", on: "2010-01-01", resolver: resolver)
        #expect(between.first?.code.code == "RUSELI", "\(between.map { "\($0.code) \($0.rule)" })")
    }

    @Test("peer phrases in capitals are not acronyms, and peer agents compose with a country")
    func agentsCompose() {
        let resolver = ActorResolver(lexicon: Self.lexicon)
        let mentions = ActorTestSupport.mentions("The president of Russia met Putin.", on: "2024-01-01", resolver: resolver)
        #expect(mentions.contains { $0.text == "Putin" && $0.code.code == "RUSGOV" }, "\(mentions.map { "\($0.text) \($0.code)" })")
        #expect(mentions.contains { $0.text.hasPrefix("president") && $0.code.code == "RUSGOV" })
    }
}

@Suite("Peer countries with dated codes")
struct PeerDatedCountryTests {
    @Test("a country whose code changed (Bosnia: YUGBIH, then BIH) stays a country and takes the code of the date")
    func bosnia() {
        let actors = PeerActorDictionary.parse(bytes: Array("BOSNIA_ [YUGBIH <19920305] [BIH >19920305]\n".utf8), file: "b.actors").value
        let agents = PeerAgentDictionary.parse(bytes: Array("POLICE_ [~COP]\n".utf8), file: "b.agents").value
        let lexicon = Lexicon(peerActors: [actors], peerAgents: [agents])
        #expect(lexicon.entries.first?.kind == .country)
        let resolver = ActorResolver(lexicon: lexicon)
        let later = ActorTestSupport.mentions("Bosnia police arrested the suspects.", on: "2010-06-20", resolver: resolver)
        #expect(later.contains { $0.code.code == "BIHCOP" }, "\(later.map { "\($0.text) \($0.code) \($0.rule)" })")
        let earlier = ActorTestSupport.mentions("Bosnia police arrested the suspects.", on: "1991-06-20", resolver: resolver)
        #expect(earlier.contains { $0.code.code == "YUGBIHCOP" }, "\(earlier.map { "\($0.text) \($0.code) \($0.rule)" })")
    }
}
