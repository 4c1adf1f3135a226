import DyadCore
import DyadSyntax
import DyadText
import Testing

/// The models shipped in the repository, on hand-checked sentences (golden parses) and on odd input.
@Suite("Shipped language models")
struct ShippedModelTests {
    static let models: LanguageModels? = try? LanguageModels.bundled()

    /// The words of `text` as the tokenizer splits them.
    static func forms(_ text: String) -> [String] {
        Tokenizer().tokenize(text).map { token in
            String(text.unicodeScalars[text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: token.start)
                ..< text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: token.end)])
        }
    }

    /// A relation a golden parse must contain: `dependent` attached to `head` ("ROOT" for the root) with `label`.
    struct Relation: CustomStringConvertible {
        var dependent: String, label: String, head: String
        var description: String { "\(dependent) --\(label)--> \(head)" }
    }

    /// The relations of the parse of `text`, as (dependent word, label, head word).
    static func relations(_ text: String, _ models: LanguageModels) -> [(String, String, String)] {
        let words = forms(text)
        let analysis = models.analyse(words)
        return words.indices.map { k in
            (words[k], analysis.deprels[k], analysis.heads[k] == 0 ? "ROOT" : words[analysis.heads[k] - 1])
        }
    }

    static let golden: [(text: String, relations: [Relation])] = [
        // Passive with agent: the agent, not the subject, did it.
        ("Russia was attacked by Ukraine.", [
            Relation(dependent: "attacked", label: "ROOT", head: "ROOT"),
            Relation(dependent: "Russia", label: "nsubjpass", head: "attacked"),
            Relation(dependent: "by", label: "agent", head: "attacked"),
            Relation(dependent: "Ukraine", label: "pobj", head: "by"),
        ]),
        // Coordinated subjects.
        ("Russia and China condemned the strike.", [
            Relation(dependent: "condemned", label: "ROOT", head: "ROOT"),
            Relation(dependent: "Russia", label: "nsubj", head: "condemned"),
            Relation(dependent: "China", label: "conj", head: "Russia"),
            Relation(dependent: "strike", label: "dobj", head: "condemned"),
        ]),
        // Apposition.
        ("Sergei Lavrov, Russia's foreign minister, met Wang Yi in Beijing on Tuesday.", [
            Relation(dependent: "met", label: "ROOT", head: "ROOT"),
            Relation(dependent: "Lavrov", label: "nsubj", head: "met"),
            Relation(dependent: "minister", label: "appos", head: "Lavrov"),
            Relation(dependent: "Yi", label: "dobj", head: "met"),
        ]),
        // Reported speech.
        ("The ministry said Israel attacked targets in Gaza.", [
            Relation(dependent: "said", label: "ROOT", head: "ROOT"),
            Relation(dependent: "ministry", label: "nsubj", head: "said"),
            Relation(dependent: "attacked", label: "ccomp", head: "said"),
            Relation(dependent: "Israel", label: "nsubj", head: "attacked"),
            Relation(dependent: "targets", label: "dobj", head: "attacked"),
        ]),
        // A question.
        ("Did Iran sign the agreement?", [
            Relation(dependent: "sign", label: "ROOT", head: "ROOT"),
            Relation(dependent: "Iran", label: "nsubj", head: "sign"),
            Relation(dependent: "agreement", label: "dobj", head: "sign"),
        ]),
        // A headline, without an article or a final stop.
        ("Putin visits Pyongyang", [
            Relation(dependent: "visits", label: "ROOT", head: "ROOT"),
            Relation(dependent: "Putin", label: "nsubj", head: "visits"),
            Relation(dependent: "Pyongyang", label: "dobj", head: "visits"),
        ]),
        // Negation and an infinitive complement.
        ("North Korea did not agree to resume talks with the United States.", [
            Relation(dependent: "agree", label: "ROOT", head: "ROOT"),
            Relation(dependent: "not", label: "neg", head: "agree"),
            Relation(dependent: "resume", label: "xcomp", head: "agree"),
            Relation(dependent: "talks", label: "dobj", head: "resume"),
        ]),
    ]

    @Test("Golden parses of hand-checked sentences: passive, coordination, apposition, reported speech, question, headline, negation",
          .enabled(if: models != nil, "the shipped models are missing from this build"))
    func goldenParses() throws {
        let models = try #require(Self.models)
        for (text, expected) in Self.golden {
            let found = Self.relations(text, models)
            for relation in expected {
                #expect(found.contains { $0 == (relation.dependent, relation.label, relation.head) },
                        "\(text): expected \(relation); parsed \(found.map { "\($0.0) --\($0.1)--> \($0.2)" })")
            }
        }
    }

    @Test("A hyphenated given name split by the tokenizer stays a name; English compounds on a name keep their reading",
          .enabled(if: models != nil, "the shipped models are missing from this build"))
    func hyphenatedGivenNames() throws {
        let models = try #require(Self.models)
        for (text, verb) in [("President Moon Jae-in met Kim Jong Un in Pyongyang on Tuesday.", "met"),
                             ("Beijing branded President Lai Ching-te a parasite.", "branded")] {
            let words = Self.forms(text)
            let analysis = models.analyse(words)
            let syllable = try #require(words.firstIndex(of: "-")) + 1
            #expect(analysis.xpos[syllable] == "NNP", "\(words[syllable]) in \(text): \(analysis.xpos)")
            #expect(Self.relations(text, models).contains { $0 == (verb, "ROOT", "ROOT") }, "\(Self.relations(text, models))")
        }
        for (text, word) in [("The Hong Kong-based company said profits fell.", "based"),
                             ("Police seized North Korea-made rifles.", "made")] {
            let words = Self.forms(text)
            let tag = models.analyse(words).xpos[try #require(words.firstIndex(of: word))]
            #expect(tag != "NNP", "\(word) in \(text) was read as a name")
        }
    }

    @Test("Entities of a news sentence", .enabled(if: models != nil, "the shipped models are missing from this build"))
    func entities() throws {
        let models = try #require(Self.models)
        let words = Self.forms("Alexander Matsegora, Russia's ambassador to North Korea, met officials in Pyongyang on Monday.")
        let spans = EntitySpan.spans(bio: models.analyse(words).entityTags)
        let named = spans.map { (words[$0.start..<$0.end].joined(separator: " "), $0.type) }
        for expected in [("Alexander Matsegora", "PERSON"), ("Russia", "GPE"), ("North Korea", "GPE"), ("Pyongyang", "GPE"),
                         ("Monday", "DATE")] {
            #expect(named.contains { $0 == expected }, "expected \(expected); found \(named)")
        }
    }

    @Test("Odd input parses into trees without a crash: capitals, no punctuation, emoji, other scripts, 2,000 words",
          .enabled(if: models != nil, "the shipped models are missing from this build"))
    func oddInput() throws {
        let models = try #require(Self.models)
        let texts = [
            "RUSSIA AND CHINA SIGN PACT TO BOOST TRADE AMID SANCTIONS",
            "north korea russia treaty signed kremlin says no details given",
            "Leaders 🤝 met in Kazan 🇷🇺 today 👍",
            "Путин встретился с Ким Чен Ыном в Пхеньяне.",
            "普京访问平壤 并与金正恩会谈",
            "زار بوتين بيونغ يانغ",
            "!!! ??? ... --- ;;;",
        ]
        for text in texts {
            let words = Self.forms(text)
            let analysis = models.analyse(words)
            Self.expectTree(analysis.heads, text)
            #expect(analysis.entityTags.count == words.count)
        }
        var generator = SeededGenerator(seed: 11)
        let vocabulary = Self.forms("The minister said on Tuesday that talks with China and Russia would resume , but the army rejected it .")
        let long = (0..<2_000).map { _ in vocabulary.randomElement(using: &generator)! }
        let clock = ContinuousClock()
        let start = clock.now
        let analysis = models.analyse(long)
        let elapsed = clock.now - start
        Self.expectTree(analysis.heads, "2,000 words")
        // Linear time: a 2,000-word sentence takes well under a second even in a debug build.
        #expect(elapsed < .seconds(5), "2,000 words took \(elapsed)")
    }

    static func expectTree(_ heads: [Int], _ text: String) {
        #expect(heads.filter { $0 == 0 }.count == (heads.isEmpty ? 0 : 1), "\(text): not exactly one root")
        for start in heads.indices {
            var node = start + 1, steps = 0
            while node != 0 && steps <= heads.count { node = heads[node - 1]; steps += 1 }
            #expect(node == 0, "\(text): token \(start + 1) does not reach the root")
        }
    }
}
