import DyadCore
import DyadLexicon

/// The discard phrases of a lexicon (`[discard sports]`), by their first word, for finding the sentences that code no
/// event: sports, markets and weather written with conflict words ("the Blue Jays rallied past the Yankees").
struct DiscardIndex: Sendable {
    /// One phrase: its words (a hyphenated word as its parts and "-", as the tokenizer splits it), and its entry.
    struct Phrase: Sendable {
        let words: [String]
        let text: String
        let name: String
        let location: SourceLocation
    }

    /// What a sentence was discarded for.
    struct Hit: Sendable {
        /// The phrase's first token.
        let token: Int
        let phrase: Phrase

        /// The reason `dyad explain` gives.
        var reason: String {
            "the sentence is discarded: '\(phrase.text)' is a \(phrase.name) phrase (\(phrase.location))"
        }
    }

    /// First word → the phrases that start with it.
    let phrases: [String: [Phrase]]

    /// Indexes the discard entries of `lexicon`.
    init(lexicon: Lexicon) {
        var phrases: [String: [Phrase]] = [:]
        for discard in lexicon.discards {
            for text in discard.phrases {
                let words = Self.words(of: text)
                guard let first = words.first else { continue }
                phrases[first, default: []].append(Phrase(words: words, text: text, name: discard.name,
                                                          location: discard.location))
            }
        }
        self.phrases = phrases
    }

    /// The words of a phrase as the tokenizer splits them: at spaces, and around hyphens.
    static func words(of text: String) -> [String] {
        text.split(separator: " ").flatMap { word -> [String] in
            let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count > 1 else { return [String(word)] }
            return Array(parts.map { [$0] }.joined(separator: ["-"])).filter { !$0.isEmpty }
        }
    }

    /// The first discard phrase of the sentence, matched word by word on lower-cased forms or lemmas ("touchdowns"
    /// matches "touchdown"), if any.
    func hit(in clause: ClauseReader) -> Hit? {
        guard !phrases.isEmpty else { return nil }
        let tokens = clause.sentence.tokens
        func matches(_ token: Int, _ word: String) -> Bool {
            clause.form(token).lowercasedIfNeeded() == word || clause.lemma(token) == word
        }
        // The first word by its form and by its lemma, which differ when the lemmatizer errs ("goalkeeper" read as
        // "goalkeep"); the form is looked up again only when it is not the lemma.
        for start in tokens {
            let lemma = clause.lemma(start), form = clause.form(start).lowercasedIfNeeded()
            let candidates = (phrases[lemma] ?? []) + (form == lemma ? [] : phrases[form] ?? [])
            for phrase in candidates where start + phrase.words.count <= tokens.upperBound {
                if phrase.words.indices.allSatisfy({ matches(start + $0, phrase.words[$0]) }) {
                    return Hit(token: start, phrase: phrase)
                }
            }
        }
        return nil
    }
}
