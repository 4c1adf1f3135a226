import DyadCore

/// How the kind of actor, and the act's circumstances, change what a matched pattern codes for one source and target:
/// state forces against protesters, protesters' own acts, visitors, gunmen, refusals, mass expulsions.
extension ClauseReader {
    /// A code, its rule and the target of one source's event, as the pattern gave them and the rules change them.
    struct PairReading {
        var code: EventCode
        var rule: String
        var target: ActorMention?
    }

    /// `pair` after the rules on who acts and on whom, or `nil` when the act is no event for this source.
    func adjusted(_ pair: PairReading, source: ActorMention, verb: Int, targetToken: Int?) -> PairReading? {
        let code = pair.code
        var eventCode = pair.code, eventRule = pair.rule, target = pair.target
        // Force (killing, shooting) the state's police or soldiers use on protesters, crowds, mobs or the opposition is
        // violent repression (175).
        // So is their force on people at a protest: "police shot dead 19 people during protests", "shot dead about
        // 50 people as crowds took to the streets" (not on armed men).
        if ["180", "190", "193"].contains(code.code), let target,
           Self.protesterEntries.contains(target.entry) || isProtesting(target.head)
            // Crowds, mobs and opposition supporters by police; soldiers' air strike on a gathering is an attack.
            || ((Self.rioterEntries.contains(target.entry)
                 || (target.code.roles == [.opposition] && document.xpos[target.head] == "NNS"))
                && source.code.roles.contains(where: { [.police, .intelligence].contains($0) }))
            || (isAtProtest(verb) && !target.code.roles.contains(where: { [.military, .rebels, .insurgents, .police].contains($0) })),
           source.code.roles.contains(where: { [.police, .military, .government, .intelligence].contains($0) }),
           let repression = CAMEOOntology.code("175") {
            eventCode = repression
            eventRule += "; state forces against protesters, so \(code.code) → 175"
        }
        // What protesters demand, damage or attack is their protest: "marched ... to demand the resignation of the
        // president" is a march for a change of leader (1411), "stormed and torched the consulate" and "attacked
        // the embassies" a riot (145).
        if Self.protesterEntries.contains(source.entry)
            || (Self.rioterEntries.contains(source.entry) && [17, 18, 19].contains(eventCode.rootNumber)),
           let protest = Self.protestCodes[eventCode.code],
           let recoded = CAMEOOntology.code(protest) {
            eventRule += "; \(Self.protestNote), so \(eventCode.code) → \(protest)"
            eventCode = recoded
            target = target ?? domesticTarget(of: source, code: recoded)
        }
        // A state's forces who storm a building do not riot: soldiers attack it (190: "Israeli troops stormed Gaza's
        // al-Shifa hospital"), police repress (175: "riot police stormed the headquarters of the opposition").
        if eventCode.code == "145", lemma(verb) == "storm", !Self.protesterEntries.contains(source.entry),
           let forced = source.code.roles.contains(.military) ? "190"
            : source.code.roles.contains(where: { [.police, .intelligence].contains($0) }) ? "175" : nil,
           let recoded = CAMEOOntology.code(forced) {
            eventRule += "; stormed by \(source.text), a state's force, so 145 → \(forced)"
            eventCode = recoded
        }
        // Police, prosecutors and investigators who raid an office or a home search it for a case: "prosecutors
        // raided the headquarters of Samsung Group" is an investigation (091), as every event set codes it; others'
        // raids seize what they find (1711).
        if eventCode.code == "1711", lemma(verb) == "raid",
           source.code.roles.contains(where: { [.police, .judiciary].contains($0) }), let search = CAMEOOntology.code("091") {
            eventCode = search
            eventRule += "; \(source.text) search for a case, so 1711 → 091"
        }
        // Only a visitor arrives on a visit: "the first Abrams tanks have arrived in Ukraine" is none, nor "a
        // Chinese plane carrying medical experts landed in Rome" (a thing or vehicle with a country's adjective).
        // Nor does one who flies someone else: "flying the drug lord to New York".
        if eventCode.code == "042", Self.travelVerbs.contains(lemma(verb)),
           !Self.isOfficialVisitor(source) || ["country of a thing", "country of a vehicle"].contains(source.rule)
            || carriesSomeone(verb) { return nil }
        // Gunmen, attackers and suicide bombers are no army: their shooting is assault (180), not military force
        // (19x) — "a gunman opened fire at two mosques", "suicide bombers struck three churches" (1831).
        // Not their attack on the state's forces: "gunmen attacked three military camps", "ambushed a police
        // patrol" is armed force (190), as every event set codes it.
        if ["190", "193"].contains(eventCode.code), let assault = irregularAssault(of: source),
           assault == "1831" || Self.irregularAssault[source.entry] == nil || !attacksSecurityForces(verb),
           let irregular = CAMEOOntology.code(assault) {
            eventCode = irregular
            eventRule += "; \(source.text) is no armed force, so \(code.code) → \(assault)"
            target = target ?? domesticTarget(of: source, code: irregular)
        }
        // A deadline to leave is the expulsion itself, not an ultimatum, as the event sets code it: "gave Lebanon's
        // ambassador 48 hours to leave" breaks relations (161); others told to leave are expelled (174).
        // Not an armed force told to leave an area: "gave the RSF 72 hours to leave the capital" is an ultimatum.
        if eventCode.code == "139", lemma(verb) == "give", let governed = governedVerb(of: verb, object: directObject(of: verb)),
           Self.departureVerbs.contains(lemma(governed)),
           !(target?.code.roles.contains(where: { $0 == .military || ActorRole.irregularForces.contains($0) }) ?? false),
           let expulsion = CAMEOOntology.code(isDiplomatic(target, verb: verb) ? "161" : "174") {
            eventCode = expulsion
            eventRule += "; a deadline to leave is an expulsion, so 139 → \(expulsion.code)"
        }
        // A warning that another actor's course will cost it ("warned that Islamabad had much to lose", "warning that
        // Washington was playing with fire") threatens that actor (130), as the event sets code such vague warnings;
        // one about what only could happen ("warned that the fund could run dry") stays a pessimistic comment.
        if eventCode.code == "012", Self.warnings.contains(lemma(verb)), let target,
           target.code.principal != source.code.principal,
           let clause = kids(verb, ["ccomp"]).first ?? thatClause(of: verb), !isHedged(clause),
           let subject = subject(of: clause), actors(at: subject).contains(where: { $0.code.principal == target.code.principal }),
           // A cost the actor will bear, not a forecast of what it does ("warned that Russia was preparing to invade").
           ([clause] + tokens(under: clause)).contains(where: { Self.costWords.contains(lemma($0)) }),
           let threat = CAMEOOntology.code("130") {
            eventCode = threat
            eventRule += "; a warning of what \(target.text) will face, so 012 → 130"
        }
        // A refusal refuses someone: with no other target, or only the refuser's own country ("refused to reopen
        // his country's border"), the nearest other state or body the sentence names ("Niger's military rulers
        // gave the French ambassador 48 hours to leave, and France refused to comply").
        // So does a threat: "the Houthis said, vowing revenge".
        if [12, 13].contains(eventCode.rootNumber), target.map({ $0.code.principal == source.code.principal }) ?? true,
           let other = counterpart(of: verb, source: source) {
            target = other
            eventRule += "; the \(eventCode.rootNumber == 12 ? Self.refusalNote : "threat answers") \(other.text)"
        }
        // An expulsion of a hundred thousand or more is a mass expulsion (201): "deported about 260,000 Ethiopian
        // migrants". So is one of a thousand or more that news calls an expulsion ("expelled more than 1,000
        // Colombians", "expelled more than 13,000 migrants"), as the event sets code it; a day's deportation flight
        // of 1,086 is not.
        let threshold: Double = lemma(verb) == "expel" ? 1_000 : 100_000
        if code.code == "174", let targetToken, isMultitude(targetToken, atLeast: threshold), let mass = CAMEOOntology.code("201") {
            eventCode = mass
            eventRule += threshold < 100_000 ? "; an expulsion of a thousand or more, so 174 → 201" : "; a hundred thousand or more, so 174 → 201"
        }
        return PairReading(code: eventCode, rule: eventRule, target: target)
    }

