import DyadCore
import DyadLexicon

extension PeerCoder {
    /// TABARI's `SET: CODE …` setting: how many of a sentence's verbs code, read left to right.
    public enum CodeBy: String, Sendable, Equatable {
        /// `CODE BY CLAUSE` (TABARI's default): the first verb that codes in each clause, clauses split at a
        /// conjunction joining verbs ("… or assail Arnor on Thursday but Dagolath promised aid").
        case clause
        /// `CODE BY SENTENCE`: the first verb that codes.
        case sentence
        /// `CODE ALL`: every verb, also those in the complement of a verb that coded ("urged Bree to assist").
        case all

        /// The setting a `SET:` argument names (`CODE BY SENTENCE`, `CODE ALL`), or nil.
        init?(setting: String) {
            let words = setting.split(separator: " ").map { $0.uppercased() }
            switch words {
            case ["CODE", "BY", "CLAUSE"]: self = .clause
            case ["CODE", "BY", "SENTENCE"]: self = .sentence
            case ["CODE", "ALL"]: self = .all
            default: return nil
            }
        }
    }

    /// For each token, the number of the TABARI clause it is in: a new clause starts at each coordinating
    /// conjunction that joins two verbs.
    func clauseSegments(in sentence: PeerSentence) -> [Int] {
        var segment = 0
        return (0..<sentence.count).map { token in
            if sentence.xpos[token] == "CC", sentence.heads[token] >= 0,
               sentence.xpos[sentence.heads[token]].startsWithUTF8("VB") { segment += 1 }
            return segment
        }
    }

    /// Whether TABARI reads `verb` as a verb where the parse reads a noun ("was in on accord with …"): its target
    /// is then the next actor after it, in whatever phrase the parse puts that actor.
    func readsAsNoun(_ verb: Int, in sentence: PeerSentence) -> Bool {
        rules.dialect == .tabari && !sentence.xpos[verb].startsWithUTF8("VB") && sentence.xpos[verb] != "MD"
    }

    /// The source TABARI gives the second verb of a compound verb phrase without a subject of its own: that of
    /// the first ("Gondor accepts that Calenardon might affirm an attack … or assail Arnor" → Gondor, as for
    /// `affirm`); nil outside TABARI or when the verb is no such conjunct.
    func sharedSource(of verb: Int, in sentence: PeerSentence) -> [String]? {
        guard rules.dialect == .tabari, sentence.deprels[verb] == "conj", sentence.heads[verb] >= 0,
              sentence.kids(verb, ["nsubj", "nsubjpass"]).isEmpty else { return nil }
        let first = sentence.heads[verb]
        guard sentence.xpos[first].startsWithUTF8("VB") else { return nil }
        let sources = arguments(of: first, clause: sentence.clause(of: first), in: sentence).sources
        return sources.isEmpty ? nil : sources
    }

    /// The articles after which TABARI never reads a verb ("in an accord").
    static let articles: Set<String> = ["A", "AN", "THE"]

    /// Tags before a word that make it a noun rather than a verb ("the restore", "its voice").
    static let nounMarkers: Set<String> = ["DT", "PRP$", "POS", "JJ", "CD"]

    /// Whether `token` is a non-verb after a determiner other than an article, a possessive, an adjective or a
    /// number: TABARI (read with its options) tries
    /// it as a verb, but only one of its patterns makes it one. (After an article it is never one: "in an
    /// accord", ``verbTokens(in:)``.)
    func isDeterminedNoun(_ token: Int, in sentence: PeerSentence) -> Bool {
        token > 0 && !sentence.xpos[token].startsWithUTF8("VB") && sentence.xpos[token] != "MD"
            && Self.nounMarkers.contains(sentence.xpos[token - 1])
    }

    /// The target TABARI (read with its options) gives a verb whose parse names none: the next actor after it in
    /// its clause (``clauseSegments(in:)``), past commas, whose asides `COMMA:` has already left out; nil
    /// without options or such an actor.
    func nextActorInSegment(after verb: Int, in sentence: PeerSentence) -> [String]? {
        guard options.codeBy != nil else { return nil }
        let segments = clauseSegments(in: sentence)
        guard let next = sentence.actors.first(where: {
            $0.range.lowerBound > verb && segments[$0.range.lowerBound] == segments[verb]
        }) else { return nil }
        let codes = sentence.codes(ofArgument: sentence.phraseHead(of: next.range))
        return codes.isEmpty ? nil : codes
    }

    /// The source TABARI (read with its options) gives a verb: the first actor of its clause
    /// (``clauseSegments(in:)``) before it, wherever the parse puts it ("Gondor accepts that Calenardon might
    /// affirm …" → Gondor; "Arnor is about to restore ties …, after Ent crowds burned down …" → Arnor for
    /// `burned`); nil without options or such an actor.
    func firstActorInSegment(before verb: Int, in sentence: PeerSentence) -> [String]? {
        guard options.codeBy != nil else { return nil }
        let segments = clauseSegments(in: sentence)
        guard let first = sentence.actors.first(where: {
            $0.range.upperBound <= verb && segments[$0.range.lowerBound] == segments[verb]
        }) else { return nil }
        let codes = sentence.codes(ofArgument: sentence.phraseHead(of: first.range))
        return codes.isEmpty ? nil : codes
    }

    /// Whether a non-verb after the word at `previous` may be a dictionary verb: not after a determiner,
    /// possessive, adjective or number ("the restore"), except, in TABARI read with its options, after anything
    /// but an article (then ``isDeterminedNoun(_:in:)`` asks a pattern of it).
    func mayReadAsVerb(after previous: Int, in sentence: PeerSentence) -> Bool {
        guard Self.nounMarkers.contains(sentence.xpos[previous]) else { return true }
        return options.codeBy != nil && !Self.articles.contains(sentence.words.words[previous])
    }
}
