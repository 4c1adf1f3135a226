import DyadCore
import DyadLexicon

/// Which country a phrase or a sentence names for an actor: a country in the agent's prepositional phrase, countries
/// coordinated with each other, a noun in apposition, an organisation named with "of", the sender of troops, and the
/// one country where the sentence places what happens.
extension SentenceAnalysis {
    /// The countries named in a prepositional phrase of the agent ("police in Kenya", "troops from Chad"): the first
    /// found, with the countries coordinated with it ("the presidents of Kyrgyzstan and Tajikistan").
    func countriesAttached(to agentHead: Int, prepositions: Set<String> = ["in", "of", "from"]) -> [String] {
        for clue in clues where isKind(clue, .country) {
            guard case .lexicon(let hit) = clue.source, hit.field != .seat else { continue }
            let noun = syntacticHead(of: clue.tokens)
            var token = noun
            var crossedPreposition = false
            for _ in 0..<5 {
                let parent = head(token)
                guard parent >= 0 else { break }
                if deprel(token) == "prep" {
                    guard prepositions.contains(form(token).lowercasedIfNeeded()) else { break }
                    crossedPreposition = true
                }
                if parent == agentHead {
                    guard crossedPreposition else { return [] }
                    var countries = [lexicon.entries[hit.entry].code.code]
                    for other in clues where isKind(other, .country) {
                        guard case .lexicon(let otherHit) = other.source, otherHit.field != .seat else { continue }
                        let code = lexicon.entries[otherHit.entry].code.code
                        if isConjunct(syntacticHead(of: other.tokens), of: noun), !countries.contains(code) {
                            countries.append(code)
                        }
                    }
                    return countries
                }
                token = parent
            }
        }
        return []
    }

    /// The first two different countries coordinated with each other before `end` ("Finland's and Sweden's bids",
    /// "Russian and Ukrainian forces"), if any.
    func coordinatedCountries(before end: Int) -> [String]? {
        let countries = clues.compactMap { clue -> (token: Int, code: String)? in
            guard isKind(clue, .country), clue.tokens.upperBound <= end, let code = country(of: clue) else { return nil }
            return (syntacticHead(of: clue.tokens), code)
        }
        for first in countries {
            for second in countries where second.code != first.code && isConjunct(second.token, of: first.token) {
                return [first.code, second.code]
            }
        }
        return nil
    }

    /// The country of the noun a name stands in apposition to, itself or as one of a list: "two Americans, Ryan
    /// Corbett and William McKenty".
    func apposedCountry(_ head: Int) -> String? {
        var token = head
        for _ in 0..<4 where deprel(token) == "conj" && self.head(token) >= 0 { token = self.head(token) }
        let noun: Int
        if token != head, ["NNS", "NNPS"].contains(xpos(token)), form(token + 1) == "," {
            noun = token   // the parser's reading of the list as coordinated with the plural it names
        } else {
            guard deprel(token) == "appos", self.head(token) >= 0 else { return nil }
            noun = self.head(token)
        }
        let countries = Set(clues.filter { $0.head == noun }.compactMap { country(of: $0) })
        return countries.count == 1 ? countries.first : nil
    }

    /// Whether `token` is coordinated under `first` ("Kyrgyzstan and Tajikistan", "Chad, Niger and Mali").
    func isConjunct(_ token: Int, of first: Int) -> Bool {
        var current = token
        for _ in 0..<6 {
            guard deprel(current) == "conj", head(current) >= 0 else { return false }
            current = head(current)
            if current == first { return true }
        }
        return false
    }

    /// An international organisation the agent belongs to by "of" ("foreign ministers of the Group of Seven",
    /// "troops of the African Union"): its lexicon entry.
    func organisationAttached(to agentHead: Int) -> Int? {
        for clue in clues where isKind(clue, .organisation) {
            guard case .lexicon(let hit) = clue.source, lexicon.entries[hit.entry].code.code.hasPrefix("IGO") else { continue }
            let noun = syntacticHead(of: clue.tokens)
            let preposition = head(noun)
            guard deprel(noun) == "pobj", preposition >= 0, deprel(preposition) == "prep",
                  form(preposition).lowercasedIfNeeded() == "of", head(preposition) == agentHead else { continue }
            return hit.entry
        }
        return nil
    }

    /// The country of a leader whose administration or government the agent belongs to by "of" ("officials of the
    /// outgoing Trump administration", "ministers of the Netanyahu government").
    func leaderAttached(to agentHead: Int) -> String? {
        for clue in clues where isKind(clue, .person) {
            // The name, or the noun it modifies ("Trump" in "the Trump administration").
            var noun = syntacticHead(of: clue.tokens)
            if ["compound", "nmod", "poss"].contains(deprel(noun)), head(noun) >= 0 { noun = head(noun) }
            guard Self.administrationNouns.contains(form(noun).lowercasedIfNeeded()), deprel(noun) == "pobj" else { continue }
            let preposition = head(noun)
            guard preposition >= 0, form(preposition).lowercasedIfNeeded() == "of", head(preposition) == agentHead,
                  let country = country(of: clue) else { continue }
            return country
        }
        return nil
    }

    /// Nouns that make a leader's name stand for the government he leads.
    static let administrationNouns: Set<String> = ["administration", "government", "cabinet", "regime"]

    /// Verbs whose subject moves its own forces or envoys: "North Korea sent troops" are North Korea's troops.
    static let ownForceVerbs: Set<String> = ["send", "dispatch", "deploy", "redeploy", "withdraw", "station",
                                                     "mobilize", "mobilise", "rush", "recall", "pull", "move"]

