import DyadCore
import DyadLexicon

/// Where an event's target comes from when the pattern's own slot names no actor: the object's owner, the actor a
/// phrase addresses, the place the act happened, the source's own country for a domestic act.
extension ClauseReader {
    /// Who a noun belongs to: its possessor ("Turkey's efforts"; not a pronoun), an actor that modifies it ("the U.S.
    /// strikes", "Israeli raids"), or its "of" phrase ("the efforts of Turkey").
    func owner(of noun: Int) -> Int? {
        if let possessor = kids(noun, ["poss"]).first, !document.xpos[possessor].hasPrefix("PRP") { return possessor }
        if let modifier = kids(noun, ["compound", "amod", "nmod"]).first(where: { !mentions(at: $0).isEmpty }) { return modifier }
        // Who did it, before whom it concerns: "the killing of civilians by Russian forces", "calls by Kofi Annan";
        // then "the efforts of Turkey", "demands from Shona rebels".
        let phrases = kids(noun, ["prep"])
        for word in ["by", "of", "from"] {
            for phrase in phrases where lemma(phrase) == word {
                if let object = kids(phrase, ["pobj"]).first, !mentions(at: object).isEmpty { return object }
            }
        }
        // Goods by where they come from: "electric vehicles imported from China", "brandy made in the EU".
        for participle in kids(noun, ["acl"])
        where document.xpos[participle] == "VBN" && Self.originVerbs.contains(lemma(participle)) {
            for phrase in kids(participle, ["prep"]) where ["from", "in"].contains(lemma(phrase)) {
                if let object = kids(phrase, ["pobj"]).first, !mentions(at: object).isEmpty { return object }
            }
        }
        return nil
    }

    /// The target actors a pattern's target token gives: its own actors, else its owner's, else those the verb's or the
    /// object's phrases address.
    func targets(at targetToken: Int?, verb: Int, sources: [ActorMention]) -> [ActorMention] {
        var targets = actors(at: targetToken)
        if let token = targetToken, targets.isEmpty || targets.allSatisfy({ $0.hasGuessedCountry }) {
            // The object names no actor, or one whose country is only a guess ("a joint delegation"), and its owner
            // does: "support Turkey's efforts", "the release of the hostages", "a delegation from ECOWAS".
            let owned = actors(at: owner(of: token))
            if !owned.isEmpty { targets = owned }
        }
        // The subject of a chained act that is the source's own ("warned that Chinese consumers could boycott
        // Australian beef"): the act's object, or its owner, is the target.
        if let token = targetToken, !targets.isEmpty, deprel(token) == "nsubj", head(token) >= 0, head(token) != verb,
           targets.allSatisfy({ target in sources.contains { $0.code.principal == target.code.principal } }),
           let object = kids(head(token), ["dobj"]).first {
            let named = actors(at: object).isEmpty ? actors(at: owner(of: object)) : actors(at: object)
            let others = named.filter { target in !sources.contains { $0.code.principal == target.code.principal } }
            if !others.isEmpty { targets = others }
        }
        // Or the agent of a participle on it, when it names no actor itself: "an inquiry into alleged war crimes
        // committed by Israeli troops and Palestinian armed groups" (the inquiry's "into" phrase holds "crimes").
        if targets.isEmpty, let token = targetToken, Self.wrongdoingNouns.contains(lemma(token)) {
            let agents = kids(token, ["acl"]).filter { document.xpos[$0] == "VBN" }
                .flatMap { kids($0, ["agent"]) }.flatMap { kids($0, ["pobj"]) }
            let named = agents.flatMap { agent in actors(at: agent).flatMap { withCoordinated($0, excluding: sources) } }
                .filter { target in !sources.contains { $0.code.principal == target.code.principal } }
            if !named.isEmpty { targets = named }
        }
        // Or names only a guess of the document's country ("the 24 F-16 fighter jets it promised to Ukraine").
        let guessed = !targets.isEmpty && targets.allSatisfy { $0.hasGuessedCountry }
        if targets.isEmpty || guessed, let token = targetToken {
            // Nor does the owner: whom the verb's or the object's own phrase addresses ("demanding autonomy from
            // Serbian authorities", "refusing admittance to Ghanaians", "accept a ceasefire with Russia").
            // The object's own phrase only with "with", "to" or "on" ("lift sanctions on Syria's president"): "its war
            // against Ukraine" names an enemy, not a target.
            // So does a participle or relative clause on the object: "signed accords establishing full diplomatic
            // relations with Israel", "lifted the sanctions it had imposed on Niger".
            // For a guessed target, only the object's own phrases and a relative clause on it: the verb's may name a
            // mediator or a place ("exchanged 185 prisoners each, with the UAE acting as mediator"), a participle where
            // the people went ("opened fire on students marching to parliament").
            let participles = (guessed ? [] : kids(token, ["acl"]).filter { document.xpos[$0] == "VBG" }) + kids(token, ["relcl"])
            // Those sent away "from" a state are its own: "expelled diplomats from Sweden, Poland and Germany".
            let addressed = (guessed ? kids(verb, ["prep"]).filter { lemma($0) == "from" && Self.removalVerbs.contains(lemma(verb)) }
                                     : kids(verb, ["prep", "dative"]))
                .filter { ["from", "to", "on", "upon", "against", "with", "toward", "towards"].contains(lemma($0)) }
                + (kids(token, ["prep"]) + participles.flatMap { kids($0, ["prep"]) + kids($0, ["dobj"]).flatMap { kids($0, ["prep"]) } })
                .filter { ["with", "to", "toward", "towards", "on"].contains(lemma($0)) }
            // A name the parser broke into a clause ("with Taiwan's President Tsai Ing-wen", "wen" read as a
            // participle) still names whom the phrase addresses.
            let found = addressed.lazy.compactMap { self.kids($0, ["pobj"]).first ?? self.kids($0, ["pcomp"]).first }
                .filter { !self.isTimeWord($0) }
                .map { self.actors(at: $0).filter { target in !sources.contains { $0.span == target.span } } }
                .first { !$0.isEmpty } ?? []
            // A guess gives way only to another state's actor ("the jets it promised to Ukraine"), not to a place of
            // the guessed state's own ("killed 18 soldiers on Mindanao island" stays the army's).
            if !guessed || found.contains(where: { candidate in !targets.contains { $0.code.principal == candidate.code.principal } }) {
                targets = found
            }
        }
        return targets
    }

