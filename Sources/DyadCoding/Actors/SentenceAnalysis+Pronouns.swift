import DyadCore
import DyadLexicon

/// Which person a personal pronoun is not: the subject of its own verb ("the Iranian president phoned him"), or the
/// name it is coordinated with ("he and Abe agreed").
extension SentenceAnalysis {
    /// Whether an object pronoun ("him", "her") hangs on a verb whose subject is `person`'s mention (its entry and code).
    func isObjectOfOwnSubject(_ pronoun: Clue, person: String, code: ActorCode) -> Bool {
        let token = syntacticHead(of: pronoun.tokens)
        guard ["him", "her"].contains(form(token).lowercasedIfNeeded()) else { return false }
        // Also a subject the parser hung elsewhere: "after the Iranian president phoned him".
        let subjects = subjects(ofVerbOver: token, orNounBefore: true)
        // The subject's clue names the person's entry, and its country (or none) is the person's: "the Iranian
        // president", not "the Turkish president".
        return clues.contains { clue in
            guard subjects.contains(syntacticHead(of: clue.tokens)), case .lexicon(let hit) = clue.source,
                  lexicon.entries[hit.entry].id == person else { return false }
            let countries = clues.filter { $0.head == clue.head || $0.tokens.overlaps(clue.tokens) }.compactMap { country(of: $0) }
            return countries.isEmpty || countries.contains(code.principal.code)
        }
    }

    /// Whether the pronoun is coordinated with a name of `person` ("he and Abe", "Abe and he").
    func isCoordinated(_ pronoun: Clue, withPerson person: String) -> Bool {
        let token = pronoun.tokens.lowerBound
        let partners = sentence.tokens.filter { head($0) == token && deprel($0) == "conj" }
            + (deprel(token) == "conj" ? [head(token)] : [])
        return partners.contains { partner in
            clues.contains { clue in
                guard clue.tokens.contains(partner), case .lexicon(let hit) = clue.source else { return false }
                return lexicon.entries[hit.entry].id == person
            }
        }
    }
}
