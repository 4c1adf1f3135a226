import DyadCore

/// The words that can make a sentence code an event: every lemma with verb patterns (a multiword lemma by its
/// first word), their regular inflections (found by form when the lemmatizer errs), and the lemmas the rules outside
/// the verb patterns start from (intents and refusals, "rule out", "must", warnings, verdicts, retaliations,
/// forces arriving).
///
/// ``EventCoder`` codes a verb only through one of these (see ``EventCoder/verbTraces(of:in:coded:found:)`` and
/// ``ClauseReader/chainEvents(coded:entries:)``), so a sentence none of whose tokens has one as its lower-cased lemma
/// or form codes nothing, whatever its parse. A rule that starts from a new word must add it here; the tests check
/// the rules' word lists are included.
struct EventTriggers: Sendable {
    /// Lower-cased lemmas and forms.
    let words: Set<String>

    /// The trigger words of `index` and of the coder's rules.
    init(index: VerbIndex) {
        var words = Set<String>()
        for lemma in index.verbs.keys {
            words.insert(lemma)
            if let first = lemma.split(separator: " ").first { words.insert(String(first)) }
        }
        words.formUnion(index.forms.keys)
        words.formUnion(Self.ruleWords)
        self.words = words
    }

    /// The lemmas the coder's rules start from without a verb entry of their own.
    static var ruleWords: Set<String> {
        ClauseReader.cooperativeIntents.union(ClauseReader.refusals).union(["rule", "must"])
            .union(ClauseReader.warnings).union(ClauseReader.namingVerbs).union(ClauseReader.retaliations.keys)
            .union(ClauseReader.forceArrivals)
    }

    /// Whether a token of `sentence` has a trigger word as its lemma or form, both lower-cased as the coder reads
    /// them ("bases", read by the coder as "base", is an inflection of "base" when that is a verb lemma).
    func triggers(_ sentence: Sentence, in document: AnnotatedDocument) -> Bool {
        sentence.tokens.contains { token in
            words.contains(document.lemmas[token].lowercasedIfNeeded())
                || words.contains(document.text(of: document.tokens[token]).lowercasedIfNeeded())
        }
    }
}
