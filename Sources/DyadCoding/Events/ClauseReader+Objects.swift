import DyadCore
import DyadLexicon

/// How the clause reader reads a verb's object and phrases: the direct object, through quantities and containers,
/// the words of an object noun that patterns test, the particle and the prepositional phrases.
extension ClauseReader {
    /// The verb's direct object. Of two, not one the parser split off a hyphenated modifier ("held face-to-face
    /// talks" read as "held face" and "held talks").
    func directObject(of verb: Int) -> Int? {
        let objects = kids(verb, ["dobj", "attr"])
        // "the 80 drones that Russia launched": a relative pronoun object stands for the noun the clause is on.
        // Not a verb of saying or thinking, whose "which" is the subject of the clause it reports ("a scandal which
        // he said had wide implications").
        if let relative = objects.first, deprel(verb) == "relcl", head(verb) >= 0, ["WDT", "WP"].contains(document.xpos[relative]),
           !Self.reportingHeads.contains(lemma(verb)), !Self.relativeClauseThinkers.contains(lemma(verb)),
           kids(verb, ["ccomp", "xcomp"]).isEmpty,
           // "Funaro, who he met with last week": a pronoun subject would read as the noun itself.
           !kids(verb, ["nsubj"]).contains(where: { ["he", "she"].contains(form($0).lowercasedIfNeeded()) }) {
            return head(verb)
        }
        // "…, an accusation Kyiv dismissed as fiction": what a denial with no object of its own denies.
        if objects.isEmpty, let accusation = accusationBeforeSubject(of: verb) { return accusation }
        // "found that Syrian army helicopters had dropped barrels of chlorine": a verb with a subject of its own that
        // the parser hung on the noun after it as a modifier acts on that noun.
        if objects.isEmpty, deprel(verb) == "amod", head(verb) > verb,
           !kids(verb, ["nsubj"]).isEmpty || misreadModifierSubject(of: verb) != nil { return head(verb) }
        // "rejected as baseless Ireland's accusation": the object after a fronted "as" verdict, which the parser read
        // as a preposition ("baseless") holding it.
        if objects.isEmpty, let shifted = kids(verb, ["prep"]).filter({ lemma($0) == "as" })
            .flatMap({ kids($0, ["prep", "amod", "acomp"]) }).flatMap({ kids($0, ["pobj"]) }).first { return shifted }
        // "Beijing branded President Lai Ching-te a parasite": the parser may read the object of a naming verb's small
        // clause as a second subject after the verb; with a subject before the verb, that one is the object.
        let subjects = kids(verb, ["nsubj"])
        if let late = subjects.first(where: { $0 > verb }), subjects.contains(where: { $0 < verb }),
           !objects.isEmpty, objects.allSatisfy({ $0 > late }) { return late }
        // "handed over the last 20 living Israeli hostages": a particle read as a preposition holding the object.
        if objects.isEmpty, let holder = misreadParticle(of: verb) { return kids(holder, ["pobj"]).first }
        // "rejected as groundless a Philippine accusation that …": the object after a fronted "as" verdict, which the
        // parser hung on the clause the accusation introduces.
        if objects.isEmpty, verb + 2 < sentence.tokens.upperBound, lemma(verb + 1) == "as",
           let noun = ((verb + 2)..<min(verb + 8, sentence.tokens.upperBound)).first(where: { document.xpos[$0].hasPrefix("NN") }),
           Self.accusationNouns.contains(lemma(noun)) { return noun }
        // "shot dead six men": "dead" read as a modifier holding the object.
        if objects.isEmpty, let dead = resultDead(of: verb), let victim = kids(dead, ["dobj"]).first { return victim }
        // "denied on Thursday Tokyo's assertion that …": the object after a fronted day, which the parser read as
        // the day's own "on" phrase ("on [Thursday Tokyo's assertion]").
        if objects.isEmpty, let misread = dayFrontedObject(of: verb) { return misread }
        guard objects.count > 1 else { return objects.first }
        // "gave Britain, France and Germany 60 days": two objects read as direct, the first an actor given to (see
        // `twoObjectRecipient`), the second what is given.
        if let recipient = twoObjectRecipient(of: verb) { return objects.first { $0 > recipient } }
        return objects.first { object in !kids(object, ["punct"]).contains { document.xpos[$0] == "HYPH" } } ?? objects.first
    }