    /// The subjects of the verb whose object (direct, indirect, or of its preposition) `noun` is; with `orNounBefore`,
    /// the noun right before a verb the parser left without one ("after the Iranian president phoned him",
    /// "president" read as the object of "after").
    func subjects(ofVerbOver noun: Int, orNounBefore: Bool = false) -> [Int] {
        guard ["dobj", "pobj", "dative"].contains(deprel(noun)) else { return [] }
        var verb = head(noun)
        if deprel(noun) == "pobj", verb >= 0 { verb = head(verb) }
        guard verb >= 0, xpos(verb).hasPrefix("VB") else { return [] }
        let subjects = sentence.tokens.filter { head($0) == verb && deprel($0) == "nsubj" }
        if subjects.isEmpty, orNounBefore, verb > sentence.tokens.lowerBound, isNoun(verb - 1) { return [verb - 1] }
        return subjects
    }

    /// The country of the subject of a send/deploy/withdraw verb whose direct object the agent is.
    func countryOfSender(ofObject agentHead: Int) -> String? {
        guard deprel(agentHead) == "dobj", Self.ownForceVerbs.contains(lemma(head(agentHead)).lowercasedIfNeeded())
        else { return nil }
        for token in subjects(ofVerbOver: agentHead) {
            for clue in clues where clue.tokens.contains(token) {
                if let code = country(of: clue) { return code }
            }
        }
        return nil
    }

    /// The one country where the sentence places what happens: that of its place names, and of the countries named
    /// in its "in", "near", "at" … phrases or as their nouns' owners ("in Pakistan's Bajaur district"); nil when it
    /// names none or several. Clues within `excluding` do not count.
    func placeCountry(excluding: Range<Int>) -> String? {
        let found = Set(placeNames().filter { !excluding.overlaps($0.clue.tokens) }.map(\.code))
        return found.count == 1 ? found.first : nil
    }

    /// The country clues of the sentence that name where something happens: place names, and countries in "in",
    /// "near", "at" … phrases or owning their nouns; with each its head noun and country.
    func placeNames() -> [(clue: Clue, noun: Int, code: String)] {
        clues.compactMap { clue in
            guard isKind(clue, .country), case .lexicon(let hit) = clue.source, hit.field != .seat,
                  let code = country(of: clue) else { return nil }
            let noun = syntacticHead(of: clue.tokens)
            return hit.field == .place || isLocative(noun) ? (clue, noun, code) : nil
        }
    }

    /// The one country of the place phrases under `holder` in its own clause: a verb's, on it or on its object
    /// ("stormed the embassy in Quito"), or a noun's ("Islamic State targets in Syria"), not another clause's: nil when
    /// they name none or several.
    func placeCountry(under holder: Int) -> String? {
        guard holder >= 0 else { return nil }
        var found: Set<String> = []
        for (_, noun, code) in placeNames() {
            // An embassy's owner is not where it stands: "near the entrance of Russia's embassy in Kabul".
            if deprel(noun) == "poss", head(noun) >= 0, Self.missionNouns.contains(lemma(head(noun))) { continue }
            var current = noun
            for _ in 0..<6 {
                let parent = head(current)
                // Another clause's verb ends the walk; a coordinated noun does not ("at U.S. and Iraqi outposts").
                guard parent >= 0, !Self.clauseLinks.contains(deprel(current))
                        || (deprel(current) == "conj" && !xpos(current).hasPrefix("VB")) else { break }
                if parent == holder { found.insert(code); break }
                current = parent
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Where a group named in a clause acts, when the sentence names several places: the place of the phrase it
    /// modifies ("Islamic State targets in Syria"), else of its own clause ("air strikes against Islamic State around
    /// the Syrian town of al-Bab").
    func groupPlace(of group: Int) -> String? {
        let noun = ["compound", "amod", "poss", "nmod"].contains(deprel(group)) && head(group) >= 0 ? head(group) : group
        if let place = placeCountry(under: noun) { return place }
        var clause = noun
        for _ in 0..<6 where head(clause) >= 0 && !xpos(clause).hasPrefix("VB") { clause = head(clause) }
        return xpos(clause).hasPrefix("VB") ? placeCountry(under: clause) : nil
    }

    /// Nouns for a state's mission abroad.
    static let missionNouns: Set<String> = ["embassy", "consulate", "mission", "legation", "chancery"]

    /// Links to a clause of its own, which a place phrase may not cross to reach another clause's verb.
    static let clauseLinks: Set<String> = ["advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "parataxis", "pcomp"]

    /// Whether `token` lies in a phrase of place: the object of "in", "near", "at" …, or the owner, modifier or "of"
    /// object of such a phrase's noun.
    func isLocative(_ token: Int) -> Bool {
        var current = token
        for _ in 0..<5 {
            let parent = head(current)
            guard parent >= 0 else { return false }
            switch deprel(current) {
            case "pobj" where Self.placePrepositions.contains(form(parent).lowercasedIfNeeded()): return true
            case "pobj" where form(parent).lowercasedIfNeeded() == "of", "prep" where form(current).lowercasedIfNeeded() == "of",
                 "poss", "amod", "compound", "nmod", "appos": current = parent
            default: return false
            }
        }
        return false
    }

    /// Prepositions of place.
    static let placePrepositions: Set<String> = ["in", "near", "at", "across", "around", "outside", "inside", "into"]
}