    /// Whom a verb addresses: its direct object, else the object of "to", "on" or "upon", when an actor other than the
    /// sources.
    func addressee(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        let phrases = kids(verb, ["prep"]).filter { ["to", "on", "upon"].contains(lemma($0)) }.compactMap { kids($0, ["pobj"]).first }
        for token in kids(verb, ["dobj", "dative"]) + phrases {
            if let found = mentions(at: token).first(where: { candidate in !sources.contains { $0.span == candidate.span } }) {
                return found
            }
        }
        return nil
    }

    /// The target of an act a state does at home when the sentence names none: its own country ("imposed a curfew",
    /// "declared martial law", "resigned", "withdrew the finance bill", protesters storming a residence), for
    /// concessions (08, but not a ceasefire, which has an opponent), protests (14) and coercion (17).
    func domesticTarget(of source: ActorMention, code: EventCode) -> ActorMention? {
        let people = !source.code.roles.isEmpty && source.code.roles.allSatisfy { Self.peopleRoles.contains($0) }
        // Also at home: an investigation a state opens or orders with no one named ("ordered an investigation into
        // the disaster", 09); mass violence with no victims' state named ("dropped sarin and chlorine on the town of
        // Ltamenah", 20); a refusal to yield ("refused to step aside", 1231); an appeal for calm (0252) and a raised
        // alert (151); what a country's own opposition, unions or people demand ("opposition parties demanded that
        // he step down"); and the violence of gunmen and gangs, who take the country where they strike ("gunmen
        // abducted dozens of passengers").
        // A court's ruling that names no one rules against its own state's act ("annulled the first round of the
        // presidential election").
        guard [8, 9, 14, 17, 20].contains(code.rootNumber) || code.code.hasPrefix("123") || ["0252", "151"].contains(code.code)
                || (code.code == "116" && source.code.roles.contains(.judiciary))
                || (code.rootNumber == 10 && people)
                || (code.rootNumber == 18 && Self.irregularAssault[source.entry] != nil), code.code != "0871",
              source.code.principal.kind == .country, let country = CAMEOActorVocabulary.country(source.code.principal.code),
              let actor = try? ActorCode(source.code.principal.code) else { return nil }
        return source.reread(code: actor, name: country.name, entry: "country/\(actor.code)",
                             rule: "domestic act: the source's own country (the sentence names no target)")
    }