    /// Containers named by what they hold: "a loan programme", "an aid package".
    static let containers: Set<String> = ["programme", "program", "package", "facility", "arrangement", "scheme", "tranche"]

    /// Nouns that count or measure what their "of" phrase names (see `throughQuantity`).
    static let quantities: Set<String> = ["thousand", "hundred", "dozen", "million", "score", "number", "group", "team",
                                          "batch", "contingent", "handful", "convoy", "unit", "wave", "series", "round",
                                          "raft", "slew", "flurry", "last", "rest", "remainder", "bulk",
                                          "billion", "pair", "couple", "lot", "string", "set", "ten", "tens", "dozens",
                                          // Parts and formations: "one third of the guerrillas", "members of Hamas",
                                          // "the first deployment of NATO troops", "a fleet of Russian warships".
                                          "member", "half", "third", "quarter", "majority", "remnant", "deployment",
                                          "detachment", "column", "squad", "fleet", "flotilla", "part", "portion", "section", "stretch",
                                          "segment",
                                          // Durations of an activity: "launched 10 days of war games".
                                          "day", "week", "hour", "month", "year",
                                          // Amounts of goods and money: "700 kg of medicine", "$50,000 worth of goods",
                                          // "5.1 million dollars of aid".
                                          "ton", "tonne", "kg", "kilogram", "pound", "worth", "dollar", "euro", "barrel",
                                          "shipment", "consignment", "package", "amount", "quantity", "load", "truckload",
                                          "planeload", "cargo", "crate", "sack", "tranche", "installment", "instalment",
                                          "cylinder", "canister",
                                          // Shares of a whole: "lifted most of the sanctions", "freed some of the hostages".
                                          "most", "some", "all", "many", "much", "several", "bulk", "rest", "remainder"]

    /// How an object matched a cue's set: by its head word, or as a phrase with its modifier ("peace deal", "aid
    /// program"), which says more.
    enum ObjectMatch { case head, phrase }

    /// The words of an object noun that a pattern's object set is tested with: its head, its compounds with the
    /// head ("peace deal"), and the modifiers that name its class or contents.
    struct ObjectWords {
        let head: String
        /// The last modifier with the head.
        let compound: String?
        /// With several modifiers: all of them with the head ("joint naval exercise"), then each but the last with
        /// the head ("joint exercise").
        let phrases: [String]
        /// For a name with its class or title before it ("the tanker Eagle S", "U.S. Ambassador David
        /// Satterfield"), its modifiers.
        let nameClasses: [String]
        /// For a container named by what it holds ("an aid package"), the last modifier.
        let contents: String?

        /// Whether the head, or a compound with it, is in `set` (not `*`), and which matched.
        func match(in set: WordSet) -> ObjectMatch? {
            if let compound, set.contains(compound) { return .phrase }
            if phrases.contains(where: set.contains) { return .phrase }
            if set.contains(head) { return .head }
            if nameClasses.contains(where: set.contains) { return .head }
            if let contents, set.contains(contents) { return .phrase }
            return nil
        }
    }

    /// The words of `object` that patterns test (see ``ObjectWords``).
    func objectWords(_ object: Int) -> ObjectWords {
        // A plural proper noun keeps its "s" as its lemma ("Benin Bronzes", "U.S. Marines"): its singular is the word.
        // "waters" is a sea, not water: "sent a survey ship into waters claimed by Athens" is no aid.
        let lemmaHead = lemma(object) == "water" && form(object).lowercasedIfNeeded() == "waters" ? "waters" : lemma(object)
        let head = document.xpos[object] == "NNPS" && lemmaHead.count > 3 && lemmaHead.hasSuffix("s") && !lemmaHead.hasSuffix("ss")
            ? String(lemmaHead.dropLast()) : lemmaHead
        let modifiers = kids(object, ["compound", "amod"])
        let compound = modifiers.last
        let phrases = modifiers.count > 1
            ? [modifiers.map(lemma).joined(separator: " ") + " " + head] + modifiers.dropLast().map { lemma($0) + " " + head }
            : []
        // A name's class, before it or in an apposition: "the tanker Eagle S", "Gauri Lankesh, a prominent journalist".
        let nameClasses = document.xpos[object].hasPrefix("NNP")
            ? modifiers.map(lemma) + kids(object, ["appos"]).flatMap { noun in
                [lemma(noun)] + kids(noun, ["compound"]).suffix(1).map { lemma($0) + " " + lemma(noun) }
            }
            : []
        return ObjectWords(head: head, compound: compound.map { lemma($0) + " " + head }, phrases: phrases,
                           nameClasses: nameClasses, contents: Self.containers.contains(head) ? compound.map(lemma) : nil)
    }

