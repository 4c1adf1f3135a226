import DyadCore

/// Whom a chained act is aimed at, read from the act it governs ("demanded that Moscow release …", "pledged $90
/// million to help Laos clear bombs").
extension ClauseReader {
    /// Whether `token` lies below `ancestor` in the tree (at most eight levels down).
    func dominates(_ ancestor: Int, _ token: Int) -> Bool {
        var current = token
        for _ in 0..<8 {
            guard current >= 0, sentence.tokens.contains(current) else { return false }
            if head(current) == ancestor { return true }
            current = head(current)
        }
        return false
    }

    /// The token a governed verb acts on: its subject when it has its own ("that Moscow release"), else its
    /// object, else the object of a preposition naming an actor (on the object or the verb).
    func chainTargetToken(of governed: Int) -> Int? {
        if let subject = kids(governed, ["nsubj"]).first, !mentions(at: subject).isEmpty { return subject }
        // "to help Laos clear unexploded bombs": whom help is given to, as the subject of what it helps do.
        // The name right after the verb, however the parser hung it ("clear" read as an adjective on "bombs").
        if Self.helpVerbs.contains(lemma(governed)), sentence.tokens.contains(governed + 1), !mentions(at: governed + 1).isEmpty,
           dominates(governed, governed + 1) { return governed + 1 }
        var candidates = kids(governed, ["dobj"])
        // Two levels of phrases: "fire missiles at waters around the U.S. territory of Guam".
        var holders = candidates + [governed]
        for _ in 0..<2 {
            var next: [Int] = []
            for holder in holders {
                for preposition in kids(holder, ["prep"])
                where ["to", "with", "from", "against", "on", "of", "by", "between", "at", "around", "near"].contains(lemma(preposition)) {
                    next += kids(preposition, ["pobj"])
                }
            }
            candidates += next
            holders = next
        }
        // Else an object's owner: "would strike U.S. bases".
        return candidates.first { !actors(at: $0).isEmpty } ?? candidates.lazy.compactMap { self.owner(of: $0) }.first
    }
}