    /// Roles of a country's own people, whose demands are made of their own state.
    static let peopleRoles: Set<ActorRole> = [.opposition, .party, .civilians, .labor, .agriculture, .education,
                                              .humanRights, .moderate, .radical]

    /// Whether `verb` is a past participle modifying a noun, a passive without its auxiliary ("the deal signed in
    /// Doha", "talks mediated by Qatar").
    func isReducedPassive(_ verb: Int) -> Bool {
        document.xpos[verb] == "VBN" && deprel(verb) == "acl" && head(verb) >= 0
            && document.xpos[head(verb)].hasPrefix("NN") && kids(verb, ["nsubj", "nsubjpass"]).isEmpty
            // with its "by" agent: without one it is coded by no convention, and a participle on a noun is often a
            // misread main verb ("French youths rioted in Nanterre")
            && !kids(verb, ["agent"]).isEmpty
    }

    /// CAMEO's mediation code, whose target is the parties mediated between.
    static let mediationCodes: Set<String> = ["045", "165"]

    /// The parties to what a mediator's verb acts on: the actors "between" which the talks or deal are, else the
    /// subjects of the verb whose phrase holds them ("Thailand and Cambodia agreed to a ceasefire at talks mediated
    /// by Malaysia").
    func mediatedParties(of verb: Int, excluding sources: [ActorMention]) -> [ActorMention] {
        let thing = isReducedPassive(verb) ? head(verb) : kids(verb, ["dobj", "nsubjpass"]).first
        guard var token = thing else { return [] }
        func others(_ found: [ActorMention]) -> [ActorMention] {
            found.filter { candidate in !sources.contains { $0.span == candidate.span || $0.code.principal == candidate.code.principal } }
        }
        // "talks between", "efforts to mediate between", "its role as a mediator between"
        let phrases = kids(token, ["prep"]) + kids(token, ["acl", "relcl"]).flatMap { kids($0, ["prep"]) }
        let nested = phrases.flatMap { kids($0, ["pobj"]) }.flatMap { kids($0, ["prep"]) }
        for preposition in phrases + nested where lemma(preposition) == "between" {
            let parties = others(kids(preposition, ["pobj"]).flatMap { actors(at: $0) })
            if !parties.isEmpty { return parties }
        }
        // Up from the noun to the verb whose object or phrase it is.
        for _ in 0..<4 {
            guard head(token) >= 0 else { return [] }
            switch deprel(token) {
            case "pobj", "prep", "dobj", "nsubjpass", "attr": token = head(token)
            default: return []
            }
            if document.xpos[token].hasPrefix("VB") {
                return others(sourceActors(at: subject(of: token), verb: token))
            }
        }
        return []
    }