    /// Words of a cost someone will bear, which make a warning a threat: "had much to lose", "was playing with fire",
    /// "would pay a heavy price", "would face consequences", "would regret it".
    static let costWords: Set<String> = ["lose", "pay", "price", "face", "consequence", "regret", "suffer", "fire",
                                         "cost", "punish", "retaliate", "respond"]
    /// Verbs of leaving a country, whose deadline is an expulsion.
    static let departureVerbs: Set<String> = ["leave", "depart", "quit", "exit"]
    /// Nouns for a state's diplomats.
    static let diplomatNouns: Set<String> = ["ambassador", "envoy", "diplomat", "staff", "chargé", "charge", "attaché",
                                             "attache", "consul", "embassy", "mission", "delegation", "d'affaires",
                                             "d'affaire", "commissioner"]

    /// Whether `target`, told to leave by `verb`, is a state's diplomat: named so, or a pronoun in a sentence that
    /// names one ("declared the ambassador persona non grata and gave him 48 hours to leave").
    func isDiplomatic(_ target: ActorMention?, verb: Int) -> Bool {
        guard let target else { return false }
        if target.tokens.contains(where: { Self.diplomatNouns.contains(lemma($0)) }) { return true }
        return Self.pronounMentions.contains(form(target.head).lowercasedIfNeeded())
            && sentence.tokens.contains { $0 < verb && Self.diplomatNouns.contains(lemma($0)) }
    }

