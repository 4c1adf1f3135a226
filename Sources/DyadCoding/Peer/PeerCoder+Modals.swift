import DyadCore
import DyadLexicon

extension PeerCoder {
    /// The verb a TABARI dictionary modal stands in for: TABARI finds verbs by its dictionary, so `SHOULD [101]`
    /// codes "Gondor should apply …" as a verb, with the clause and arguments of the verb it helps (`apply`);
    /// nil for any other token, and in PETRARCH, which codes the main verb.
    func modalHead(of token: Int, in sentence: PeerSentence) -> Int? {
        guard rules.dialect == .tabari, sentence.xpos[token] == "MD", sentence.deprels[token] == "aux",
              sentence.heads[token] >= 0 else { return nil }
        return sentence.heads[token]
    }

    /// Whether `token` is a modal the verb dictionary knows (see ``modalHead(of:in:)``).
    func isDictionaryModal(_ token: Int, in sentence: PeerSentence) -> Bool {
        modalHead(of: token, in: sentence) != nil && !verbEntries(at: token, in: sentence).isEmpty
    }

    /// The source TABARI gives a pattern with words before the verb and no `$`: the nearest actor before the
    /// first of those words ("Arnor suggested Gondor should apply …" → Arnor, for `- SUGGESTED * APPLY`); nil
    /// when the dialect is not TABARI, the pattern binds its source, or no actor comes before.
    func sourceBeforePattern(_ binding: PeerPatternMatcher.Binding, in sentence: PeerSentence) -> [String]? {
        guard rules.dialect == .tabari, binding.source == nil, !(binding.compound != nil && binding.compoundIsSource),
              let first = binding.firstWordBefore,
              let nearest = sentence.actors.filter({ $0.range.upperBound <= first })
                .max(by: { $0.range.upperBound < $1.range.upperBound }) else { return nil }
        let codes = sentence.codes(ofArgument: sentence.phraseHead(of: nearest.range))
        return codes.isEmpty ? nil : codes
    }
}