    /// The state whose act another act followed: the subject of an "after", "as" or "when" clause on the verb or on
    /// a verb coordinated with it, or the country of an "after" phrase ("scrambled fighter jets and put its air
    /// defences on alert after Russia launched ...", "fired warning shots after five North Korean drones ..."); a
    /// state other than the source's, not a group.
    func provoker(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        func state(_ found: [ActorMention]) -> ActorMention? { otherState(in: found, than: sources) }
        // Whom the show of force is meant for: "scrambled fighter jets to warn off a Russian patrol plane".
        for purpose in kids(verb, ["xcomp", "advcl"]) where kids(purpose, ["aux"]).contains(where: { lemma($0) == "to" }) {
            for object in kids(purpose, ["dobj"]) {
                if let found = state(actors(at: object)) { return found }
            }
        }
        var clauses = [verb] + kids(verb, ["conj"])
        if deprel(verb) == "conj", head(verb) >= 0 { clauses.append(head(verb)) }
        for clause in clauses {
            for adverbial in kids(clause, ["advcl"])
            where kids(adverbial, ["mark"]).contains(where: { Self.sequenceMarks.contains(lemma($0)) }) {
                if let subject = subject(of: adverbial), let found = state(sourceActors(at: subject, verb: adverbial)) {
                    return found
                }
            }
            let phrases = kids(clause, ["prep"]) + kids(clause, ["xcomp"]).flatMap { kids($0, ["prep"]) }
            for phrase in phrases where lemma(phrase) == "after" {
                if let found = kids(phrase, ["pobj"]).lazy.compactMap({ state(self.actors(at: $0)) }).first { return found }
            }
        }
        return nil
    }

    /// Conjunctions of a clause that tells what came first ("after Russia launched").
    static let sequenceMarks: Set<String> = ["after", "as", "when"]

    /// For a participle that tells more of the act before it ("reopened Yemen's Hodeidah port, partially lifting a
    /// blockade", "launched air strikes across Gaza, shattering a ceasefire"), the actor that act was done to: the
    /// one its object names or belongs to, else the one its phrases name.
    func elaboratedTarget(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        // "..., killing more than 400 people and shattering a ceasefire": a participle coordinated with another.
        var participle = verb
        if deprel(verb) == "conj", head(verb) >= 0, document.xpos[head(verb)] == "VBG" { participle = head(verb) }
        guard deprel(participle) == "advcl", document.xpos[verb] == "VBG", head(participle) >= 0, isVerb(head(participle))
        else { return provokedBy(verb, excluding: sources) }
        let governor = head(participle)
        func other(_ found: [ActorMention]) -> ActorMention? {
            found.first { candidate in !sources.contains { $0.span == candidate.span } }
        }
        for object in kids(governor, ["dobj"]) {
            if let found = other(actors(at: object)) ?? owner(of: object).flatMap({ other(mentions(at: $0)) }) { return found }
        }
        return prepositionalActor(under: governor, excluding: sources, homeVenue: false)
    }

    /// Whom a demand or an appeal obliges when the parser lost its content clause: the actor right after its "that"
    /// ("demanded on Friday that Israel halt settlement building", "halt" read as a noun), before any verb of the
    /// clause, named (not a pronoun) and other than the sources.
    func obligedParty(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        let clauses = kids(verb, ["ccomp", "dep"]).filter { $0 > verb }
        let marks = kids(verb, ["dep", "mark"]) + clauses.flatMap { kids($0, ["mark", "dep"]) }
        guard let that = marks.filter({ $0 > verb && lemma($0) == "that" }).min() else { return nil }
        var token = that + 1
        while token < min(that + 7, sentence.tokens.upperBound), !isVerb(token) {
            // Not a pronoun: "asked that his name be withdrawn" obliges no one named.
            if !document.xpos[token].hasPrefix("PRP"), let found = mentions(at: token).first(where: { candidate in !sources.contains { $0.span == candidate.span } }) {
                return found
            }
            token += 1
        }
        return nil
    }

    /// Who reports a breach of a ceasefire that names no other party, when it is a state other than the breaker's:
    /// the other party ("Cambodia said Thai troops violated the ceasefire", "Ukraine's military said Russian forces
    /// had broken the Easter truce").
    func complainant(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        guard let reporter = reportingVerb(verb), let speaker = subject(of: reporter) else { return nil }
        return otherState(in: sourceActors(at: speaker, verb: reporter), than: sources)
    }

    /// The first of `found` that is a state other than the sources' own.
    func otherState(in found: [ActorMention], than sources: [ActorMention]) -> ActorMention? {
        found.first { candidate in
            candidate.code.country != nil && !sources.contains { $0.code.principal == candidate.code.principal }
        }
    }

