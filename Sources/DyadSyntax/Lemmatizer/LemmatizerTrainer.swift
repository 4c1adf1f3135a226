/// Learns a `Lemmatizer` from annotated sentences: for every part of speech and word ending, the most frequent
/// suffix rewrite; every seen word whose lemma the rules would get wrong becomes an exception.
public struct LemmatizerTrainer: Sendable {
    /// Longest word ending the rules look at.
    public var maxEnding: Int
    /// Fewest words an ending must have been seen with before its rule is trusted.
    public var minimumEvidence: Int

    /// Creates a trainer with these settings.
    public init(maxEnding: Int = 5, minimumEvidence: Int = 3) {
        self.maxEnding = maxEnding
        self.minimumEvidence = minimumEvidence
    }

    /// Trains on the forms, UPOS tags and lemmas of `sentences`.
    public func train(_ sentences: [AnnotatedSentence]) -> Lemmatizer {
        // Distinct (UPOS, word) pairs with their most frequent lemma.
        var lemmaCounts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for k in 0..<sentence.count {
                let upos = sentence.upos[k]
                let form = Lemmatizer.keptAsWritten.contains(upos) ? sentence.forms[k] : sentence.forms[k].lowercased()
                lemmaCounts[upos + " " + form, default: [:]][sentence.lemmas[k], default: 0] += 1
            }
        }
        var words: [(upos: String, word: String, lemma: String)] = []
        for (key, counts) in lemmaCounts {
            let space = key.firstIndex(of: " ")!
            let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            words.append((String(key[..<space]), String(key[key.index(after: space)...]), best))
        }
        words.sort { ($0.upos, $0.word) < ($1.upos, $1.word) }
        // For each UPOS and ending, count the rewrite each word needs.
        var ruleCounts: [String: [Lemmatizer.Rule: Int]] = [:]
        for entry in words where !Lemmatizer.keptAsWritten.contains(entry.upos) {
            let rule = Self.rule(from: entry.word, to: entry.lemma)
            let characters = Array(entry.word)
            for length in 0...min(maxEnding, characters.count) {
                let ending = String(characters.suffix(length))
                guard ending.hasSuffix(rule.strip) || rule.strip.count > length else { continue }
                ruleCounts[entry.upos + " " + ending, default: [:]][rule, default: 0] += 1
            }
        }
        var rules: [String: Lemmatizer.Rule] = [:]
        for (key, counts) in ruleCounts {
            let total = counts.values.reduce(0, +)
            guard total >= minimumEvidence || key.hasSuffix(" ") else { continue }
            let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.description > $1.key.description) }!
            // Only rules that can apply to every word with this ending.
            let ending = String(key[key.index(after: key.firstIndex(of: " ")!)...])
            if ending.hasSuffix(best.key.strip) { rules[key] = best.key }
        }
        var lemmatizer = Lemmatizer(exceptions: [:], rules: rules, maxEnding: maxEnding)
        var exceptions: [String: String] = [:]
        for entry in words where lemmatizer.lemma(of: entry.word, upos: entry.upos).lemma != entry.lemma {
            exceptions[entry.upos + " " + entry.word] = entry.lemma
        }
        lemmatizer = Lemmatizer(exceptions: exceptions, rules: rules, maxEnding: maxEnding)
        return lemmatizer
    }

    /// The smallest suffix rewrite that turns `word` into `lemma`.
    static func rule(from word: String, to lemma: String) -> Lemmatizer.Rule {
        let a = Array(word), b = Array(lemma)
        var common = 0
        while common < a.count && common < b.count && a[common] == b[common] { common += 1 }
        return Lemmatizer.Rule(strip: String(a[common...]), add: String(b[common...]))
    }
}
