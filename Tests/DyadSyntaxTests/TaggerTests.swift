import DyadCore
import DyadSyntax
import Testing

@Suite("CoNLL-U reading and the part-of-speech tagger")
struct TaggerTests {
    static let sample = """
        # newdoc id = d1
        # sent_id = d1-1
        # text = Russia signed the treaty.
        1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\tTokenRange=0:6|NER=B-GPE
        2\tsigned\tsign\tVERB\tVBD\t_\t0\tROOT\t_\tTokenRange=7:13|NER=O
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tTokenRange=14:17|NER=O
        4\ttreaty\ttreaty\tNOUN\tNN\t_\t2\tdobj\t_\tTokenRange=18:24|SpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tTokenRange=24:25

        """

    @Test("CoNLL-U sentences are read with every column and the NER field")
    func reading() {
        let (sentences, diagnostics) = CoNLLUReader().sentences(in: Self.sample, file: "s.conllu")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(sentences.count == 1)
        #expect(sentences.first?.forms == ["Russia", "signed", "the", "treaty", "."])
        #expect(sentences.first?.heads == [2, 0, 4, 2, 2])
        #expect(sentences.first?.entities == ["B-GPE", "O", "O", "O", "O"])
        #expect(sentences.first?.lemmas[1] == "sign")
    }

    @Test("A malformed sentence is skipped with its line; the others are kept")
    func malformed() {
        let broken = Self.sample + "\n1\tOnly\tfour\tcolumns\n\n" + Self.sample
        let (sentences, diagnostics) = CoNLLUReader().sentences(in: broken, file: "s.conllu")
        #expect(sentences.count == 2)
        #expect(diagnostics.count == 1 && diagnostics.first?.location.line == 10)
    }

    @Test("The tagger learns a small language and tags unseen combinations")
    func learns() {
        let subjects = ["Russia", "China", "Iran", "Brazil", "Kenya", "Japan"]
        let verbs = [("signed", "sign"), ("rejected", "reject"), ("praised", "praise"), ("signs", "sign")]
        let objects = ["treaty", "deal", "plan", "accord"]
        var sentences: [AnnotatedSentence] = []
        for (s, subject) in subjects.enumerated() {
            for (v, verb) in verbs.enumerated() where (s + v) % 3 != 0 {
                for object in objects {
                    let vbTag = verb.0.hasSuffix("s") && !verb.0.hasSuffix("ed") ? "VBZ" : "VBD"
                    sentences.append(AnnotatedSentence(
                        forms: [subject, verb.0, "the", object, "."], lemmas: [subject, verb.1, "the", object, "."],
                        upos: ["PROPN", "VERB", "DET", "NOUN", "PUNCT"], xpos: ["NNP", vbTag, "DT", "NN", "."],
                        heads: [2, 0, 4, 2, 2], deprels: ["nsubj", "ROOT", "det", "dobj", "punct"],
                        entities: ["B-GPE", "O", "O", "O", "O"]))
                }
            }
        }
        let tagger = TaggerTrainer(iterations: 5).train(sentences)
        // "Russia praised" never occurs in training ((0 + 2) % 3 != 0 is true, but "Kenya signed" is left out).
        let tags = tagger.tags(["Kenya", "signed", "the", "accord", "."])
        #expect(tags.map(\.xpos) == ["NNP", "VBD", "DT", "NN", "."])
        #expect(tags.map(\.upos) == ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    }

    @Test("Training is reproducible: the same data and seed give the same tags")
    func reproducible() {
        let (sentences, _) = CoNLLUReader().sentences(in: Self.sample + "\n" + Self.sample, file: "s")
        #expect(sentences.count == 2)
        let first = TaggerTrainer(iterations: 3, seed: 7).train(sentences)
        let second = TaggerTrainer(iterations: 3, seed: 7).train(sentences)
        #expect(first.tag(["Russia", "signed", "the", "treaty", "."]) == second.tag(["Russia", "signed", "the", "treaty", "."]))
    }

    @Test("Saved models read back: the tagger (quantised) tags alike, the lemmatizer exactly; bad files are errors")
    func serialization() throws {
        let (sentences, _) = CoNLLUReader().sentences(in: Self.sample + "\n" + Self.sample, file: "s")
        let tagger = TaggerTrainer(iterations: 3).train(sentences)
        let loaded = try PerceptronTagger(serialized: tagger.serialized())
        let words = ["Russia", "signed", "the", "treaty", "."]
        #expect(loaded.tag(words) == tagger.tag(words))
        let lemmatizer = LemmatizerTrainer(minimumEvidence: 1).train(sentences)
        let reread = try Lemmatizer(serialized: lemmatizer.serialized())
        #expect(reread.serialized() == lemmatizer.serialized())
        #expect(reread.lemma(of: "signed", upos: "VERB").lemma == "sign")
        // A tag dictionary tags its words without scoring, and survives the file.
        let withDictionary = tagger.withDictionary(from: sentences, minimumCount: 2, purity: 1)
        let the = try #require(withDictionary.dictionary["the"])
        #expect(withDictionary.labels[the].xpos == "DT" && withDictionary.tags(["the"]).first?.xpos == "DT")
        let reloaded = try PerceptronTagger(serialized: withDictionary.serialized())
        #expect(reloaded.dictionary == withDictionary.dictionary)
        #expect(reloaded.tag(words) == withDictionary.tag(words))
        #expect(throws: ModelFormatError.self) { try PerceptronTagger(serialized: Array("not a model".utf8)) }
        #expect(throws: ModelFormatError.self) { try PerceptronTagger(serialized: Array(tagger.serialized().dropLast(5))) }
        #expect(throws: ModelFormatError.self) { try Lemmatizer(serialized: "# dyad lemmatizer 1 max-ending=5\nrule\tNOUN\n") }
    }
}