    /// Whether a noun counts a hundred thousand people or more: "more than 300,000 Afghans", "hundreds of thousands
    /// of Tigrayans", "two million refugees" (not "20,000 Afghan refugees", nor "thousands of migrants").
    func isMultitude(_ noun: Int, atLeast threshold: Double = 100_000) -> Bool {
        var frontier = [noun], words: Set<String> = []
        // Up from what is counted to the count: "Afghans" in "hundreds of thousands of Afghans".
        var counted = noun
        for _ in 0..<3 where deprel(counted) == "pobj" && head(counted) >= 0 && lemma(head(counted)) == "of" {
            let count = head(head(counted))
            guard count >= 0, Self.quantities.contains(lemma(count)) else { break }
            frontier.append(count)
            counted = count
        }
        var visited = 0
        while let token = frontier.popLast(), visited < 16 {
            visited += 1
            let word = form(token).lowercasedIfNeeded()
            words.insert(word)
            if let value = Double(word.filter { $0 != "," }), value >= threshold { return true }
            frontier += kids(token, ["nummod", "quantmod", "compound"])
            if Self.quantities.contains(lemma(token)) {
                frontier += phraseObjects(of: token, ["of"])
            }
        }
        return !words.isDisjoint(with: ["million", "millions", "billion"])
            || words.contains("thousands") && (threshold <= 1_000 || !words.isDisjoint(with: ["hundreds", "tens"]))
    }

    /// For an act coordinated with an earlier act of the same subject ("boarded two Philippine navy boats and seized
    /// eight rifles"), the actor that act was done to: the one its object (or its "on" phrase) names or belongs to, of
    /// another state than the sources'.
    func conjunctTarget(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        guard deprel(verb) == "conj", head(verb) >= 0, head(verb) < verb, isVerb(head(verb)),
              kids(verb, ["nsubj", "nsubjpass"]).isEmpty else { return nil }
        // Its object, or whom its "on" or "against" phrase names ("imposed sanctions on Iran's prosecutor general and
        // recalled its ambassador").
        let objects = kids(head(verb), ["dobj"])
        let phrases = ([head(verb)] + objects).flatMap { phraseObjects(of: $0, ["on", "against", "upon"]) }
        for object in objects + phrases {
            let named = actors(at: object).isEmpty ? owner(of: object).map { actors(at: $0) } ?? [] : actors(at: object)
            if let found = named.first(where: { candidate in !sources.contains { $0.code.principal == candidate.code.principal } }) {
                return found
            }
        }
        return nil
    }

    /// Verbs of a carrier's arrival, whose place is where what it carries goes.
    static let arrivalVerbs: Set<String> = ["land", "arrive", "reach", "dock", "touch", "enter", "cross"]

    /// Where a carrier takes what it carries: for a participle on the subject of a verb of arrival, or on that verb
    /// itself ("a Chinese plane carrying medical experts landed in Rome", "an Indian transport plane landed in Yangon
    /// carrying relief supplies", "a convoy of trucks carrying food reached Mekelle"), the actor its place names.
    func carrierDestination(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        var arrival = head(verb)
        if deprel(verb) == "acl" {
            // Up from the carried-by noun through "of" phrases ("a convoy of about 20 trucks") to the subject.
            var noun = head(verb)
            while noun >= 0, ["pobj", "prep"].contains(deprel(noun)), head(noun) >= 0 { noun = head(noun) }
            arrival = noun >= 0 && deprel(noun) == "nsubj" ? head(noun) : -1
        } else if deprel(verb) != "advcl" { arrival = -1 }
        // Or the arrival the parser hung on the participle: "carrying nine medical experts …, landed in Rome".
        let arrivals = ([arrival] + kids(verb, ["advcl", "ccomp", "conj"]).filter { $0 > verb })
            .filter { $0 >= 0 && Self.arrivalVerbs.contains(lemma($0)) }
        return arrivals.lazy.compactMap { self.prepositionalActor(under: $0, excluding: sources, homeVenue: false) }.first
    }

