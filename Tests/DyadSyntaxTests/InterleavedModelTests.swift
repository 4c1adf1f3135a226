@testable import DyadSyntax
import DyadCore
import Testing

/// `TransitionParser.parse(sentences:)`, `PerceptronTagger.tag(sentences:)` and
/// `EntityRecognizer.labelIndices(sentences:)` step several sentences at once; each must come out exactly as
/// `parse(forms:tags:)`, `tag(_:properNouns:)` or `labelIndices(forms:tags:)` gives it alone, with the shipped models
/// and with their portable (non-AVX2) lookups.
@Suite("Models: sentences in step")
struct InterleavedModelTests {
    /// Seeded sentences: 0 to 39 words drawn from real and odd words, tagged with the model's tags at random or by
    /// the tagger, in batches smaller and larger than the number of lanes (empty sentences among them).
    static func batches(_ models: LanguageModels, seed: UInt64) -> [[(forms: [String], tags: [String])]] {
        var generator = SeededGenerator(seed: seed)
        let words = FeatureSplitTests.forms + ["Russia", "attacked", "Ukraine", "the", "talks", "were", "held", "by",
                                               "officials", "who", "said", "that", "it", "would", "not", "resume", "2024"]
        let tags = Array(Set(models.tagger.labels.map(\.xpos))).sorted()
        return (0..<12).map { batch in
            (0..<(batch * 3 % 19)).map { _ in
                let forms = (0..<Int(generator.next() % 40)).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                let tagged = generator.next() % 2 == 0
                return (forms, tagged ? models.tagger.tags(forms).map(\.xpos)
                                      : forms.map { _ in tags[Int(generator.next() % UInt64(tags.count))] })
            }
        }
    }

    @Test("Seeded batches parse as each sentence does alone, with and without AVX2")
    func sameParses() throws {
        let models = try #require(ShippedModelTests.models)
        let shipped = models.parser
        let portable = TransitionParser(labels: shipped.labels, moves: shipped.moves.portable(),
                                        arcLabels: shipped.arcLabels.portable())
        for parser in [shipped, portable] {
            for batch in Self.batches(models, seed: 41) {
                let together = parser.parse(sentences: batch)
                #expect(together.count == batch.count)
                for (sentence, parse) in zip(batch, together) {
                    let alone = parser.parse(forms: sentence.forms, tags: sentence.tags)
                    #expect(parse.heads == alone.heads && parse.labels == alone.labels, "\(sentence.forms)")
                }
            }
        }
    }

    @Test("Seeded batches are tagged as each sentence is alone, with and without AVX2, with proper nouns given")
    func sameTags() throws {
        let models = try #require(ShippedModelTests.models)
        let shipped = models.tagger
        let portable = PerceptronTagger(labels: shipped.labels, table: shipped.table.portable(), dictionary: shipped.dictionary)
        var generator = SeededGenerator(seed: 43)
        for tagger in [shipped, portable] {
            for batch in Self.batches(models, seed: 42) {
                let sentences = batch.map { sentence in
                    (sentence.forms, sentence.forms.indices.filter { _ in generator.next() % 7 == 0 })
                }
                let together = tagger.tag(sentences: sentences)
                #expect(together.count == sentences.count)
                for (sentence, tags) in zip(sentences, together) {
                    #expect(tags == tagger.tag(sentence.0, properNouns: sentence.1), "\(sentence.0)")
                }
            }
        }
    }

    @Test("Seeded batches have the entity labels each sentence has alone, with and without AVX2")
    func sameEntities() throws {
        let models = try #require(ShippedModelTests.models)
        let shipped = models.entities
        let portable = EntityRecognizer(labels: shipped.labels, vocabulary: shipped.vocabulary, plain: shipped.plain,
                                        weights: shipped.weights.portable())
        let names = ["Vladimir", "Putin", "Moscow", "United", "Nations", "Reuters", "Monday", "$", "5", "million"]
        var generator = SeededGenerator(seed: 44)
        for recognizer in [shipped, portable] {
            for batch in Self.batches(models, seed: 45) {
                // Names mixed in, so that entities begin, continue and end.
                let sentences = batch.map { sentence in
                    (sentence.forms.map { generator.next() % 3 == 0 ? names[Int(generator.next() % 10)] : $0 },
                     sentence.tags)
                }
                let together = recognizer.labelIndices(sentences: sentences)
                #expect(together.count == sentences.count)
                for (sentence, indices) in zip(sentences, together) {
                    #expect(indices == recognizer.labelIndices(forms: sentence.0, tags: sentence.1), "\(sentence.0)")
                }
            }
        }
    }
}
