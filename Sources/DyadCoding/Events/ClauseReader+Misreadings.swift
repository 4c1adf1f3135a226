/// Clauses the sentence or the parser presents as something else than acts: mishaps that no one did, subordinate
/// clauses the parser made the root or read as prepositional phrases, what an appeal asks for, and a speech verb
/// that only attributes what came before it.
extension ClauseReader {
    // MARK: Mishaps

    /// Verbs of accidents and disasters: their subjects are no agents.
    static let mishapVerbs: Set<String> = ["crash", "collide", "derail", "capsize", "overturn", "erupt", "collapse",
                                           "plunge", "sink", "slam"]
    /// Those never said of an agent's act on an object ("collided head-on" reads "head" as an object).
    static let intransitiveMishaps: Set<String> = ["crash", "collide", "derail", "capsize", "erupt"]
    /// Natural hazards, which act in no event. Not "fire": "Israeli fire killed 20 people" is the army's.
    static let hazardNouns: Set<String> = ["wildfire", "bushfire", "blaze", "flood", "flooding", "storm",
                                           "hurricane", "typhoon", "cyclone", "tornado", "earthquake", "quake",
                                           "tremor", "tsunami", "landslide", "mudslide", "avalanche", "volcano",
                                           "eruption", "heatwave", "drought", "rain", "downpour", "monsoon",
                                           "blizzard", "snowstorm", "outbreak", "epidemic", "pandemic"]
    /// Weapons, whose crash into a place is a strike, not an accident ("a Ukrainian drone crashed into a high-rise").
    static let weaponNouns: Set<String> = ["drone", "missile", "rocket", "shell", "bomb", "projectile", "munition",
                                           "warhead", "mortar"]

    /// A natural hazard named by `token`; a plural the tagger took for a name ("Wildfires tore through"), which the
    /// entity recogniser may even take for a person, as well.
    func isHazard(_ token: Int) -> Bool {
        func hazard(_ word: String) -> Bool {
            Self.hazardNouns.contains(word) || word.hasSuffix("s") && Self.hazardNouns.contains(String(word.dropLast()))
        }
        // "Typhoon Kalmaegi", "Hurricane Ian": a named hazard, by its capitalised class word (not "flood relief teams").
        return hazard(lemma(token)) || document.xpos[token] == "NNP"
            && kids(token, ["compound"]).contains { $0 < token && hazard(lemma($0)) && form($0).first?.isUppercase == true }
    }

    /// Whether `verb` tells of an accident ("a passenger train and a freight train collided", "a military plane
    /// crashed into a mountain"): a mishap verb whose subject is no weapon, with no object (for those that can take
    /// one: "the navy sank a fishing boat" is an act).
    func isMishap(_ verb: Int) -> Bool {
        guard Self.mishapVerbs.contains(lemma(verb)),
              Self.intransitiveMishaps.contains(lemma(verb)) || kids(verb, ["dobj"]).isEmpty else { return false }
        return !kids(verb, ["nsubj"]).contains { Self.weaponNouns.contains(lemma($0)) }
    }

    // MARK: Subordinate clauses misread

    /// Subordinators the parser can read as prepositions, with the subject of their clause as its object.
    static let subordinators: Set<String> = ["after", "before", "since", "until", "as", "when", "while", "because"]
    /// Verbs that answer what was just said or done, on whose "a charge …" clause the parser can hang the main
    /// clause ("…, a charge Rabat rejected").
    static let answeringVerbs: Set<String> = denials.union(["condemn", "denounce", "criticise", "criticize", "hail",
                                                            "welcome", "praise", "call"])

    /// "Russia pummelled Ukraine …, Ukraine's air force said, hours after Trump promised to send Kyiv more weapons":
    /// whether the parser made a subordinate clause the sentence's root and the main clause before it the root's
    /// complement. The subordinate clause is one with "after", "as", "when" …, or an answer to the main clause on a
    /// noun for it compounded with the subject ("Algeria cut ties with Morocco, accusing its neighbour of hostile
    /// actions, a charge Rabat rejected").
    func isMisreadRoot(_ verb: Int) -> Bool {
        guard deprel(verb) == "ROOT", kids(verb, ["ccomp", "parataxis"]).contains(where: { $0 < verb }) else { return false }
        if kids(verb, ["mark"]).contains(where: { Self.subordinators.contains(lemma($0)) }) { return true }
        // Or the noun itself made the subject: "…, a charge the militant group and the hospital's doctors denied".
        return Self.answeringVerbs.contains(lemma(verb)) && kids(verb, ["nsubj"]).contains { subject in
            kids(subject, ["compound"]).contains { Self.accusationNouns.contains(lemma($0)) || Self.actNouns.contains(lemma($0)) }
                || (Self.accusationNouns.contains(lemma(subject)) && kids(subject, ["det"]).contains { ["a", "an"].contains(lemma($0)) })
        }
    }

