import DyadCore
import DyadLexicon

extension SentenceAnalysis {
    /// Groups the clues by noun phrase and gives each phrase its code, updating the document context.
    mutating func resolve(context: inout DocumentContext) -> [ActorMention] {
        for index in clues.indices { clues[index].head = phraseHead(of: clues[index]) }
        var groups = Dictionary(grouping: clues, by: \.head).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        mergeTitles(&groups)
        var mentions: [ActorMention] = []
        for (head, group) in groups {
            mentions += compose(head: head, clues: group, context: &context)
        }
        return mentions
    }

    /// Joins a title phrase to the name right after it when the parse kept them apart ("state news agency RIA",
    /// "Foreign Minister Wang Yi" parsed as two subjects): the title has an agent and no name, the name follows
    /// with nothing between.
    private func mergeTitles(_ groups: inout [(Int, [Clue])]) {
        var index = 0
        while index + 1 < groups.count {
            let (_, title) = groups[index]
            let (nameHead, name) = groups[index + 1]
            let titleEnd = title.map(\.tokens.upperBound).max() ?? 0
            let nameStart = name.map(\.tokens.lowerBound).min() ?? 0
            let titleHead = groups[index].0
            let hasAgent = title.contains { isKind($0, .agent) }
            let titleNamed = title.contains { isNamed($0) }
            let named = name.contains { isNamed($0) }
            if hasAgent, !titleNamed, named, max(titleEnd, titleHead + 1) == nameStart {
                groups[index + 1] = (nameHead, title + name)
                groups.remove(at: index)
                continue
            }
            index += 1
        }
    }

    func isKind(_ clue: Clue, _ kind: LexiconEntry.Kind) -> Bool {
        if case .lexicon(let hit) = clue.source { return lexicon.entries[hit.entry].kind == kind }
        return false
    }

    private func isNamed(_ clue: Clue) -> Bool {
        switch clue.source {
        case .lexicon(let hit): [.person, .organisation, .group].contains(lexicon.entries[hit.entry].kind)
        case .entity: true
        default: false
        }
    }

    /// Roles whose agent nouns, as modifiers of a thing ("passenger train", "spy satellite"), tell what it is for,
    /// not whose it is.
    static let purposeModifierRoles: Set<ActorRole> = [.civilians, .intelligence, .education, .labor, .agriculture]
    /// Nouns for a body of people, which the people before them make up.
    static let collectiveNouns: Set<String> = ["group", "union", "association", "federation", "organisation",
                                               "organization", "community", "leader", "representative", "member",
                                               "family", "body", "council", "committee", "movement", "network"]

    /// What a group's lexicon clues say, by role in the phrase.
    private struct Parts {
        var person: (clue: Clue, entry: Int, hit: LexiconMatcher.Hit)?
        var organisation: (clue: Clue, entry: Int)?
        var agent: (clue: Clue, entry: Int)?
        var country: (clue: Clue, code: String, entry: Int?, field: LexiconPhrase.Field?)?
        var entity: (clue: Clue, type: String)?
    }

