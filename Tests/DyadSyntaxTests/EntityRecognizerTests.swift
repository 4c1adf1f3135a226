import DyadCore
import DyadSyntax
import Testing

@Suite("Entity recognizer")
struct EntityRecognizerTests {
    /// "PERSON visited GPE on DATE ." sentences, some with two-word names, with their BIO tags.
    static func toyCorpus() -> [AnnotatedSentence] {
        let people = [["Putin"], ["Xi"], ["Angela", "Merkel"], ["Joe", "Biden"], ["Modi"], ["Emmanuel", "Macron"]]
        let places = [["Kenya"], ["Brazil"], ["South", "Africa"], ["Japan"], ["New", "Zealand"], ["Chile"]]
        let days = ["Monday", "Tuesday", "Friday"]
        var sentences: [AnnotatedSentence] = []
        for person in people {
            for place in places {
                for day in days {
                    let forms = person + ["visited"] + place + ["on", day, "."]
                    let entities = Self.bio(person, "PERSON") + ["O"] + Self.bio(place, "GPE") + ["O", "B-DATE", "O"]
                    let xpos = person.map { _ in "NNP" } + ["VBD"] + place.map { _ in "NNP" } + ["IN", "NNP", "."]
                    sentences.append(AnnotatedSentence(
                        forms: forms, lemmas: forms.map { _ in "_" }, upos: xpos.map { _ in "X" }, xpos: xpos,
                        heads: forms.map { _ in 0 }, deprels: forms.map { _ in "dep" }, entities: entities))
                }
            }
        }
        return sentences
    }

    static func bio(_ words: [String], _ type: String) -> [String] {
        words.indices.map { $0 == 0 ? "B-" + type : "I-" + type }
    }

    static let trainer = EntityTrainer(iterations: 5, minimumWordCount: 1, minimumPlainCount: 5)

