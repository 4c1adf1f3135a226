import DyadCoding
import DyadCore
import DyadLexicon
import Testing

@Suite("Event coder: conventions on the dependency tree")
struct EventCoderTests {
    static let verbs = """
        [synset T_AGREEMENT]
        word: treaty | agreement | accord

        [verb t-sign]
        lemma: sign
        pattern: 057 obj=&T_AGREEMENT prep=with
        pattern: 057 obj=&T_AGREEMENT

        [verb t-visit]
        lemma: visit
        pattern: 042

        [verb t-condemn]
        lemma: condemn
        pattern: 111

        [verb t-attack]
        lemma: attack | shell
        pattern: 190 !obj=plan|proposal

        [verb t-deploy]
        lemma: deploy | send
        pattern: 154 obj=troop|soldier target=none
        """

    static let coder: EventCoder = {
        // The shipped actors with these verbs only, so that the shipped verb lexicon does not change the tests.
        let lexicon = Lexicon(entries: ActorTestSupport.lexicon.entries).merged(with: Lexicon(files: [("test-verbs.lex", verbs)]))
        return EventCoder(lexicon: lexicon, resolver: ActorTestSupport.resolver)
    }()

    static func events(_ text: String, on date: String = "2024-06-20") -> [CodedEvent] {
        let day = CalendarDate(iso: date)!
        let (document, _) = ActorTestSupport.pipeline.run(Document(id: "t", date: day, text: text))
        return coder.events(in: document, on: day)
    }

    static func triples(_ events: [CodedEvent]) -> [String] {
        events.map { "\($0.source.code.code) \($0.code.code) \($0.target?.code.code ?? "-")" }
    }

    @Test("'X and Y signed a treaty' codes both directions")
    func signedTogether() {
        let events = Self.events("Russia and North Korea signed a defence treaty in Pyongyang on Wednesday.")
        #expect(Set(Self.triples(events)) == ["RUS 057 PRK", "PRK 057 RUS"], "\(Self.triples(events))")
    }

    @Test("forces a country sends are its own; the target is the other country its phrases name, if any")
    func ownForces() {
        #expect(Self.triples(Self.events("Poland deployed 15,000 soldiers to its border with Belarus.")) == ["POL 154 BLR"])
        // The troops are North Korea's own; whom they are sent for is the target ("to help Russia").
        let sent = Self.events("North Korea sent troops to help Russia in the Kursk region.")
        #expect(Self.triples(sent) == ["PRK 154 RUS"], "\(Self.triples(sent))")
        #expect(sent.first?.source.code.code == "PRK")
    }

    @Test("coordinated subjects give one event each")
    func coordinatedSources() {
        let events = Self.events("Japan and South Korea condemned North Korea on Friday.")
        #expect(Set(Self.triples(events)) == ["JPN 111 PRK", "KOR 111 PRK"], "\(Self.triples(events))")
    }

    @Test("the passive swaps source and target; without an agent nothing is coded")
    func passive() {
        #expect(Self.triples(Self.events("Kyiv was attacked by Russian drones on Sunday.")) == ["RUSMIL 190 UKR"])
        #expect(Self.triples(Self.events("Kyiv was attacked on Sunday.")) == [])
    }

    @Test("negated and hypothetical verbs are not coded")
    func negationAndHypotheticals() {
        #expect(Self.events("China did not condemn the launch by North Korea.").isEmpty)
        #expect(Self.events("Analysts said Russia could attack Ukraine again.").isEmpty)
        #expect(Self.events("Russia is expected to attack Ukraine in the spring.").isEmpty)
    }

    @Test("reported speech codes the reported act and keeps the speaker; 'will' makes it intended (03x)")
    func modality() throws {
        let reported = try #require(Self.events("Ukraine said Russia shelled Kharkiv overnight.").first)
        #expect(Self.triples([reported]) == ["RUS 190 UKR"])
        #expect(reported.modality == .reported)
        #expect(reported.speaker?.code.code == "UKR")
        let intended = try #require(Self.events("Russian President Vladimir Putin will visit Pyongyang next week.").first)
        #expect(intended.modality == .intended)
        // A visit that is only announced is the codebook's intent to meet (036), not a visit (042).
        #expect(Self.triples([intended]) == ["RUSGOV 036 PRK"])
    }

    @Test("a pattern's excluded objects keep metaphors out")
    func exclusions() {
        #expect(Self.events("The opposition attacked the plan in parliament.").isEmpty)
    }
}