    /// Who prompted an act that a causative clause reports ("Lithuania barred the transit of Russian goods,
    /// prompting Russia to threaten retaliation"): the subject of the clause the causative participle hangs on.
    func provokedBy(_ verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        // "prompting Moscow to summon the chargé and threaten retaliation": the second act too.
        var act = verb
        if deprel(act) == "conj", head(act) >= 0 { act = head(act) }
        guard deprel(act) == "xcomp", head(act) >= 0, Self.causatives.contains(lemma(head(act))) else { return nil }
        let causing = head(act)
        guard deprel(causing) == "advcl", document.xpos[causing] == "VBG", head(causing) >= 0,
              let subject = subject(of: head(causing)) else { return nil }
        return sourceActors(at: subject, verb: head(causing)).first { candidate in
            !sources.contains { $0.code.principal == candidate.code.principal }
        }
    }

    /// The actor a statement is about, named by "on" or "about" after the verb or after the verb it governs, owning
    /// what is named there, named in its own phrase, or the subject of what it says: "declined to comment on
    /// Finland's seizure of a tanker" is about Finland, "on reports about China" about China, "on reports that a
    /// North Korean figure had arrived" about North Korea.
    func topicActor(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        func named(_ noun: Int) -> ActorMention? {
            mentionsOnOrOwning(noun).first { candidate in !sources.contains { $0.span == candidate.span } }
        }
        for clause in [verb] + kids(verb, ["xcomp"]) {
            for preposition in kids(clause, ["prep"]) where Self.topicPrepositions.contains(lemma(preposition)) {
                for object in kids(preposition, ["pobj"]) {
                    if let found = named(object) { return found }
                    for inner in kids(object, ["prep"]) {
                        if let found = kids(inner, ["pobj"]).lazy.compactMap(named).first { return found }
                    }
                    // The subject of what the reports say: "on reports that a senior North Korean figure had
                    // arrived in Beijing" is about North Korea.
                    for content in kids(object, ["acl", "ccomp"]) where kids(content, ["mark"]).contains(where: { lemma($0) == "that" }) {
                        if let found = kids(content, ["nsubj", "nsubjpass"]).lazy.compactMap(named).first { return found }
                    }
                }
            }
        }
        return nil
    }

    /// The mentions on a noun, else, when it names no actor, on the actor it belongs to ("to Mozambique's Cabo
    /// Delgado province", "Finland's seizure of a tanker").
    func mentionsOnOrOwning(_ noun: Int) -> [ActorMention] {
        let here = mentions(at: noun)
        return here.isEmpty ? owner(of: noun).map { mentions(at: $0) } ?? [] : here
    }

    /// Whom a protest's stated aim is against: "began a hunger strike to protest against Israel's use of detention
    /// without charge" (the actor on, or owning, the object of the aim's "against" or "over"), other than the sources.
    func protestedActor(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        // The aim hangs on the verb, or on its object ("a hunger strike to protest …").
        let aims = kids(verb, ["advcl", "xcomp"]) + kids(verb, ["dobj"]).flatMap { kids($0, ["acl", "relcl"]) }
        for aim in aims where ["protest", "demonstrate", "rally", "march"].contains(lemma(aim)) {
            for preposition in kids(aim, ["prep"]) where ["against", "over"].contains(lemma(preposition)) {
                for object in kids(preposition, ["pobj"]) {
                    if let found = mentionsOnOrOwning(object).first(where: { candidate in !sources.contains { $0.span == candidate.span } }) {
                        return found
                    }
                }
            }
        }
        return nil
    }

    /// Prepositions that name what a statement is about.
    static let topicPrepositions: Set<String> = ["on", "about"]

