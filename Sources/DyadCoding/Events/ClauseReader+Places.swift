import DyadCore

/// Where an act happened, and the words that say whose its targets are by where they are or come from: venues,
/// places a guessed target is moved to, wrongs named with their doers, removals "from" a state, goods' origins.
extension ClauseReader {
    /// Prepositions that name where an act happened.
    static let venuePrepositions: Set<String> = ["in", "at", "near", "inside", "outside"]

    /// Whether `token` is the object of a place preposition ("in Bishkek", "at the White House").
    func isVenue(_ token: Int) -> Bool {
        deprel(token) == "pobj" && head(token) >= 0 && Self.venuePrepositions.contains(lemma(head(token)))
    }

    /// Nouns for wrongs whose doers a participle's "by" phrase names ("abuses committed by security forces"): the
    /// target of an inquiry into them or a condemnation of them.
    static let wrongdoingNouns: Set<String> = ["crime", "abuse", "killing", "atrocity", "violation", "massacre",
                                               "torture", "attack", "strike", "bombing", "shelling", "corruption",
                                               "fraud", "misconduct", "wrongdoing", "excess", "rape"]

    /// Verbs that send people away from where they were, whose "from" phrase names the state they belong to.
    static let removalVerbs: Set<String> = ["expel", "recall", "withdraw", "evacuate", "deport", "eject", "oust", "pull"]

    /// Participles that say where goods come from.
    static let originVerbs: Set<String> = ["import", "make", "produce", "manufacture", "ship", "export", "originate",
                                           "source", "grow"]

    /// A target whose country was only guessed from the sentence or document ("killed hundreds of people") takes
    /// the country where the verb says the act happened ("in southern Israel").
    /// With `toDestination`, a destination counts as the place too: whom a state deports "to China" with no
    /// nationality named are China's.
    func relocated(_ mention: ActorMention, verb: Int, toDestination: Bool = false) -> ActorMention {
        guard mention.hasGuessedCountry else { return mention }
        // The verb's own place, or that of the verb a participle hangs on ("stormed into Israel, killing ...").
        // Two levels: "stormed into southern Israel, killing hundreds and taking scores of hostages".
        var holders = [verb]
        while holders.count < 3, let last = holders.last, ["advcl", "conj", "xcomp"].contains(deprel(last)), head(last) >= 0 {
            holders.append(head(last))
        }
        // And the object's own place: "struck militant camps in eastern Libya".
        holders += kids(verb, ["dobj"])
        let places = holders.flatMap { holder in
            kids(holder, ["prep"]).filter {
                ["in", "into", "inside", "across", "throughout"].contains(lemma($0)) || (toDestination && lemma($0) == "to")
            }
        }
        for preposition in places {
            if let place = kids(preposition, ["pobj"]).first, let moved = mention.moved(to: mentions(at: place).first) {
                return moved
            }
        }
        // Or the place the act a participle hangs on struck: "pounded Zaporizhzhia with guided bombs, wounding 12
        // people" (the wounded are Ukraine's).
        for holder in holders.dropFirst() where holder != verb {
            for object in kids(holder, ["dobj"]) {
                if let moved = mention.moved(to: mentions(at: object).first(where: \.namesPlace)) { return moved }
            }
        }
        return mention
    }
}