    /// "demanded an explanation from Belarus after two Belarusian helicopters entered Polish airspace": the parser
    /// may read "after" as a preposition with the clause's subject as its object and hang the clause's verb on the
    /// main verb as its complement, or as its conjunct when no "and" comes between ("lodged a protest with China
    /// after Chinese officers beat Vietnamese fishermen"). The clause's subject, when so misread.
    func misreadAdverbialSubject(of verb: Int) -> Int? {
        // Also a finite verb the parser hung as an adverbial clause ("greeted him on the tarmac before the two
        // governments signed arms deals").
        guard ["ccomp", "conj", "advcl"].contains(deprel(verb)), kids(verb, ["nsubj", "nsubjpass", "mark"]).isEmpty,
              head(verb) >= 0 else { return nil }
        if ["conj", "advcl"].contains(deprel(verb)), !isFinite(verb) { return nil }
        // On the verb it hangs on, or on a conjunct of that verb before it ("suspended Mali … and shut its borders …,
        // after mutinous soldiers detained the president", "detained" a conjunct of "suspended").
        let holders = [head(verb)] + (deprel(verb) == "conj" ? kids(head(verb), ["conj"]).filter { $0 < verb } : [])
        for preposition in holders.flatMap({ kids($0, ["prep"]) })
        where preposition < verb && Self.subordinators.contains(lemma(preposition)) {
            guard let object = kids(preposition, ["pobj"]).last, object < verb,
                  // An "and" of the clauses themselves, not one inside the object's phrase ("mobs in Johannesburg
                  // and Pretoria looted").
                  !sentence.tokens[(object + 1)..<verb].contains(where: { token in
                      isVerb(token) || (document.xpos[token] == "CC" && [verb, head(verb)].contains(head(token)))
                  })
            else { continue }
            return object
        }
        // Or on any word between, with the subject right before the verb ("…, killing a journalist, about an hour
        // after UN Secretary-General Antonio Guterres held talks", "after" on "killing").
        let before = verb - 1
        if before > head(verb), deprel(before) == "pobj", head(before) > head(verb),
           Self.subordinators.contains(lemma(head(before))), document.xpos[before].hasPrefix("NN"),
           // A name, not a noun whose country is only a guess ("a day after its gunmen stormed a hotel": "its" is
           // the main clause's subject's, which the verb shares as the parser read it).
           case let named = mentions(at: before), !named.isEmpty,
           !named.contains(where: { $0.hasGuessedCountry }) { return before }
        return nil
    }

    // MARK: What an appeal asks for

    /// Nouns of an appeal or demand, whose content is asked for, not done: "rejected U.S. calls for him to hand over
    /// power", "dropped its insistence that North Korea give up its nuclear weapons", "despite UN appeals to
    /// demilitarise the area".
    static let appealNouns: Set<String> = ["call", "appeal", "demand", "insistence", "request", "plea", "pressure",
                                           "ultimatum", "bid", "push", "proposal", "condition", "deadline"]

    /// The appeal noun whose content the verb is, if it is one: its clause or infinitive, or a "for … to" phrase on it.
    func appealNoun(of verb: Int) -> Int? {
        guard head(verb) >= 0 else { return nil }
        var noun = head(verb)
        if deprel(verb) == "pcomp", lemma(noun) == "for", head(noun) >= 0 { noun = head(noun) }
        else if !["acl", "ccomp", "xcomp", "relcl", "advcl"].contains(deprel(verb)) { return nil }
        // A noun, or a plural the tagger took for a verb in a noun's place ("rejected U.S. calls for him to …").
        let isNoun = document.xpos[noun].hasPrefix("NN") || ["dobj", "nsubj", "nsubjpass", "pobj"].contains(deprel(noun))
        guard isNoun, Self.appealNouns.contains(lemma(noun)) else { return nil }
        // What is asked is an infinitive or a "that" clause ("calls for him to hand over", "a request that Russia
        // explain"); a participle on the noun tells of the appeal itself ("a request made by 130 members of Congress",
        // "proposals rejected by ministers").
        let asked = document.xpos[verb] == "VB" || kids(verb, ["aux"]).contains { lemma($0) == "to" }
            || kids(verb, ["mark"]).contains { lemma($0) == "that" }
        return asked ? noun : nil
    }

    // MARK: Attribution