    /// The words a refusal's rule gets when its target is the nearest other actor, a guess that a refusal of "the
    /// demand" just reported overrides (see ``EventCoder``).
    static let refusalNote = "refusal answers"

    /// Whether the people a noun names are protesting: "Palestinians who marched to the border fence", "students
    /// protesting against the reform", "supporters of Evo Morales who were blockading a fuel plant".
    func isProtesting(_ noun: Int) -> Bool {
        // Or the quantity that counts them: "thousands of Palestinians who marched", the clause on "thousands".
        var nouns = [noun]
        if deprel(noun) == "pobj", head(noun) >= 0, lemma(head(noun)) == "of", head(head(noun)) >= 0,
           Self.quantities.contains(lemma(head(head(noun)))) || document.xpos[head(head(noun))] == "CD" {
            nouns.append(head(head(noun)))
        }
        return nouns.contains { kids($0, ["relcl", "acl"]).contains { Self.protestVerbs.contains(lemma($0)) } }
    }

    /// Nouns for a protest.
    static let protestNouns: Set<String> = ["protest", "demonstration", "rally", "march", "riot", "unrest", "sit-in",
                                            "demonstrator", "protester", "uprising"]

    /// Whether an act happened at a protest: "during protests against the ban", "at a rally", "amid unrest", or while
    /// crowds protested ("as crowds took to the streets", "as thousands marched").
    func isAtProtest(_ verb: Int) -> Bool {
        let phrases = kids(verb, ["prep"]).filter { ["during", "at", "amid", "in"].contains(lemma($0)) }.flatMap { kids($0, ["pobj"]) }
        // Common nouns only: "in March 2022" is a month.
        if phrases.contains(where: { Self.protestNouns.contains(lemma($0)) && !document.xpos[$0].hasPrefix("NNP") }) { return true }
        return kids(verb, ["advcl"]).contains { clause in
            kids(clause, ["mark"]).contains { ["as", "when", "while"].contains(lemma($0)) }
                && (Self.protestVerbs.contains(lemma(clause))
                    // "as they tried to march against a referendum"
                    || (["try", "attempt", "gather"].contains(lemma(clause))
                        && kids(clause, ["xcomp"]).contains { Self.protestVerbs.contains(lemma($0)) })
                    || (lemma(clause) == "take" && kids(clause, ["prep"]).contains { to in
                        lemma(to) == "to" && kids(to, ["pobj"]).contains { lemma($0) == "street" } }))
        }
    }