    /// The first actor named in the verb's prepositional phrases (three levels deep), other than the sources. The
    /// source's own country named as where the act happened ("in Mogadishu") counts only when `homeVenue` is set:
    /// for acts of force at home, not for "signed a treaty in Bishkek". Without `foreignVenue`, no city or capital
    /// where the act happened counts, at home or abroad.
    func prepositionalActor(under verb: Int, excluding sources: [ActorMention], homeVenue: Bool,
                            foreignVenue: Bool = true) -> ActorMention? {
        // The source's own forces ("Poland deployed soldiers to its border with Belarus") are the target only when
        // no other country's actor is named.
        let own = Set(sources.map { $0.code.principal.code })
        var ownFallback: ActorMention?
        var frontier = kids(verb, ["prep", "dative", "dobj"])
        // Seven levels: "walked out of peace talks with the Afghan Taliban" (out, of, talks, with, Taliban), "hit back
        // with tariffs on C$30 billion worth of U.S. goods" (with, tariffs, on, worth, of, goods).
        for _ in 0..<7 {
            var next: [Int] = []
            for token in frontier {
                // Not a person after "as" (a clause the parser read as a phrase: "as Vladimir Putin sent condolences").
                if deprel(token) == "pobj" && lemma(head(token)) == "as"
                    && mentions(at: token).contains(where: { $0.isPerson }) {
                } else if deprel(token) == "pobj" || deprel(token) == "dobj" {
                    if let found = mentionsOnOrOwning(token).first(where: { candidate in
                        !sources.contains { $0.span == candidate.span }
                    }), !isTimeWord(token) {
                        // Without `foreignVenue`, a city or capital where the act happened is no target, abroad or
                        // at home, whatever `homeVenue` says: "suspended its participation in talks in Jeddah", "had
                        // cut ties after the 2013 military takeover in Cairo".
                        if !foreignVenue, found.namesPlace, isVenue(token) {
                            next += kids(token, ["prep", "dative", "pobj"])
                            continue
                        }
                        guard own.contains(found.code.principal.code) else { return found }
                        // Where the act happened at home is no target: "signed a treaty in Bishkek".
                        let venue = isVenue(token)
                        if ownFallback == nil, homeVenue || !venue { ownFallback = found }
                    }
                }
                next += kids(token, ["prep", "dative", "pobj"])
            }
            frontier = next
        }
        return ownFallback
    }
}

extension ClauseReader {
    /// The verb whose target `verb` shares: the one it is coordinated with ("summoned … and demanded"), or the one a
    /// participle with no subject of its own trails ("recalled its ambassador, demanding …"). Unlike
    /// ``conjunctTarget(of:excluding:)`` and ``elaboratedTarget(of:excluding:)``, which read the first verb's object
    /// while a pattern is matched, this hands over the targets the first verb's events ended with.
    /// Not when `verb` has a subject of its own ("…, and Donald Trump offered"), nor when its own object names
    /// someone the coder could not resolve ("accused Western powers of standing by").
    func sharedVerb(of verb: Int) -> Int? {
        let first = head(verb)
        // Nor one whose subject the parser made a conjunct of a verb before it ("…, and Egyptian warplanes struck").
        guard first >= 0, first < verb, isVerb(first), kids(verb, ["nsubj", "nsubjpass", "csubj"]).isEmpty,
              deprel(verb) != "conj" || misreadSubject(ofConjunct: verb) == nil,
              !kids(verb, ["dobj"]).contains(where: { document.xpos[$0].hasPrefix("NNP") || Self.partyNouns.contains(lemma($0)) })
        else { return nil }
        switch deprel(verb) {
        case "conj":
            return first
        case "advcl":
            return document.xpos[verb] == "VBG" && kids(verb, ["mark"]).isEmpty ? first : nil
        default:
            return nil
        }
    }

    /// Nouns for parties an act can be aimed at, which the coder resolves to no one actor when unnamed.
    static let partyNouns: Set<String> = ["power", "country", "nation", "government", "official", "leader", "state",
                                          "ally", "partner", "neighbour", "neighbor", "rival", "critic", "opponent",
                                          "authority", "west", "member", "group"]
}

extension ActorMention {
    /// This agent (with roles) given the country of `place`, a mention of a country, city or capital, as where the act
    /// happened; `nil` when there is no such place or the agent has no role to keep.
    func moved(to place: ActorMention?) -> ActorMention? {
        guard let country = place?.code.components.first, country.kind == .country, code.components.count > 1,
              let moved = try? ActorCode(country.code + code.components.dropFirst().map(\.code).joined()) else { return nil }
        return reread(code: moved, rule: "agent, country where the act happened")
    }
}