    /// Whether `verb` is a speech verb that closes the sentence after what it reports, with no clause of its own
    /// ("…, officials said on Monday.", "…," said John Michael."): an attribution of what comes before it, however the
    /// parser hung the two. Its subject's phrase (or the verb, when the subject follows it) comes just after a comma
    /// (within three tokens, so that closing quotes and a participle split off the subject — "…, ruling party
    /// lawmakers said" — do not hide it), with a verb before.
    /// The subject may be one the parser made a conjunct of the clause before ("…, Human Rights Watch said"); what
    /// follows may be anything but what it reports ("…, the minister said on Thursday, thanking his counterpart",
    /// "…, officials said, following last week's summit").
    func isTrailingSpeech(_ verb: Int) -> Bool {
        let subjects = kids(verb, ["nsubj"])
        let misread = deprel(verb) == "conj" ? misreadSubject(ofConjunct: verb) : nil
        guard Self.speechVerbs.contains(lemma(verb)), let subject = subjects.last(where: { $0 < verb }) ?? subjects.first ?? misread,
              kids(verb, ["ccomp", "xcomp"]).allSatisfy({ $0 < verb }), thatClause(of: verb) == nil,
              // "…, a Soviet trade official told Reuters": whom it was told, not what.
              lemma(verb) == "tell" || kids(verb, ["dobj"]).allSatisfy({ $0 < verb }) else { return false }
        var first = min(subject, verb)
        if subject < verb {
            while let earlier = children(of: first).filter({ $0 < first }).min() { first = earlier }
        }
        let comma = (max(sentence.tokens.lowerBound, first - 3)..<first).contains { form($0) == "," }
        return comma && sentence.tokens[..<first].contains { isVerb($0) }
    }


    /// Nouns for an act of force that news names instead of telling it ("the strike", "a blast").
    static let nominalForceNouns: Set<String> = ["attack", "strike", "airstrike", "raid", "bombing", "shelling",
                                                 "offensive", "assault", "incursion", "blast", "explosion", "ambush"]

    /// Whether `verb` is a relative clause on such a noun whose subject is the noun itself ("a strike that killed
    /// four people", "the attack which wounded 30"): what it tells belongs to the nominal act.
    func isNominalActClause(_ verb: Int) -> Bool {
        guard deprel(verb) == "relcl", head(verb) >= 0, Self.nominalForceNouns.contains(lemma(head(verb))) else { return false }
        return kids(verb, ["nsubj"]).allSatisfy { ["WDT", "WP"].contains(document.xpos[$0]) }
    }

    /// Whether a past participle the parser hung on a noun has a direct object of its own right after it and a verb
    /// that takes one object only: a main verb misread ("insurgents massacred 22 villagers"), not a reduced passive.
    func isMisreadActiveParticiple(_ verb: Int) -> Bool {
        guard head(verb) >= 0, head(verb) < verb, document.xpos[head(verb)].hasPrefix("NN"),
              !Self.twoObjectVerbs.contains(lemma(verb)), kids(verb, ["agent", "nsubj", "nsubjpass"]).isEmpty,
              let object = kids(verb, ["dobj"]).first, document.xpos[object].hasPrefix("NN"), !isTimeWord(object) else { return false }
        return !kids(verb, ["oprd", "attr", "xcomp", "ccomp"]).contains { $0 > object }
    }

    /// Verbs whose passive keeps an object ("refugees granted asylum", "a man named Ali", "areas declared disaster
    /// zones"): their participles on a noun are reduced passives even with an object after them.
    static let twoObjectVerbs: Set<String> = [
        "give", "grant", "award", "deny", "name", "call", "dub", "label", "term", "brand", "title", "nickname", "hand",
        "offer", "promise", "send", "show", "tell", "pay", "allow", "permit", "assign", "charge", "sell", "teach",
        "lend", "owe", "spare", "cost", "elect", "appoint", "make", "declare", "consider", "deem", "find", "keep",
        "leave", "ask", "bring", "issue", "serve", "refuse", "fine", "sentence", "accord", "guarantee", "feed",
        "loan", "afford", "vote", "crown", "proclaim", "nominate", "rename", "style", "cast", "pronounce", "list",
    ]

    /// Verbs without a passive, which the parser sometimes reads as past participles on the noun before them.
    static let intransitiveVerbs: Set<String> = [
        "demonstrate", "riot", "protest", "rally", "march", "gather", "assemble", "mass", "clash", "flee", "arrive",
        "resign", "die", "erupt", "confer", "shuttle", "apologise", "apologize", "campaign", "collaborate",
        "remonstrate", "disengage", "converge", "mutiny", "rebel", "retreat", "defect", "abstain", "resort",
        "respond", "react", "retaliate", "surrender",
    ]

    /// "Russia's food safety watchdog banned imports of fruit …" read as one noun phrase with "banned" a modifier of
    /// "imports": in a sentence with no verb for its root, a past verb the parser made a modifier of the root noun
    /// after it, with an actor's noun hung on that root before it, is the main verb and that noun its subject.
    func misreadModifierSubject(of verb: Int) -> Int? {
        guard deprel(verb) == "amod", ["VBD", "VBN"].contains(document.xpos[verb]), head(verb) > verb,
              deprel(head(verb)) == "ROOT", document.xpos[head(verb)].hasPrefix("NN") else { return nil }
        guard let noun = kids(head(verb), ["nmod", "compound", "nsubj"]).last(where: { $0 < verb && !mentionsOnOrOwning($0).isEmpty })
        else { return nil }
        // An unknown body is its owner's ("Russia's food safety watchdog").
        return mentions(at: noun).isEmpty ? owner(of: noun) : noun
    }
}
