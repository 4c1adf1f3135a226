import DyadCoding
import DyadCore
import DyadLexicon
import Testing

@Suite("The shipped verb lexicon's own example sentences")
struct VerbLexiconExamplesTests {
    @Test("every example is read, most code to their code, and the codes they cover span all 20 roots")
    func examples() throws {
        let lexicon = ActorTestSupport.lexicon
        let coder = EventCoder(lexicon: lexicon, resolver: ActorTestSupport.resolver)
        let date = CalendarDate(year: 2024, month: 6, day: 20)!
        var total = 0, right = 0
        var covered = Set<String>()
        for verb in lexicon.verbs {
            for example in verb.examples {
                total += 1
                let (document, _) = ActorTestSupport.pipeline.run(Document(id: verb.key, date: date, text: example.text))
                if coder.events(in: document, on: date).contains(where: { $0.code == example.code }) {
                    right += 1
                    covered.insert(example.code.code)
                }
            }
        }
        try #require(total > 0, "the shipped lexicon has no verb examples")
        // Floors that guard against regressions; the figures themselves are in BENCHMARKS.md (dyad-bench examples).
        #expect(Double(right) / Double(total) >= 0.5, "\(right) of \(total) examples code to their code")
        #expect(Set(covered.map { String($0.prefix(2)) }).count >= 15, "roots covered: \(Set(covered.map { $0.prefix(2) }).sorted())")
    }
}