    /// "More than 100,000 Muslims marched through central Jakarta", "thousands rallied in Moscow", "as they marched
    /// in Beirut": people who protest and name no actor themselves, a crowd or a pronoun, are civilians of the country
    /// where they protest, named by a place phrase of the verb ("in", "through", "across", "outside", "at", "near"),
    /// else the one country the sentence names.
    func protestersByPlace(_ subject: Int, verb: Int) -> ActorMention? {
        // A crowd: a number ("thousands", "more than 100,000"), a people named by a proper plural ("Muslims", "Kurds")
        // or "they"; not "prices rallied" or "hours".
        guard Self.protestVerbs.contains(lemma(verb)), mentions(at: subject).isEmpty else { return nil }
        switch document.xpos[subject] {
        case "CD", "NNPS": break
        case "PRP": guard form(subject).lowercasedIfNeeded() == "they" else { return nil }
        default: guard Self.crowdNumbers.contains(lemma(subject)) else { return nil }
        }
        let places = kids(verb, ["prep"])
            .filter { ["in", "through", "across", "outside", "at", "near"].contains(lemma($0)) }
            .flatMap { kids($0, ["pobj"]) }
        // With no place on the verb, the one country the sentence names ("Russian police detained 1,300 people in
        // Moscow, as thousands rallied"), the press aside.
        let states = mentions.filter { $0.code.principal.kind == .country && !$0.code.roles.contains(.media) }
        let sole = Set(states.map(\.code.principal.code)).count == 1 ? states.first : nil
        let candidates = places.compactMap { place in mentions(at: place).first(where: { $0.code.principal.kind == .country }) }
            + (places.isEmpty ? [sole].compactMap { $0 } : [])
        for country in candidates {
            guard let code = try? ActorCode(country.code.principal.code + ActorRole.civilians.rawValue) else { continue }
            let token = document.tokens[subject]
            return ActorMention(sentence: index, tokens: subject..<(subject + 1), span: token.span, text: form(subject),
                                code: code, name: "\(country.name) protesters", entry: country.entry,
                                rule: "protesters of the country where they protest (\(country.text))", head: subject)
        }
        return nil
    }

    /// Numbers that stand for a crowd.
    static let crowdNumbers: Set<String> = ["thousand", "hundred", "dozen", "ten", "tens", "dozens", "hundreds",
                                            "thousands", "million", "millions", "score", "scores"]

    /// Verbs of protest.
    static let protestVerbs: Set<String> = ["protest", "march", "demonstrate", "rally", "blockade", "riot", "picket",
                                            "chant", "strike", "gather"]

    /// Crowds whose damage is a riot too, though their demands are no protest: "supporters of the opposition leader
    /// set fire to a police station".
    static let rioterEntries: Set<String> = ["agent/supporter", "agent/mob", "agent/crowd"]

    /// The protest code of what protesters demand (by the demand's aim) or damage (a riot).
    static let protestCodes: [String: String] = [
        "100": "141", "101": "141", "102": "141", "103": "141", "104": "141", "1041": "1411", "1042": "1412",
        "1043": "1413", "1044": "1414", "105": "141", "1051": "1412", "1052": "1412", "1053": "1413", "1054": "1412",
        "1055": "1413", "1056": "1412", "171": "145", "1711": "145", "1712": "145", "180": "145", "190": "145"]
    /// The words a rule gets when protesters' act is read as their protest.
    static let protestNote = "protesters' demand or damage is their protest"

