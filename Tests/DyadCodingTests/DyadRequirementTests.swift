import DyadCoding
import DyadCore
import Testing

/// The coder keeps only dyads by default, as PETRARCH's `require_dyad`; `requiresDyad: false` (`--one-sided`) keeps
/// events that name no target.
@Suite("Event coder: events without a target are dropped unless one-sided events are asked for")
struct DyadRequirementTests {
    static let dyads = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)
    static let oneSided = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver,
                                     requiresDyad: false)

    @Test("an act aimed at no one the coder can name is dropped by default and kept, target null, when asked")
    func dropped() {
        #expect(Self.dyads.requiresDyad && !Self.oneSided.requiresDyad)
        let text = "The IMF warned of a slowdown."
        #expect(ActorTestSupport.triples(text, coder: Self.dyads) == [])
        #expect(ActorTestSupport.triples(text, coder: Self.oneSided) == ["IGOBUSIMF 130 -"])
    }

    @Test("a dropped event is still the context of the sentences after it")
    func context() {
        let text = "China held military exercises. Taiwan condemned the move."
        #expect(ActorTestSupport.triples(text, coder: Self.dyads) == ["TWN 111 CHN"])
        #expect(ActorTestSupport.triples(text, coder: Self.oneSided) == ["CHN 150 -", "TWN 111 CHN"])
    }

    @Test("events with a target are the same either way")
    func dyadsKept() {
        let text = "Russia and North Korea signed a defence treaty on Wednesday, and Egypt urged restraint."
        let kept = ActorTestSupport.triples(text, coder: Self.dyads)
        #expect(kept.contains("RUS 057 PRK") && kept.contains("PRK 057 RUS"), "\(kept)")
        #expect(kept == ActorTestSupport.triples(text, coder: Self.oneSided).filter { !$0.hasSuffix(" -") })
    }
}