    /// Whether a prepositional object is a time ("on Monday", "in 2023", "for six months"), never a target.
    func isTimeWord(_ token: Int) -> Bool {
        let word = lemma(token)
        if DateReader.weekdays.contains(word) || DateReader.month(word) != nil || DateReader.year(word) != nil { return true }
        return ["day", "week", "month", "year", "hour", "minute", "time", "morning", "evening", "night", "weekend",
                "decade", "period", "today", "yesterday"].contains(word)
    }

    /// Bodies that act as the members their "of" phrase names, as a subject only ("an alliance of three ethnic armed
    /// groups seized towns", "a mob of settlers"); as an object the body itself is meant ("forged an alliance of
    /// Sahel states", "infiltrated the networks of telecom companies").
    static let memberBodies: Set<String> = ["alliance", "coalition", "band", "gang", "mob", "crowd", "network", "cell"]

    /// The members a subject's body or quantity names: `throughQuantity`, and through `memberBodies`.
    func throughMembers(_ token: Int) -> Int {
        guard Self.memberBodies.contains(lemma(token)), let of = kids(token, ["prep"]).first(where: { lemma($0) == "of" }),
              let inner = kids(of, ["pobj"]).first else { return throughQuantity(token) }
        return inner
    }

    /// The noun a quantity stands for: "thousands of refugees" → "refugees", "a team of inspectors" → "inspectors".
    func throughQuantity(_ token: Int) -> Int {
        // "a $500 million line of credit": the credit.
        if lemma(token) == "line", let of = kids(token, ["prep"]).first(where: { lemma($0) == "of" }),
           let credit = kids(of, ["pobj"]).first(where: { lemma($0) == "credit" }) { return credit }
        // "$130 million in military aid": the aid, whether the parser hung "in" on the sum or on the verb.
        if Self.sums.contains(lemma(token)) || document.xpos[token] == "$" {
            let holders = [token] + (head(token) >= 0 && isVerb(head(token)) ? [head(token)] : [])
            if let inPhrase = holders.flatMap({ kids($0, ["prep"]) }).filter({ $0 > token && lemma($0) == "in" }).min(),
               inPhrase <= token + 2, let inner = kids(inPhrase, ["pobj"]).first, Self.sumKinds.contains(lemma(inner)) {
                return inner
            }
        }
        guard Self.quantities.contains(lemma(token)) || document.xpos[token] == "CD",
              let of = kids(token, ["prep"]).first(where: { lemma($0) == "of" }),
              let inner = kids(of, ["pobj"]).first else { return token }
        return inner
    }

    /// Words for a sum of money, whose "in" phrase says what the money is ("$3 billion in loans").
    static let sums: Set<String> = ["million", "billion", "trillion", "mln", "bln"]
    /// What a sum can be "in" that codes otherwise than money does: aid, loans, arms (not "in compensation", nor a
    /// place: "deposited $3 billion in Pakistan's central bank").
    static let sumKinds: Set<String> = ["aid", "assistance", "loan", "credit", "funding", "fund", "grant", "investment",
                                        "arms", "weapon", "weaponry", "equipment", "relief", "financing", "support"]

    /// Verbs of thinking, hoping and describing whose relative pronoun is rarely their own object.
    static let relativeClauseThinkers: Set<String> = ["hope", "expect", "believe", "think", "know", "want", "decline",
                                                      "warn", "demonstrate", "describe", "call", "consider", "fear"]