    /// Whether a verb of travel carries an object to where it goes ("flew the drug lord to New York"): a direct
    /// object before the destination.
    func carriesSomeone(_ verb: Int) -> Bool {
        guard let destination = kids(verb, ["prep"]).first(where: { ["to", "into", "in"].contains(lemma($0)) }) else { return false }
        return kids(verb, ["dobj"]).contains { $0 < destination }
    }

    /// The country a verb sends something to, named directly ("to the Central African Republic") on the verb or its
    /// object, other than the sources' own.
    func destinationCountry(of verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        let holders = [verb] + kids(verb, ["dobj"])
        for preposition in holders.flatMap({ kids($0, ["prep", "dative"]) }) where lemma(preposition) == "to" {
            // Not into occupied land: "deployed two more brigades to the occupied West Bank" is a mobilisation.
            for place in kids(preposition, ["pobj"]) where !kids(place, ["amod"]).contains(where: { lemma($0) == "occupy" }) {
                let named = mentions(at: place).filter { $0.code.principal.kind == .country && $0.code.roles.isEmpty }
                let owner = named.isEmpty ? owner(of: place).map { mentions(at: $0) } ?? [] : []
                if let country = (named + owner).first(where: { $0.code.principal.kind == .country && $0.code.roles.isEmpty }),
                   !sources.contains(where: { $0.code.principal == country.code.principal }) {
                    return country
                }
            }
        }
        return nil
    }

    /// The state or international body nearest before `verb` (else after it) whose principal is not `source`'s.
    func counterpart(of verb: Int, source: ActorMention) -> ActorMention? {
        let candidates = mentions.filter { mention in
            mention.code.principal != source.code.principal
                && (mention.code.principal.kind == .country || mention.code.principal.code.hasPrefix("IGO"))
                && !mention.code.roles.contains(.media)   // not a news agency ("Reuters" is GBRMED)
        }
        return candidates.filter { $0.head < verb }.last ?? candidates.first { $0.head > verb }
    }

    /// Whether the verb's act lands in the sea ("into the sea", "into waters off Japan").
    func isFiredIntoTheSea(_ verb: Int) -> Bool {
        ["fire", "launch", "lob", "shoot"].contains(lemma(verb)) && kids(verb, ["prep"]).contains { preposition in
            lemma(preposition) == "into"
                && kids(preposition, ["pobj"]).contains { ["sea", "water", "waters", "ocean"].contains(lemma($0)) }
        }
    }

    /// Whether an actor is a court: a judiciary role, or a court's entry (the ICJ, the ICC, a supreme court).
    func isCourt(_ actor: ActorMention) -> Bool {
        actor.code.roles.contains(.judiciary) || actor.code.code.hasSuffix("JUDICJ") || actor.code.code.hasPrefix("IGOJUD")
            || actor.entry.contains("court") || actor.text.lowercasedIfNeeded().hasSuffix("court")
    }

    /// Verbs of travel that code a visit (042) by themselves.
    static let travelVerbs: Set<String> = ["arrive", "travel", "head", "jet", "journey", "tour", "embark", "stop", "fly", "land"]

    /// The assault code for the violence of attackers who are no armed force (gunmen, suicide bombers).
    static let irregularAssault: [String: String] = ["agent/gunman": "180", "agent/attacker": "180", "agent/gang": "180",
                                                     "agent/bandit": "180", "agent/suicide-bomber": "1831"]