    @Test("The recognizer learns a small corpus")
    func learns() {
        let recognizer = Self.trainer.train(Self.toyCorpus())
        let forms = ["Angela", "Merkel", "visited", "Japan", "on", "Friday", "."]
        let spans = recognizer.entities(forms: forms, tags: ["NNP", "NNP", "VBD", "NNP", "IN", "NNP", "."])
        #expect(spans == [EntitySpan(start: 0, end: 2, type: "PERSON"), EntitySpan(start: 3, end: 4, type: "GPE"),
                          EntitySpan(start: 5, end: 6, type: "DATE")])
        #expect(recognizer.bioTags(forms: forms, tags: ["NNP", "NNP", "VBD", "NNP", "IN", "NNP", "."])
            == ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-DATE", "O"])
    }

    @Test("The BILUO scheme learns the same corpus")
    func learnsBILUO() {
        var trainer = Self.trainer
        trainer.biluo = true
        let recognizer = trainer.train(Self.toyCorpus())
        #expect(recognizer.labelNames.contains("U-GPE"))
        let spans = recognizer.entities(forms: ["Xi", "visited", "New", "Zealand", "on", "Monday", "."],
                                        tags: ["NNP", "VBD", "NNP", "NNP", "IN", "NNP", "."])
        #expect(spans == [EntitySpan(start: 0, end: 1, type: "PERSON"), EntitySpan(start: 2, end: 4, type: "GPE"),
                          EntitySpan(start: 5, end: 6, type: "DATE")])
    }

    /// Checks that spans are in bounds, non-empty, ordered and not overlapping, and that the BIO tags agree.
    static func expectValid(_ recognizer: EntityRecognizer, _ forms: [String], _ tags: [String]) {
        let spans = recognizer.entities(forms: forms, tags: tags)
        var covered = 0
        for span in spans {
            #expect(span.start >= covered && span.start < span.end && span.end <= forms.count)
            #expect(recognizer.types.contains(span.type))
            covered = span.end
        }
        let bio = recognizer.bioTags(forms: forms, tags: tags)
        #expect(bio.count == forms.count)
        for (i, tag) in bio.enumerated() where tag.hasPrefix("I-") {
            #expect(i > 0 && bio[i - 1] != "O" && bio[i - 1].dropFirst(2) == tag.dropFirst(2), "I- without B- at \(i)")
        }
        #expect(EntitySpan.spans(bio: bio) == spans)
    }

    @Test("Spans are always valid, even for odd input", arguments: [false, true])
    func alwaysValid(biluo: Bool) {
        var trainer = Self.trainer
        trainer.biluo = biluo
        let recognizer = trainer.train(Self.toyCorpus())
        #expect(recognizer.entities(forms: [], tags: []).isEmpty)
        #expect(recognizer.bioTags(forms: [], tags: []).isEmpty)
        Self.expectValid(recognizer, ["Merkel"], ["NNP"])
        Self.expectValid(recognizer, ["SOUTH", "AFRICA", "VISITED", "NEW", "ZEALAND", "ON", "MONDAY"],
                         ["NNP", "NNP", "VBD", "NNP", "NNP", "IN", "NNP"])
        Self.expectValid(recognizer, ["🇰🇪", "Merkel", "👍🏽", "Zealand", "🙂"], ["NNP", "NNP", "NNP", "NNP", "."])
        Self.expectValid(recognizer, ["Путин", "посетил", "Кению", "習近平", "ナイロビ", "القاهرة"],
                         ["NNP", "VBD", "NNP", "NNP", "NNP", "NNP"])
        var generator = SeededGenerator(seed: 7)
        let words = ["Angela", "Merkel", "New", "Zealand", "visited", "on", "Friday", ".", "Kenya", "the", "Joe"]
        let tags = ["NNP", "VBD", "IN", "DT", "."]
        let forms = (0..<2_000).map { _ in words.randomElement(using: &generator)! }
        Self.expectValid(recognizer, forms, forms.map { _ in tags.randomElement(using: &generator)! })
    }

    @Test("A model read back from its bytes gives the same entities")
    func roundTrip() throws {
        let recognizer = Self.trainer.train(Self.toyCorpus())
        let bytes = recognizer.serialized()
        let loaded = try EntityRecognizer(serialized: bytes)
        #expect(loaded.labelNames == recognizer.labelNames)
        #expect(loaded.serialized() == bytes)
        for sentence in Self.toyCorpus().prefix(20) {
            #expect(loaded.entities(forms: sentence.forms, tags: sentence.xpos)
                == recognizer.entities(forms: sentence.forms, tags: sentence.xpos))
        }
    }

    @Test("Damaged model files are rejected with a message")
    func corruptFiles() {
        let bytes = Self.trainer.train(Self.toyCorpus()).serialized()
        #expect(throws: ModelFormatError.self) { try EntityRecognizer(serialized: []) }
        #expect(throws: ModelFormatError.self) { try EntityRecognizer(serialized: Array("DYADTAG1".utf8) + bytes.dropFirst(8)) }
        #expect(throws: ModelFormatError.self) { try EntityRecognizer(serialized: Array(bytes.dropLast(3))) }
        #expect(throws: ModelFormatError.self) { try EntityRecognizer(serialized: bytes + [0]) }
        var version = bytes
        version[8] = 99
        #expect(throws: ModelFormatError.self) { try EntityRecognizer(serialized: version) }
        var badLabel = bytes
        // The first label, "O", starts after magic, version, label count and its length.
        badLabel[20] = UInt8(ascii: "Q")
        do {
            _ = try EntityRecognizer(serialized: badLabel, file: "entities.bin")
            Issue.record("a bad label was accepted")
        } catch {
            #expect(error.file == "entities.bin")
            #expect(error.message.contains("label"))
        }
    }

    @Test("Training is deterministic")
    func deterministic() {
        let corpus = Self.toyCorpus()
        #expect(Self.trainer.train(corpus).serialized() == Self.trainer.train(corpus).serialized())
        var other = Self.trainer
        other.seed = 2
        _ = other.train(corpus)
    }
}