    private func parts(of clues: [Clue], head: Int, context: DocumentContext) -> Parts {
        var parts = Parts()
        for clue in clues.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            switch clue.source {
            case .lexicon(let hit):
                let entry = lexicon.entries[hit.entry]
                switch entry.kind {
                case .person:
                    if hit.field == .short, !context.mentioned.contains(hit.entry),
                       clues.contains(where: { other in
                           if case .lexicon(let h) = other.source { return h.entry != hit.entry && h.field == .short
                               && other.tokens == clue.tokens }
                           return false
                       }) { continue }
                    // The person whose name holds the head, or else the first one.
                    if parts.person == nil || clue.tokens.contains(head) { parts.person = (clue, hit.entry, hit) }
                case .organisation, .group:
                    if parts.organisation == nil || clue.tokens.contains(head) { parts.organisation = (clue, hit.entry) }
                case .agent:
                    // "a passenger train", "a spy satellite", "a refugee camp": people named only to say what a thing
                    // is for are no actor of the phrase.
                    // Not before a collective noun, which is those people ("French farmer groups", "student unions").
                    if !clue.tokens.contains(head), ["NN", "NNS"].contains(xpos(head)),
                       !Self.collectiveNouns.contains(lemma(head).lowercasedIfNeeded()),
                       deprel(syntacticHead(of: clue.tokens)) == "compound",
                       let role = entry.code.roles.first, Self.purposeModifierRoles.contains(role) { continue }
                    if parts.agent == nil || clue.tokens.lowerBound > parts.agent!.clue.tokens.lowerBound
                        || clue.tokens.contains(head) {
                        if parts.agent.map({ !$0.clue.tokens.contains(head) }) ?? true { parts.agent = (clue, hit.entry) }
                    }
                case .country:
                    if parts.country == nil || (parts.country?.field == .place && hit.field != .place) {
                        // A country with dated codes (peer dictionaries: Bosnia before and after 1992) takes the
                        // code of the date.
                        parts.country = (clue, (entry.roles(on: date).first?.code ?? entry.code).code, hit.entry, hit.field)
                    }
                }
            case .entity(let type):
                if parts.entity == nil || clue.tokens.contains(head) { parts.entity = (clue, type) }
            case .countryReference:
                if parts.country == nil, let code = context.countries.last {
                    parts.country = (clue, code, nil, nil)
                }
            case .pairReference, .personPronoun, .surnameReference, .thingPronoun, .blocReference, .groupReference:
                continue
            }
        }
        return parts
    }

    private mutating func compose(head: Int, clues: [Clue], context: inout DocumentContext) -> [ActorMention] {
        if let reference = clues.first(where: { if case .pairReference = $0.source { true } else { false } }) {
            // Two countries coordinated earlier in the sentence ("Russian and Ukrainian forces swapped prisoners in a
            // deal mediated by the UAE, the two sides said"); else the last two countries of this sentence so far; one
            // of them with the document's focus country; else those of the latest sentence that named two.
            var pair: [String]
            // Not the country of the verb's own subject: "…, and Brazil urged both neighbours to show restraint".
            let subject = subjectCountry(ofVerbOver: reference)
            let others = context.sentenceCountries.filter { $0 != subject }
            if form(reference.tokens.upperBound - 1).lowercasedIfNeeded() == "koreas" {
                // "the two Koreas" names its pair.
                pair = ["PRK", "KOR"]
            } else if let coordinated = coordinatedCountries(before: reference.tokens.lowerBound) {
                pair = coordinated
            } else if others.count >= 2 {
                pair = Array(others.suffix(2))
            } else if let only = others.first, let focus = context.focus, focus != only, focus != subject {
                pair = [only, focus]
            } else {
                pair = context.pair.count == 2 ? context.pair : Array(context.countries.suffix(2))
            }
            guard pair.count == 2 else { return [] }
            return pair.compactMap { code in
                guard let actor = try? ActorCode(code) else { return nil }
                return mention(reference.tokens, head: head, code: actor, name: countryName(code),
                               entry: "country/\(code)", rule: "coreference: the two countries")
            }
        }
        if let pronoun = clues.first(where: { if case .personPronoun = $0.source { true } else { false } }) {
            guard var person = context.lastPerson, index - person.sentence <= 2 else { return [] }
            // "him" as the object of a verb whose subject is that person is someone else: "the Iranian president
            // phoned him" is the latest person before of another code (Raisi, named before, is the same president).
            if isObjectOfOwnSubject(pronoun, person: person.entry, code: person.code),
               let earlier = context.earlierPersons.last(where: { [code = person.code] in $0.code != code && index - $0.sentence <= 2 }) {
                person = earlier
            }
            // "he and Abe agreed": a pronoun coordinated with a person's name is someone else, the person before.
            if isCoordinated(pronoun, withPerson: person.entry),
               let earlier = context.earlierPersons.last(where: { [entry = person.entry] in $0.entry != entry && index - $0.sentence <= 2 }) {
                person = earlier
            }
            return [mention(pronoun.tokens, head: head, code: person.code, name: person.name, entry: person.entry,
                            rule: "coreference: pronoun")]
        }
        if let pronoun = clues.first(where: { if case .thingPronoun = $0.source { true } else { false } }) {
            guard let other = context.lastOther, index - other.sentence <= 1 else { return [] }
            return [mention(pronoun.tokens, head: head, code: other.code, name: other.name, entry: other.entry,
                            rule: ActorMention.pronounRule)]
        }
        // "the bloc" and "the alliance" are the organisation named last in the document; "the agency", "the fund",
        // "the watchdog" only one named in this sentence or the one before (a national agency may come between).
        if let bloc = clues.first(where: { if case .blocReference = $0.source { true } else { false } }),
           let organisation = context.lastOrganisation,
           Self.blocWords.contains(lemma(bloc.tokens.lowerBound).lowercasedIfNeeded()) || index - organisation.sentence <= 1 {
            return [mention(bloc.tokens, head: head, code: organisation.code, name: organisation.name,
                            entry: organisation.entry, rule: "coreference: the bloc")]
        }
        // A group noun with nothing else in its phrase ("the group", not "the Group of Seven").
        if clues.count == 1, let reference = clues.first, case .groupReference = reference.source,
           let group = context.lastGroup, index - group.sentence <= 2 {
            return [mention(reference.tokens, head: head, code: group.code, name: group.name, entry: group.entry,
                            rule: "coreference: the group")]
        }
        let parts = parts(of: clues, head: head, context: context)
        var span = clues.reduce(head..<(head + 1)) {
            min($0.lowerBound, $1.tokens.lowerBound)..<max($0.upperBound, $1.tokens.upperBound)
        }
        if let entity = parts.entity {
            span = min(span.lowerBound, entity.clue.tokens.lowerBound)..<max(span.upperBound, entity.clue.tokens.upperBound)
        }
        let former = saysFormer(span)
        var result: ActorMention?
        if let person = parts.person {
            result = personMention(person.entry, span: span, head: head, former: former,
                                   agent: parts.agent.map { lexicon.entries[$0.entry] })
            context.mentioned.insert(person.entry)
        } else if let organisation = parts.organisation {
            result = organisationMention(organisation.entry, span: span, head: head, country: parts.country?.code)
            context.mentioned.insert(organisation.entry)
        } else if let known = knownPerson(parts, clues: clues, head: head, context: context) {
            result = mention(span, head: head, code: known.code, name: known.name, entry: known.entry,
                             rule: "coreference: surname")
        } else if let agent = parts.agent {
            // "Russian and Ukrainian delegations", "Armenian and Azerbaijani forces": one mention per country.
            let countries = countryClues(in: clues)
            if countries.count >= 2, parts.entity == nil {
                var found: [ActorMention] = []
                for country in countries {
                    if let mention = agentMention(agent, country: country, span: span, head: head, former: former,
                                                  hasEntity: false, context: context) {
                        remember(mention, context: &context)
                        found.append(mention)
                    }
                }
                return found
            }
            // "The presidents of Kyrgyzstan and Tajikistan": one mention per coordinated country of its phrase.
            let attached = parts.country == nil && parts.entity == nil ? countriesAttached(to: head) : []
            if attached.count >= 2 {
                return attached.compactMap { country in
                    guard let made = agentMention(agent, country: nil, span: span, head: head, former: former,
                                                  hasEntity: false, context: context, coordinated: country) else { return nil }
                    remember(made, context: &context)
                    return made
                }
            }
            result = agentMention(agent, country: parts.country, span: span, head: head, former: former,
                                  hasEntity: parts.entity != nil, context: context)
            if let result {
                context.agents[agent.entry] = (result.code, result.name, result.entry)
                if let word = lexicon.entries[agent.entry].name.split(separator: " ").last {
                    context.agentHeads[word.lowercasedIfNeeded()] = (result.code, result.name, result.entry)
                }
            }
        } else if let entity = parts.entity {
            let apposed = entity.type == "PERSON" ? apposedCountry(head) : nil
            let country = parts.country?.code ?? apposed ?? (entity.type == "PERSON" ? context.focus : nil)
            let role = entity.type == "PERSON" ? (former ? "ELI" : "") : "BUS"
            if let country, let code = try? ActorCode(country + role) {
                let rule = entity.type == "ORG" ? "unknown organisation with country"
                    : parts.country != nil ? "unknown person with country"
                    : apposed != nil ? "unknown person, country of the noun in apposition"
                    : "unknown person, country of the document"
                result = mention(span, head: head, code: code, name: String(text(of: entity.clue.tokens)),
                                 entry: parts.country?.entry.map { lexicon.entries[$0].id } ?? "country/\(country)",
                                 rule: rule)
            }
        } else if let country = parts.country, let entry = country.entry {
            result = countryMention(country, entry: entry, span: span, head: head, context: &context)
        } else if let country = parts.country, let code = try? ActorCode(country.code) {
            result = mention(country.clue.tokens, head: head, code: code, name: countryName(country.code),
                             entry: "country/\(country.code)", rule: "coreference: the country")
        }
        guard let result else { return [] }
        remember(result, context: &context)
        return [result]
    }

    /// The country of the subject of the verb a reference hangs on ("Brazil urged both neighbours"), if any.
    private func subjectCountry(ofVerbOver reference: Clue) -> String? {
        let subjects = subjects(ofVerbOver: syntacticHead(of: reference.tokens))
        return clues.first { clue in subjects.contains(syntacticHead(of: clue.tokens)) }.flatMap { country(of: $0) }
    }

    /// An organisation or group: its dated role on the date, or its code; a party the text calls ruling or
    /// opposition takes GOV or OPP after its country.
    private func organisationMention(_ index: Int, span: Range<Int>, head: Int, country: String?) -> ActorMention {
        let entry = lexicon.entries[index]
        // "Islamic State's Afghan branch", "Islamic State claimed the bombing in Pakistan's Bajaur district": a
        // transnational militant group takes the country its phrase names, else the one country where the sentence
        // places what happens, as its regional branches do (Islamic State Khorasan Province is AFGREBISI).
        if entry.code.code.hasPrefix("IMG"), let local = country ?? groupPlace(of: head) ?? placeCountry(excluding: span),
           let code = entry.code.branch(in: local) {
            return mention(span, head: head, code: code, name: "\(entry.name) (\(countryName(local)))", entry: entry.id,
                           rule: "transnational group, country where the sentence places it")
        }
        if let role = entry.roles(on: date).first {
            return mention(span, head: head, code: role.code, name: entry.name, entry: entry.id,
                           rule: "dated role: \(role.title) (\(role.period))")
        }
        let words = Set(span.map { form($0).lowercasedIfNeeded() })
        if entry.type == "party", let principal = entry.code.components.first, principal.kind == .country {
            let side = words.contains("ruling") || words.contains("governing") ? "GOV"
                : words.contains("opposition") ? "OPP" : nil
            if let side, let code = try? ActorCode(principal.code + side) {
                return mention(span, head: head, code: code, name: entry.name, entry: entry.id,
                               rule: "party, \(side == "GOV" ? "ruling" : "opposition") by the text")
            }
        }
        return mention(span, head: head, code: entry.code, name: entry.name, entry: entry.id,
                       rule: "\(entry.kind.rawValue) name")
    }

    /// The roles of agents who act where they are, so take the country of the place of their act.
    static let localRoles = ActorRole.irregularForces.union([.police, .civilians, .criminals])

    /// An agent with the country the phrase names, one in its prepositional phrase (`coordinated`: one of several
    /// there), the thing "the ministry" referred to before, or the country of the sentence, of the place its clause
    /// names (police, gunmen and other local actors), or of the document.
    private func agentMention(_ agent: (clue: Clue, entry: Int), country: (clue: Clue, code: String, entry: Int?, field: LexiconPhrase.Field?)?,
                              span: Range<Int>, head: Int, former: Bool, hasEntity: Bool,
                              context: DocumentContext, coordinated: String? = nil) -> ActorMention? {
        let agentEntry = lexicon.entries[agent.entry]
        let role = former && agentEntry.code.code == "GOV" ? "ELI" : agentEntry.code.code
        func make(_ country: String, _ rule: String) -> ActorMention? {
            guard let code = try? ActorCode(country + role) else { return nil }
            return mention(span, head: head, code: code, name: "\(countryName(country)) \(agentEntry.name)",
                           entry: agentEntry.id, rule: rule)
        }
        if let country {
            return make(country.code, country.entry == nil ? "agent composition, country by coreference" : "agent composition")
        }
        if let coordinated { return make(coordinated, "agent composition, countries coordinated in a prepositional phrase") }
        // An embassy or consulate "in" a country is its host's guest, not the host's: "its consulate in Houston"; a
        // weapon "in" a place is where it struck ("a facility in the Polish village"), "from" where it came.
        let located = Self.missionAgents.contains(agentEntry.id) || Self.weaponAgents.contains(agentEntry.id)
            ? ["of", "from"] : ["in", "of", "from"] as Set<String>
        if let attached = countriesAttached(to: head, prepositions: located).first {
            return make(attached, "agent composition, country in a prepositional phrase")
        }
        if let organisation = organisationAttached(to: head) {
            let entry = lexicon.entries[organisation]
            return mention(span, head: head, code: entry.code, name: entry.name, entry: entry.id,
                           rule: "agent of an international organisation named with 'of'")
        }
        if let leader = leaderAttached(to: head) {
            return make(leader, "agent of a leader's administration named with 'of'")
        }
        if let own = countryOfSender(ofObject: head) {
            return make(own, ActorMention.guessedCountryRule + " the subject that sends or withdraws it")
        }
        let start = agent.clue.tokens.lowerBound
        let headWord = agentEntry.name.split(separator: " ").last.map { $0.lowercasedIfNeeded() } ?? ""
        if !hasEntity, let earlier = context.agents[agent.entry] ?? context.agentHeads[headWord],
           start > sentence.tokens.lowerBound,
           ["the", "this"].contains(form(start - 1).lowercasedIfNeeded()) {
            return mention(span, head: head, code: earlier.code, name: earlier.name, entry: earlier.entry,
                           rule: "coreference: the \(agentEntry.name)")
        }
        // "India's high commissioner and five other diplomats": a conjunct without a country of its own shares the
        // country its first conjunct belongs to. Only a possessor: a country adjective may not reach the second
        // conjunct ("U.S. and British warplanes and warships" are not all British).
        if deprel(head) == "conj" {
            let first = self.head(head)
            let possessors = clues.filter { $0.head == first && deprel(syntacticHead(of: $0.tokens)) == "poss" }
            let shared = Set(possessors.compactMap { self.country(of: $0) })
            if shared.count == 1, let only = shared.first {
                return make(only, ActorMention.guessedCountryRule + " the phrase it is coordinated with")
            }
            // A first conjunct that is no actor itself but a model or a kind ("Israeli F-15 and F-35 jets") hands
            // its country adjective on to the noun it is coordinated with.
            if !clues.contains(where: { $0.tokens.contains(first) }) {
                let adjectives = clues.filter { $0.head == first && deprel(syntacticHead(of: $0.tokens)) == "amod" }
                let named = Set(adjectives.compactMap { self.country(of: $0) })
                if named.count == 1, let only = named.first {
                    return make(only, ActorMention.guessedCountryRule + " the model it is coordinated with")
                }
            }
        }
        // A weapon with no country of its own is nobody's: "a missile slammed into a grain-drying facility in Poland"
        // is not Poland's, nor a drone over Kyiv Ukraine's.
        if Self.weaponAgents.contains(agentEntry.id) { return nil }
        let named = Set(clues.compactMap { self.country(of: $0) })
        if named.count == 1, let only = named.first { return make(only, ActorMention.guessedCountryRule + " the sentence") }
        // Among several countries, police, gunmen or people acting where the sentence places their act are that
        // place's: "a man opened fire on their car in Karachi", "police stormed the Mexican embassy in Quito". Not
        // a government or its envoys, who act abroad ("Maduro's government and the opposition signed a deal in
        // Barbados").
        if named.count > 1, ActorRole(rawValue: role).map(Self.localRoles.contains) ?? false,
           ["nsubj", "nsubjpass"].contains(deprel(head)),
           let local = placeCountry(under: self.head(head)) {
            return make(local, "agent, country where the sentence places the act")
        }
        if let focus = context.focus { return make(focus, ActorMention.guessedCountryRule + " the document") }
        return nil
    }

    /// A country on its own: a seat of government is the government; an adjective on a thing that is not an actor
    /// ("Russian oil") is no mention; a name or capital possessing something that is not an actor stands alone.
    private func countryMention(_ country: (clue: Clue, code: String, entry: Int?, field: LexiconPhrase.Field?),
                                entry: Int, span: Range<Int>, head: Int,
                                context: inout DocumentContext) -> ActorMention? {
        let isHead = country.clue.tokens.contains(head)
        // As the subject of a verb, an attack acts for the country that made it ("Israeli airstrikes killed", "U.S.
        // drone attacks have killed"), and a craft for the country its adjective names ("a Chinese plane landed").
        let actingRule: String? = isHead || deprel(head) != "nsubj" ? nil
            : Self.attackNouns.contains(lemma(head)) && country.field != .place ? "country of an attack"
            : Self.vehicleNouns.contains(lemma(head)) && country.field == .adjective ? "country of a vehicle"
            : nil
        if let actingRule, let code = try? ActorCode(country.code) {
            context.noteCountry(country.code)
            return mention(span, head: head, code: code, name: countryName(country.code),
                           entry: lexicon.entries[entry].id, rule: actingRule)
        }
        switch country.field {
        case .seat?:
            guard let code = try? ActorCode(country.code + "GOV") else { return nil }
            return mention(span, head: head, code: code, name: countryName(country.code) + " government",
                           entry: lexicon.entries[entry].id, rule: "seat of government")
        case .adjective? where !isHead, _ where !isHead && ownedThing(syntacticHead(of: country.clue.tokens)) == head:
            context.noteCountry(country.code)
            // "recognised a Palestinian state", "condemned the U.S. strikes": in an argument position the thing
            // stands for its country; elsewhere ("Russian oil prices rose") it is no actor.
            guard ["dobj", "pobj", "nsubjpass"].contains(deprel(head)), let code = try? ActorCode(country.code)
            else { return nil }
            return mention(span, head: head, code: code, name: countryName(country.code),
                           entry: lexicon.entries[entry].id, rule: "country of a thing")
        case .place? where isHead:
            // A city or region stands for its country where it is acted on ("shelled Kharkiv"), never as the one who
            // acts ("Lagos condemned" is no actor); the mention says so.
            guard ["dobj", "pobj", "nsubjpass"].contains(deprel(head)), let code = try? ActorCode(country.code)
            else { return nil }
            return mention(span, head: head, code: code, name: countryName(country.code),
                           entry: lexicon.entries[entry].id, rule: ActorMention.placeRule)
        case .place?:
            // A place naming a thing acted on stands for its country too: "struck the Zaporizhzhia nuclear power
            // plant", "laid a wreath at the Warsaw Uprising monument".
            // Not an area named by its place in an "of" phrase ("the governor of the Ryazan region"), which belongs
            // to the noun the phrase is on.
            let governor = self.head(head)
            let ofPhrase = deprel(head) == "pobj" && governor >= 0 && lemma(governor) == "of"
            guard ["dobj", "pobj", "nsubjpass"].contains(deprel(head)), !(ofPhrase && Self.areaNouns.contains(lemma(head))),
                  ["compound", "nmod", "amod"].contains(deprel(syntacticHead(of: country.clue.tokens))),
                  let code = try? ActorCode(country.code) else { return nil }
            return mention(span, head: head, code: code, name: countryName(country.code),
                           entry: lexicon.entries[entry].id, rule: "country of a place's thing")
        default:
            let tokens = isHead ? span : country.clue.tokens
            guard let code = try? ActorCode(country.code) else { return nil }
            return mention(tokens, head: isHead ? head : syntacticHead(of: tokens), code: code,
                           name: countryName(country.code), entry: lexicon.entries[entry].id,
                           rule: country.field == .capital ? ActorMention.capitalRule : "country")
        }
    }

    /// A person named earlier in the document, found again by a part of the name ("Yoon", "Mr Odinga").
    private func knownPerson(_ parts: Parts, clues: [Clue], head: Int, context: DocumentContext)
        -> (code: ActorCode, name: String, entry: String)? {
        var tokens: Range<Int>?
        if let entity = parts.entity, entity.type == "PERSON", entity.clue.tokens.contains(head) || parts.agent == nil {
            tokens = entity.clue.tokens
        } else if let reference = clues.first(where: { if case .surnameReference = $0.source { true } else { false } }) {
            tokens = reference.tokens
        }
        guard let tokens else { return nil }
        for token in tokens.reversed() where isCapitalised(token) {
            if let known = context.surnames[form(token).lowercasedIfNeeded()] { return known }
        }
        return nil
    }

    /// Whether the phrase calls its actor former ("former President", "ex-minister").
    private func saysFormer(_ span: Range<Int>) -> Bool {
        let start = max(sentence.tokens.lowerBound, span.lowerBound - 1)
        return (start..<span.upperBound).contains { token in
            let word = form(token).lowercasedIfNeeded()
            return word == "former" || word == "ex" || word.hasPrefix("ex-")
        }
    }

    /// The distinct countries named by adjectives or names joined by "and" in one phrase, in text order.
    private func countryClues(in clues: [Clue]) -> [(clue: Clue, code: String, entry: Int?, field: LexiconPhrase.Field?)] {
        var found: [(clue: Clue, code: String, entry: Int?, field: LexiconPhrase.Field?)] = []
        for clue in clues.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            guard case .lexicon(let hit) = clue.source, lexicon.entries[hit.entry].kind == .country,
                  hit.field != .place, hit.field != .seat else { continue }
            let entry = lexicon.entries[hit.entry]
            let code = (entry.roles(on: date).first?.code ?? entry.code).code
            guard !found.contains(where: { $0.code == code }) else { continue }
            // Joined by "and", or a conjunct down the list ("American, Japanese and Canadian warships").
            if let first = found.first, !coordinated(first.clue.tokens.lowerBound, clue.tokens.lowerBound),
               !isConjunct(syntacticHead(of: clue.tokens), of: syntacticHead(of: first.clue.tokens)) { continue }
            found.append((clue, code, hit.entry, hit.field))
        }
        return found
    }

    /// A person: the dated role on the date; out of office, "former" in the text makes a former official,
    /// a title in the text ("opposition leader Raila Odinga") or else former official / the bare country.
    private func personMention(_ entryIndex: Int, span: Range<Int>, head: Int, former: Bool, agent: LexiconEntry?)
        -> ActorMention {
        let entry = lexicon.entries[entryIndex]
        let country = entry.countries.first ?? entry.code.code
        let current = entry.roles(on: date).first
        if former, current == nil, let code = try? ActorCode(country + "ELI") {
            return mention(span, head: head, code: code, name: entry.name, entry: entry.id,
                           rule: "former office: the text says former")
        }
        if let role = current {
            return mention(span, head: head, code: role.code, name: entry.name, entry: entry.id,
                           rule: "dated role: \(role.title) (\(role.period))")
        }
        if let agent, let code = try? ActorCode(country + agent.code.code) {
            return mention(span, head: head, code: code, name: entry.name, entry: entry.id,
                           rule: "person out of office, title in the text (\(agent.name))")
        }
        let ended = entry.roles.filter { $0.period.end.map { !(date < $0.firstDay) } ?? false }
        if let last = ended.max(by: { $0.period.end!.firstDay < $1.period.end!.firstDay }),
           let code = try? ActorCode(country + "ELI") {
            return mention(span, head: head, code: code, name: entry.name, entry: entry.id,
                           rule: "former office: \(last.title) until \(last.period.end!)")
        }
        return mention(span, head: head, code: entry.code, name: entry.name, entry: entry.id,
                       rule: "person, before any dated role")
    }

    private func countryName(_ code: String) -> String {
        lexicon.entry(id: "country/\(code)")?.name ?? CAMEOActorVocabulary.country(code)?.name ?? code
    }

    private func text(of tokens: Range<Int>) -> Substring {
        let start = document.tokens[tokens.lowerBound].utf8Start, end = document.tokens[tokens.upperBound - 1].utf8End
        return document.document.text.utf8Slice(start..<end)
    }

    private func mention(_ tokens: Range<Int>, head: Int, code: ActorCode, name: String, entry: String,
                         rule: String) -> ActorMention {
        let first = document.tokens[tokens.lowerBound], last = document.tokens[tokens.upperBound - 1]
        return ActorMention(sentence: index, tokens: tokens, span: Span(start: first.start, end: last.end),
                            text: String(text(of: tokens)), code: code, name: name, entry: entry, rule: rule,
                            head: head)
    }
}
