import DyadCore

/// The verb a verb governs, and what kind of clause it is: the complement patterns' `comp=` cue reads.
extension ClauseReader {
    /// The verb `verb` governs: its xcomp or ccomp, else one hanging on its object or on "ready" ("expressed
    /// readiness to mediate", "stood ready to help").
    func governedVerb(of verb: Int, object: Int?) -> Int? {
        // One after the verb first: a clause before it may be another the parser hung on it ("held talks …, and
        // agreed that a nuclear war should never be fought", "held" under "agreed").
        let complements = kids(verb, ["xcomp", "ccomp"])
        if let direct = complements.first(where: { $0 > verb }) ?? complements.first {
            if ["ready", "willing", "prepared", "able"].contains(lemma(direct)), let inner = kids(direct, ["xcomp"]).first {
                return inner
            }
            return direct
        }
        if let adjective = kids(verb, ["acomp"]).first, let inner = kids(adjective, ["xcomp"]).first { return inner }
        if let object, let inner = kids(object, ["acl", "xcomp", "relcl"]).first(where: { isVerb($0) }) { return inner }
        // "demanded on Wednesday that Russia explain": a "that" clause the parser hung on the verb as an adverbial
        // clause after a phrase is its complement.
        if let clause = thatClause(of: verb) { return clause }
        // "rallied to oust X": a purpose clause
        if let purpose = kids(verb, ["advcl"]).first(where: { kids($0, ["aux"]).contains { lemma($0) == "to" } }) {
            return purpose
        }
        // "accused X of spying", "threatened to retaliate by cutting"
        for preposition in kids(verb, ["prep"]) {
            if let inner = kids(preposition, ["pcomp"]).first(where: { isVerb($0) }) { return inner }
        }
        return nil
    }

    /// Whether a governed clause states a norm rather than an act: a "that" clause under a modal of obligation whose
    /// verb is passive or negated.
    func isStatedNorm(_ governed: Int) -> Bool {
        deprel(governed) == "ccomp"
            && kids(governed, ["aux"]).contains(where: { ["must", "should", "can", "cannot"].contains(lemma($0)) })
            && (!kids(governed, ["auxpass", "nsubjpass"]).isEmpty || kids(governed, ["neg"]).contains { lemma($0) == "never" })
    }

    /// Verbs of help whose object is whom an aid pledge or gift is for.
    static let helpVerbs: Set<String> = ["help", "assist", "support", "rebuild", "aid"]
}