    /// Vehicles that carry what is sent or delivered.
    static let carriers: Set<String> = ["plane", "aircraft", "airplane", "jet", "flight", "ship", "vessel", "boat",
                                        "convoy", "truck", "lorry", "helicopter", "train", "planeload", "shipload",
                                        "truckload", "freighter"]
    /// Verbs whose object is what a carrier carries: sending it, and turning it back or letting it in ("turned back
    /// two U.S. military planes carrying deportees").
    static let cargoVerbs: Set<String> = deliveryVerbs.union(["turn", "refuse", "reject", "accept", "admit", "allow",
                                                             "receive", "block", "stop"])
    /// Participles that tell a vehicle's load.
    static let loadingVerbs: Set<String> = ["carry", "load", "pack", "bring", "transport", "ferry", "fill"]

    /// What a vehicle carries: the "with" object or the object of a loading participle on it ("planes loaded with
    /// tarpaulins", "aircraft carrying rescue teams").
    func cargo(of noun: Int) -> Int? {
        for participle in kids(noun, ["acl"]) where Self.loadingVerbs.contains(lemma(participle)) {
            if let with = kids(participle, ["prep"]).first(where: { lemma($0) == "with" }),
               let load = kids(with, ["pobj"]).first { return load }
            if let load = kids(participle, ["dobj"]).first { return load }
        }
        return nil
    }

    /// The verb's particle: "off" in "called off", or a preposition without an object of its own that holds another
    /// ("out" in "pulled out of ECOWAS", as the parser may read it).
    func particle(of verb: Int) -> String? {
        if let particle = kids(verb, ["prt"]).first { return lemma(particle) }
        // "shot dead a gunman", "gunned down", "beaten to death": the result is read as the verb's particle, `prt=dead`.
        if resultDead(of: verb) != nil { return "dead" }
        // "with Russia and China voting against": a preposition with no object is the verb's particle.
        if let bare = kids(verb, ["prep", "advmod", "prt"]).first(where: { lemma($0) == "against" && kids($0, ["pobj"]).isEmpty }) {
            return lemma(bare)
        }
        // "ordered six Canadian diplomats out": a particle after the object, which the parser hung on the object.
        if let particle = kids(verb, ["dobj"]).lazy.flatMap({ self.kids($0, ["prt"]) }).first(where: { self.document.xpos[$0] == "RP" }) {
            return lemma(particle)
        }
        return (particleHolder(of: verb) ?? misreadParticle(of: verb)).map(lemma)
    }

    /// "shot dead": the word "dead" right after the verb, however the parser hung it (on the verb, or on the object
    /// as a modifier).
    func resultDead(of verb: Int) -> Int? {
        let next = verb + 1
        guard sentence.tokens.contains(next), form(next).lowercasedIfNeeded() == "dead" else { return nil }
        return head(next) == verb || (head(next) >= 0 && head(head(next)) == verb) ? next : nil
    }

    /// "handed over the hostages", "handed back the bodies": "over" or "back" right after a verb with no object, read as
    /// a preposition whose object is the verb's; the verb's particle when so misread.
    func misreadParticle(of verb: Int) -> Int? {
        guard kids(verb, ["dobj", "prt"]).isEmpty else { return nil }
        return kids(verb, ["prep"]).first { holder in
            holder == verb + 1 && !kids(holder, ["pobj"]).isEmpty
                && (["over", "back"].contains(lemma(holder))
                    // "flew in relief supplies": "in" after a verb of delivery, not "landed in Kabul".
                    || (lemma(holder) == "in" && Self.deliveryVerbs.contains(lemma(verb))))
        }
    }

    /// Verbs of sending whose "in" is a particle ("flew in supplies", "rushed in troops").
    static let deliveryVerbs: Set<String> = ["fly", "ship", "airlift", "truck", "rush", "ferry", "bring", "send",
                                             "dispatch", "despatch", "deliver"]

    /// A particle the parser read as a preposition or an adverb holding the phrase after it ("pulled out of",
    /// "walked away from"): a particle word right after the verb with no object of its own and a phrase of its own.
    func particleHolder(of verb: Int) -> Int? {
        kids(verb, ["prep", "advmod"]).first { holder in
            Self.particleWords.contains(lemma(holder)) && kids(holder, ["pobj"]).isEmpty && !kids(holder, ["prep"]).isEmpty
                && (deprel(holder) == "prep" || holder == verb + 1)
        }
    }

    /// Words the parser may read as a preposition where they are a particle ("pulled out of").
    static let particleWords: Set<String> = ["out", "off", "away", "back"]