    /// The assault code of an irregular attacker: by its agent entry, or for a group's suicide bomber by the head of
    /// its phrase ("a Taliban suicide bomber"). A named group's gunmen stay an armed force ("Al-Shabaab gunmen
    /// stormed a hotel", 190).
    func irregularAssault(of source: ActorMention) -> String? {
        if let code = Self.irregularAssault[source.entry] { return code }
        // Civilians are no army either: "a man opened fire at his school", "young men armed with sticks attacked
        // students".
        if !source.code.roles.isEmpty, source.code.roles.allSatisfy({ $0 == .civilians }) { return "180" }
        let suicide = lemma(source.head) == "bomber" && kids(source.head, ["compound", "amod"]).contains { lemma($0) == "suicide" }
        return suicide ? "1831" : nil
    }

    /// Whether what `verb` attacks is a post or unit of a state's forces: its object, or what it fires "on" or
    /// "at", is a base, camp, checkpoint, patrol, convoy or police station (not a refugee camp, nor a convoy of
    /// someone who is no force), or soldiers or police. Only gunmen's and attackers' (civilians who throw a grenade at
    /// police assault them).
    func attacksSecurityForces(_ verb: Int) -> Bool {
        let attacked = (directObject(of: verb).map { [$0] } ?? []) + phraseObjects(of: verb, ["on", "at", "upon"])
        return attacked.contains { noun in
            let word = lemma(noun)
            let modifiers = kids(noun, ["compound", "amod"]).map(lemma)
            if word == "camp", modifiers.contains(where: { Self.civilianCampWords.contains($0) }) { return false }
            // "Imran Khan's convoy": a post or convoy of someone who is no force.
            if let owner = kids(noun, ["poss"]).first,
               !actors(at: owner).contains(where: { $0.code.roles.contains(where: { [.military, .police].contains($0) }) }) {
                return false
            }
            if Self.securityPosts.contains(word) { return true }
            if word == "station", modifiers.contains(where: { ["police", "military", "army"].contains($0) }) { return true }
            return actors(at: noun).contains { $0.code.roles.contains(where: { [.military, .police].contains($0) }) }
        }
    }

    /// Posts and units of a state's forces that irregulars attack (see `attacksSecurityForces`).
    static let securityPosts: Set<String> = ["base", "camp", "outpost", "checkpoint", "barracks", "garrison", "convoy",
                                             "patrol", "post", "position", "airbase", "cantonment"]
    /// Modifiers of a camp of civilians.
    static let civilianCampWords: Set<String> = ["refugee", "displacement", "displaced", "migrant", "idp", "protest",
                                                 "tent", "holiday", "summer"]

    /// The agent entries of people protesting.
    static let protesterEntries: Set<String> = ["agent/protester", "agent/demonstrator", "agent/student-protester",
                                                "agent/rioter", "agent/protest-leader"]

    /// Nouns for the parties of a state's internal conflict, which act as that state.
    static let conflictParties: Set<String> = ["side", "party", "faction", "camp", "rival"]
    /// The rule of a source read from the state whose conflict's parties act; a two-sided act of theirs is at home.
    static let conflictPartiesRule = "parties of the state's own conflict"

    /// Nouns for a statement whose participle ("a statement condemning", "a resolution demanding") speaks for
    /// whoever issued it.
    /// Texts put to a vote, and the verbs that vote them down: what such a text asks is asked by no one.
    static let draftNouns: Set<String> = ["draft", "resolution", "text", "bill", "motion", "proposal", "statement", "declaration"]
    static let rejectionVerbs: Set<String> = ["veto", "block", "reject", "defeat", "scuttle", "torpedo", "oppose", "kill"]

    static let statementNouns: Set<String> = ["statement", "declaration", "communique", "communiqué", "resolution",
                                              "letter", "message", "decree", "ultimatum", "note", "report", "appeal",
                                              "motion", "petition", "memorandum"]

    /// Nouns for an office whose holder acts for the body its "of" phrase names ("the head of the WHO").
    static let officeNouns: Set<String> = ["head", "chief", "leader", "director", "chairman", "chairwoman", "chair",
                                           "secretary-general", "commander", "spokesman", "spokeswoman", "spokesperson",
                                           "envoy", "representative", "delegation", "president", "director-general"]
}
