import DyadSyntax
import Testing

@Suite("Lemmatizer")
struct LemmatizerTests {
    /// A small training set: regular plurals and past tenses, an irregular verb, proper nouns.
    static func sentences() -> [AnnotatedSentence] {
        let rows: [(String, String, String)] = [
            ("countries", "country", "NOUN"), ("parties", "party", "NOUN"), ("cities", "city", "NOUN"),
            ("talks", "talk", "NOUN"), ("troops", "troop", "NOUN"), ("leaders", "leader", "NOUN"),
            ("ministers", "minister", "NOUN"), ("treaty", "treaty", "NOUN"),
            ("signed", "sign", "VERB"), ("visited", "visit", "VERB"), ("rejected", "reject", "VERB"),
            ("attacked", "attack", "VERB"), ("said", "say", "VERB"), ("said", "say", "VERB"),
            ("Russia", "Russia", "PROPN"), ("Kim", "Kim", "PROPN"),
        ]
        return rows.map { form, lemma, upos in
            AnnotatedSentence(forms: [form], lemmas: [lemma], upos: [upos], xpos: ["_"], heads: [0],
                              deprels: ["ROOT"], entities: ["O"])
        }
    }

    @Test("Rules generalise to unseen words; exceptions keep irregular forms; proper nouns stay as written")
    func learns() {
        let lemmatizer = LemmatizerTrainer(minimumEvidence: 2).train(Self.sentences())
        #expect(lemmatizer.lemma(of: "militias", upos: "NOUN").lemma == "militia")
        #expect(lemmatizer.lemma(of: "embassies", upos: "NOUN").lemma == "embassy")
        #expect(lemmatizer.lemma(of: "condemned", upos: "VERB").lemma == "condemn")
        #expect(lemmatizer.lemma(of: "said", upos: "VERB").lemma == "say")
        #expect(lemmatizer.lemma(of: "Said", upos: "VERB").lemma == "say")
        #expect(lemmatizer.lemma(of: "Pyongyang", upos: "PROPN").lemma == "Pyongyang")
        #expect(lemmatizer.lemma(of: "Treaty", upos: "NOUN").lemma == "treaty")
    }

    @Test("Every answer says where it came from")
    func explains() {
        let lemmatizer = LemmatizerTrainer(minimumEvidence: 2).train(Self.sentences())
        #expect(lemmatizer.lemma(of: "said", upos: "VERB").source == .exception)
        if case .rule(let rule, _) = lemmatizer.lemma(of: "embassies", upos: "NOUN").source {
            #expect(rule == Lemmatizer.Rule(strip: "ies", add: "y"))
        } else {
            Issue.record("expected a rule")
        }
    }
}