    /// The prepositions hanging on the verb or its object, with their objects.
    func prepositions(of verb: Int, object: Int?) -> [(word: String, object: Int)] {
        var found: [(String, Int)] = []
        // A coordinated object shares the phrases of its conjuncts: "launched a massive drone and missile attack on
        // western Ukraine".
        let conjuncts = object.map { kids($0, ["conj"]).filter { document.xpos[$0].hasPrefix("NN") } } ?? []
        var holders = (object.map { [$0] } ?? []) + [verb] + conjuncts
        // "walked away from the summit": an adverb read for the particle holds the verb's phrase.
        if let adverb = particleHolder(of: verb), deprel(adverb) == "advmod" { holders.append(adverb) }
        // "flew close to the Pratas Islands": the adverb's "to" phrase, read as the preposition "close".
        for adverb in kids(verb, ["advmod"]) where ["close", "near"].contains(lemma(adverb)) {
            if let to = kids(adverb, ["prep"]).first(where: { lemma($0) == "to" }), let place = kids(to, ["pobj"]).first {
                found.append(("close", place))
            }
        }
        // "sent planes loaded with tarpaulins to Fiji": the phrases the parser hung on a carrier's loading participle.
        for carrier in kids(verb, ["dobj"]) where Self.carriers.contains(lemma(carrier)) {
            holders += kids(carrier, ["acl"]).filter { Self.loadingVerbs.contains(lemma($0)) }
        }
        // One level into the object's own phrases, and their conjuncts: "a memorandum on energy cooperation with
        // Hanoi", "agreements on infrastructure and economic cooperation with Samoa's prime minister".
        if let object {
            for preposition in kids(object, ["prep"]) {
                for inner in kids(preposition, ["pobj"]) { holders += [inner] + kids(inner, ["conj"]) }
            }
        }
        for holder in holders {
            for preposition in kids(holder, ["prep", "dative"]) {
                // "pulled out of ECOWAS" read as "out" holding "of": the inner preposition and its object.
                let phrase = kids(preposition, ["pobj"]).isEmpty ? kids(preposition, ["prep"]).first ?? preposition : preposition
                // "clashed with FARC dissidents using rifles": the object the parser made the subject of a
                // participle after the preposition.
                let clausal = kids(phrase, ["pcomp"]).first { document.xpos[$0] == "VBG" }.flatMap { kids($0, ["nsubj"]).first }
                guard let target = kids(phrase, ["pobj"]).first ?? clausal, !isTimeWord(target) else { continue }
                // ", with Oman's foreign minister shuttling between the two delegations": an absolute phrase after a
                // comma tells what else happened, not with whom.
                if lemma(phrase) == "with", phrase > sentence.tokens.lowerBound, form(phrase - 1) == ",",
                   kids(target, ["acl"]).contains(where: { document.xpos[$0] == "VBG" }) || clausal != nil { continue }
                found.append((lemma(phrase), target))
            }
        }
        return found
    }

    /// The noun an "on" phrase holds when the day right after "on" is only its modifier: "on Wednesday Britain's
    /// allegation" → "allegation".
    func dayFrontedObject(of verb: Int) -> Int? {
        for on in kids(verb, ["prep"]) where lemma(on) == "on" && on + 1 < sentence.tokens.upperBound && isTimeWord(on + 1) {
            guard let noun = kids(on, ["pobj"]).first, noun > on + 1, !isTimeWord(noun),
                  document.xpos[noun].hasPrefix("NN"), ["compound", "nmod", "npadvmod"].contains(deprel(on + 1)) else { continue }
            return noun
        }
        return nil
    }

    /// The first of two direct objects of a verb that takes two, when it names an actor and the second does not: the
    /// one given to, which the parser read as a direct object ("gave Britain, France and Germany 60 days to shield …").
    func twoObjectRecipient(of verb: Int) -> Int? {
        let objects = kids(verb, ["dobj"])
        guard objects.count == 2, Self.twoObjectVerbs.contains(lemma(verb)), objects[0] < objects[1],
              mentions(at: objects[0]).contains(where: { $0.head == objects[0] }), mentions(at: objects[1]).isEmpty
        else { return nil }
        return objects[0]
    }
}
