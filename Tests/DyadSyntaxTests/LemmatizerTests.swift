@testable import DyadSyntax
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

    @Test("The hashed path for ASCII words gives what the string-keyed tables give, lemma and reason alike")
    func hashedPathAgrees() throws {
        let trained = LemmatizerTrainer(minimumEvidence: 2).train(Self.sentences())
        let shipped = try? LanguageModels.bundled().lemmatizer
        let words = ["countries", "Countries", "said", "SAID", "talks", "visited", "embassies", "Pyongyang", "U.S.",
                     "re-open", "was", "children", "mice", "better", "1987", "", "a", "'s", "n't", "Kim's", "ies",
                     "OPEC", "ministers", "C\u{e9}zanne", "fl\u{fc}chtlinge", "\u{41f}\u{443}\u{442}\u{438}\u{43d}"]
        let tags = ["NOUN", "VERB", "PROPN", "ADJ", "ADV", "AUX", "NUM", "PUNCT", "X", "PART", "NOPE"]
        for lemmatizer in [trained] + (shipped.map { [$0] } ?? []) {
            for word in words {
                for upos in tags {
                    let fast = lemmatizer.lemma(of: word, upos: upos), slow = lemmatizer.lemmaByStrings(of: word, upos: upos)
                    #expect(fast.lemma == slow.lemma && fast.source == slow.source, "\(word) \(upos)")
                }
            }
        }
    }
}
