import DyadCore
import DyadLexicon

extension ClauseReader {
    /// The events a verb carries with the first pattern of `entries` whose cues hold.
    func events(of verb: Int, entries: [VerbEntry]) -> [CodedEvent] {
        trace(of: verb, entries: entries).events
    }

    /// What the coder read around a verb: the slots its patterns test.
    struct Reading {
        let passive: Bool
        let object: Int?
        let source: Int?
        let prepositions: [(word: String, object: Int)]
        let particle: String?
        let governed: Int?
        /// In a chain with no object of its own, whom the governed verb acts on or names as its subject.
        let chainTarget: Int?
        /// The indirect object when it names an actor ("gave the Ivory Coast 5 million dollars").
        let recipient: Int?
    }

    /// A pattern whose cues hold for a verb, with the token its target comes from.
    struct Candidate {
        let entry: VerbEntry
        /// The pattern's position in `entry.patterns` (a position, not a copy: most candidates are never chosen,
        /// and copying a pattern retains each of its sets).
        let index: Int
        let target: Int?
        let specificity: Int

        var pattern: VerbPattern { entry.patterns[index] }
    }

    /// Reads the slots around `verb`.
    func reading(of verb: Int) -> Reading {
        // A past participle modifying a noun is a passive whose patient is that noun ("talks mediated by Malaysia").
        let reduced = isReducedPassive(verb)
        let passive = reduced || !kids(verb, ["nsubjpass", "auxpass"]).isEmpty
        let patient = reduced ? head(verb) : kids(verb, ["nsubjpass"]).first
        // "sent military transport planes loaded with tarpaulins": a carrier's load is what a verb of sending sends
        // (not what is seized or shot down: "seized a British ship carrying oil").
        let object = (passive ? patient : directObject(of: verb)).map(throughQuantity).map { object in
            Self.cargoVerbs.contains(lemma(verb)) && Self.carriers.contains(lemma(object))
                ? cargo(of: object).map(throughQuantity) ?? object : object
        }
        let source = passive ? kids(verb, ["agent"]).first.flatMap { kids($0, ["pobj"]).first } ?? attacker(of: verb)
            : subject(of: verb)
        // "told Ottawa to cut its staff" is an order; "told reporters that Russia would cut …" tells what another does.
        // Only an infinitive of its own, without a subject: not a clause hung on its object ("told CPC a port … could
        // not accept small ships", "told reporters talks ended with agreement to take …").
        let governed = lemma(verb) == "tell"
            ? kids(verb, ["xcomp", "ccomp", "advcl"]).first { clause in
                kids(clause, ["aux"]).contains { lemma($0) == "to" } && kids(clause, ["nsubj", "nsubjpass", "mark"]).isEmpty
            }
            : governedVerb(of: verb, object: object)
        // "demanded that Moscow release ...", "refused to receive a delegation from ECOWAS"
        // Also when the object names no actor and the governed verb is help given: "pledged $90 million to help Laos
        // clear bombs".
        // Not people whose country is only a guess ("to help the survivors").
        let chainTarget: Int? = if object == nil {
            governed.flatMap { chainTargetToken(of: $0) }
        } else if let governed, Self.helpVerbs.contains(lemma(governed)), let object, actors(at: object).isEmpty,
                  let helped = chainTargetToken(of: governed), actors(at: helped).contains(where: { !$0.hasGuessedCountry }) {
            helped
        } else {
            nil
        }
        let recipient: Int? = passive ? nil : kids(verb, ["dative"]).first { !actors(at: $0).isEmpty } ?? twoObjectRecipient(of: verb)
        return Reading(passive: passive, object: object, source: source,
                       prepositions: prepositions(of: verb, object: object),
                       particle: particle(of: verb), governed: governed, chainTarget: chainTarget,
                       recipient: recipient)
    }

    /// The agent of a passive act of force named by the attack it happened in: "were killed in an air strike by
    /// Syrian government forces", "were wounded in a Russian missile attack" (the nationality on the attack).
    func attacker(of verb: Int) -> Int? {
        for preposition in kids(verb, ["prep"]) where ["in", "during"].contains(lemma(preposition)) {
            for noun in kids(preposition, ["pobj"]) where Self.forceNouns.contains(lemma(noun)) || lemma(noun) == "ambush" {
                if let agent = phraseObjects(of: noun, ["by"]).first {
                    return agent
                }
                // A nationality or an owner, not a compound, which may be the place or the victim ("the Jordan drone
                // attack", "the Nemtsov killing").
                let modifiers = kids(noun, ["amod", "poss"])
                let inner = kids(noun, ["compound"]).flatMap { kids($0, ["amod", "poss"]) }
                if let named = (modifiers + inner).first(where: { !mentions(at: $0).isEmpty }) {
                    return named
                }
            }
        }
        return nil
    }

    /// The patterns of `entries` whose cues hold for the verb, in the order they are tried: within an entry its
    /// patterns keep their order; the entries' first holding patterns are ranked by specificity (several files
    /// may define one lemma).
    func candidates(for reading: Reading, entries: [VerbEntry]) -> [Candidate] {
        // A clause agreed on that states what must or must not be ("agreed that a nuclear war must never be fought",
        // "that war must never be allowed on the peninsula") is a shared view, read as agreeing that something is.
        let complement = reading.governed.map { governed in isStatedNorm(governed) ? "be" : lemma(governed) }
        var candidates: [Candidate] = []
        // The words of each object noun tested, read once for all the patterns.
        var objects: [Int: ObjectWords] = [:]
        for entry in entries {
            entry.patterns.withUnsafeBufferPointer { patterns in
                for index in patterns.indices {
                    if let found = candidate(patterns.baseAddress! + index, entry: entry, index: index, reading: reading,
                                             complement: complement, objects: &objects) {
                        candidates.append(found)
                    }
                }
            }
        }
        let entryRank = Dictionary(candidates.map { ($0.entry.key, $0.specificity) }, uniquingKeysWith: { first, _ in first })
        return candidates.enumerated().sorted { a, b in
            let rankA = entryRank[a.element.entry.key] ?? 0, rankB = entryRank[b.element.entry.key] ?? 0
            if rankA != rankB { return rankA > rankB }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// One pattern of an entry as a candidate for the verb, or nil when one of its cues does not hold. The pattern
    /// is read where the entry holds it, not copied: a copy retains each of its sets (Swift copied even a
    /// `borrowing` argument here), and most patterns tried fail a cue.
    private func candidate(_ pattern: UnsafePointer<VerbPattern>, entry: VerbEntry, index: Int, reading: Reading,
                           complement: String?, objects: inout [Int: ObjectWords]) -> Candidate? {
        func objectMatch(_ object: Int, _ set: WordSet) -> ObjectMatch? {
            if set.any { return .head }
            if let words = objects[object] { return words.match(in: set) }
            let words = objectWords(object)
            objects[object] = words
            return words.match(in: set)
        }
        if let voice = pattern.pointee.voice, (voice == .passive) != reading.passive { return nil }
        if pattern.pointee.pairedSubject, !namesPair(reading.source, armed: pattern.pointee.code.rootNumber >= 18) { return nil }
        if let set = pattern.pointee.subject {
            // The head's words, or the agent the lexicon reads the subject as ("Egyptian F-16s" is a warplane).
            guard let source = reading.source, objectWords(throughQuantity(source)).match(in: set) != nil
                    || mentions(at: throughQuantity(source)).contains(where: { mention in
                        mention.entry.hasPrefix("agent/")
                            && set.contains(mention.entry.dropFirst(6).replacingOccurrences(of: "-", with: " "))
                    }) else { return nil }
        }
        // With no direct object, a pattern with prep= reads obj= on the noun after the preposition
        // ("called for a ceasefire", "agreed to talks").
        var checked = reading.object
        var phraseMatch = 0
        let prepositionNoun = pattern.pointee.prepositions.isEmpty ? nil
            : reading.prepositions.first { pattern.pointee.prepositions.contains($0.word) }?.object
        if checked == nil { checked = prepositionNoun }
        if let set = pattern.pointee.object {
            var match = checked.flatMap { objectMatch($0, set) }
            // "sharing security and intelligence information": a noun coordinated with the head may be the one meant.
            if match == nil, !set.any, let head = checked,
               let conjunct = kids(head, ["conj"]).first(where: { objectMatch($0, set) != nil }) {
                match = objectMatch(conjunct, set)
            }
            // A direct object the parse made of something else ("spoke by telephone ..., their first
            // conversation") leaves the preposition's noun to be tested.
            if match == nil, checked != nil, let prepositionNoun, let other = objectMatch(prepositionNoun, set) {
                checked = prepositionNoun
                match = other
            }
            guard let match else { return nil }
            // "a military aid program" named as "aid program" says more than a set holding "program"
            if match == .phrase { phraseMatch = 1 }
        }
        // "!obj=*" asks for no direct object ("fired on the crowd"); other exclusions test the checked noun.
        if let set = pattern.pointee.notObject {
            if set.any { if reading.object != nil { return nil } }
            else if let checked, objectMatch(checked, set) != nil { return nil }
        }
        // "prt=over|in": one of the particles written
        if !pattern.pointee.particles.isEmpty, !pattern.pointee.particles.contains(reading.particle ?? "") { return nil }
        if let set = pattern.pointee.complement {
            guard let complement, set.contains(complement) else { return nil }
        }
        var prepositionObject: Int?
        if !pattern.pointee.prepositions.isEmpty {
            // The first such phrase that names an actor, else the first at all.
            let matching = reading.prepositions.filter { pattern.pointee.prepositions.contains($0.word) }
            guard let found = matching.first(where: { !mentions(at: $0.object).isEmpty }) ?? matching.first
            else { return nil }
            prepositionObject = found.object
        }
        let targetToken: Int? = switch pattern.pointee.target {
        case .object: reading.recipient ?? reading.chainTarget ?? reading.object
        case .preposition: prepositionObject
        case .none: nil
        }
        let specificity = (pattern.pointee.object.map { $0.any ? 1 : 3 } ?? 0) + (pattern.pointee.prepositions.isEmpty ? 0 : 1)
            + (pattern.pointee.particles.isEmpty ? 0 : 3) + (pattern.pointee.complement == nil ? 0 : 3)
            + (pattern.pointee.subject == nil ? 0 : 3) + phraseMatch
        return Candidate(entry: entry, index: index, target: targetToken, specificity: specificity)
    }

    /// Why a verb codes no act of its own, if it does not: negated, an intention negated, hypothetical, hearsay, what
    /// an appeal asks for, the content of a chain, inside what a denial or accusation says, an obligation.
    func skipReason(of verb: Int) -> String? {
        if isNegated(verb) { return "negated" }
        // "alleged war crimes committed by Russian forces": what an alleged act's participle tells is the allegation.
        if deprel(verb) == "acl", head(verb) >= 0,
           kids(head(verb), ["amod"]).contains(where: { ["alleged", "suspected", "purported", "possible"].contains(lemma($0)) }) {
            return "part of what is alleged ('\(form(kids(head(verb), ["amod"]).first!)) \(form(head(verb)))')"
        }
        // "does not plan to deploy forces": an intention denied is no intention.
        if isUnderIntent(verb), let governor = complementGovernor(of: verb), isNegated(governor) {
            return "the intention '\(form(governor))' is negated"
        }
        if isHypothetical(verb) { return "hypothetical (could/might/may/would, expected to, if, whether)" }
        if isHearsay(verb) { return "what '\(form(head(verb)))' say, not asserted" }
        if let appeal = appealNoun(of: verb) { return "what '\(form(appeal))' asks for, not done" }
        if isChained(verb) { return "the content of '\(form(head(verb)))', which codes the chain" }
        if isInsideContent(verb) { return "inside what a denial, an accusation or an admission says" }
        if isObligation(verb) { return "an obligation ('must'), not an act; a speaker's demand when reported" }
        return nil
    }

    /// What the coder saw and decided for one verb: why it was skipped, or the slots it read, the patterns that held
    /// and the events of the one chosen.
    func trace(of verb: Int, entries: [VerbEntry]) -> VerbTrace {
        var trace = VerbTrace(token: verb, verb: form(verb), lemma: lemma(verb), entries: entries.map(\.id))
        trace.skipped = skipReason(of: verb)
        if trace.skipped != nil { return trace }
        let reading = reading(of: verb)
        trace.slots = [
            "voice": reading.passive ? "passive" : "active",
            "source": reading.source.map(form) ?? "-", "object": reading.object.map(form) ?? "-",
            "prepositions": reading.prepositions.map { "\($0.word) \(form($0.object))" }.joined(separator: ", "),
            "particle": reading.particle ?? "-", "governed verb": reading.governed.map(lemma) ?? "-",
        ]
        // When a pattern's target names no actor, the entry's next holding pattern, then the next entry, gets its
        // chance.
        let ordered = candidates(for: reading, entries: entries)
        trace.held = ordered.map { "\($0.entry.id): \($0.pattern.text) (line \($0.pattern.line))" }
        for candidate in ordered {
            let rule = "\(candidate.entry.id): pattern \(candidate.pattern.text) (\(candidate.entry.location.file):\(candidate.pattern.line))"
            let found = events(verb: verb, sourceToken: reading.source, targetToken: candidate.target,
                               code: candidate.pattern.code, targetless: candidate.pattern.target == .none, rule: rule)
            if !found.isEmpty {
                trace.chosen = "\(candidate.entry.id): \(candidate.pattern.text)"
                trace.events = found
                return trace
            }
        }
        if !ordered.isEmpty { trace.skipped = "no held pattern found a source and the target it needs among the actors" }
        else { trace.skipped = "no pattern's cues held" }
        return trace
    }

    /// Builds the events of a matched pattern (its code; whether it names no target; the rule to cite): one per
    /// source and target; coordinated sources with no target act on each other ("Russia and North Korea signed a
    /// treaty").
    func events(verb: Int, sourceToken: Int?, targetToken: Int?, code matchedCode: EventCode, targetless: Bool,
                rule matchedRule: String) -> [CodedEvent] {
        let sources = sourceActors(at: sourceToken, verb: verb)
        guard !sources.isEmpty else { return [] }
        var patternCode = matchedCode, patternRule = matchedRule
        // A show of force staged by the forces of two countries together ("Philippine and U.S. troops began their
        // annual exercises") is military cooperation between them (062), not a demonstration against anyone; one
        // aimed at a third state's airspace or waters stays a show of force toward it.
        if matchedCode.code == "150", targetToken == nil, Set(sources.map(\.code.principal.code)).count >= 2,
           let joint = CAMEOOntology.code("062") {
            patternCode = joint
            patternRule += "; staged by two countries together, so 150 → 062"
        }
        var targets = self.targets(at: targetToken, verb: verb, sources: sources)
        // Missiles or shells fired into the sea strike no one: a show of force toward the state whose waters or
        // coast the sentence names ("fired ballistic missiles into waters around Taiwan").
        if patternCode.rootNumber == 19, isFiredIntoTheSea(verb), let show = CAMEOOntology.code("150") {
            patternCode = show
            patternRule += "; fired into the sea, so a show of force (150)"
            targets = prepositionalActor(under: verb, excluding: sources, homeVenue: false).map { [$0] } ?? []
        }
        // Troops sent to another country, not to a border or a region, are deployed there (074, received 0861):
        // "sent hundreds of troops to the Central African Republic"; "sent troops to its border with Belarus" stays
        // a mobilisation (154). So are police sent abroad (153): "deployed police officers to Haiti".
        if ["154", "153"].contains(patternCode.code), let host = destinationCountry(of: verb, excluding: sources),
           let deployment = CAMEOOntology.code("074") {
            patternCode = deployment
            patternRule += "; sent to another country, so a deployment (074)"
            targets = [host]
        }
        // A court that orders a state or its people to act rules against them (116): "the International Court of
        // Justice ordered Azerbaijan to ensure ...", "the Supreme Court ordered a Japanese steelmaker to compensate".
        // A judge ordering a person to appear or to testify makes a demand of that person (101).
        if lemma(verb) == "order", patternCode.rootNumber == 10, patternCode.code != "101", sources.allSatisfy(isCourt),
           !targets.isEmpty, !targets.contains(where: { target in
               target.isPerson || target.code.roles.contains(.elites)
           }),
           let ruling = CAMEOOntology.code("116") {
            patternCode = ruling
            patternRule += "; ordered by a court, so a ruling (116)"
        }
        // A state's own politician suspended from parliament or from duty is banned (1722), not a state whose
        // membership is suspended (161): "the Constitutional Court suspended Pita Limjaroenrat from parliament".
        if patternCode.code == "161", lemma(verb) == "suspend", !targets.isEmpty, targets.allSatisfy({ target in
            target.isPerson
                && sources.contains { $0.code.principal == target.code.principal }
        }), let ban = CAMEOOntology.code("1722") {
            patternCode = ban
            patternRule += "; a politician of its own state, so a ban (1722)"
        }
        // "imposed sanctions on Israeli ministers, accusing them of ...": "it" or "them" in a participle clause is
        // whom the clause's verb acted on, before the latest state named; so is "him" or "her", which names no one
        // by itself ("imposed sanctions on Justice Alexandre de Moraes, accusing him of ...").
        let personalPronoun = targetToken.map { document.xpos[$0] == "PRP" && ["him", "her"].contains(form($0).lowercasedIfNeeded()) } ?? false
        if targets.isEmpty ? personalPronoun : targets.allSatisfy({ $0.rule == ActorMention.pronounRule }), deprel(verb) == "advcl",
           document.xpos[verb] == "VBG", head(verb) >= 0,
           let acted = addressee(of: head(verb), excluding: sources)
            ?? prepositionalActor(under: head(verb), excluding: sources, homeVenue: false) {
            // With the actors coordinated with it: "froze the assets of individuals from Russia, Belarus and North
            // Korea, accusing them of …".
            targets = withCoordinated(acted, excluding: sources)
        }
        // A mediator acts on the parties to what it mediates ("a deal brokered by China" between the subjects).
        if targets.isEmpty, Self.mediationCodes.contains(patternCode.code) {
            targets = mediatedParties(of: verb, excluding: sources)
        }
        // Partners acting together on something whose country is only a guess ("Saudi Arabia and Iran agreed to
        // reopen embassies") act on each other.
        // So do two sides that swap or exchange ("Russian and Ukrainian forces swapped prisoners of war").
        // So do the leaders of two states who speak together ("Johnson and Varadkar held talks and said afterwards
        // that they could see a pathway to a deal", "al-Sisi and King Abdullah affirmed their shared rejection"): a
        // statement of two states' actors is addressed to each other; not one of two actors of one state.
        // Not a participle on another act of theirs: "France, Germany and Britain urged Iran …, warning that time was
        // running out" warns Iran, not each other.
        let spokenTogether = patternCode.rootNumber == 1 && Set(sources.map(\.code.principal)).count >= 2
            && !(deprel(verb) == "advcl" && document.xpos[verb] == "VBG")
        // "Ukraine and Russia accused each other": an act aimed at "each other" or "one another" goes both ways.
        // Also read as "one" with "another" after it ("accused one another", the parser's object "one").
        let eachOther = targetToken.map { token in
            (["other", "another"].contains(lemma(token)) && token > sentence.tokens.lowerBound
                && ["each", "one"].contains(lemma(token - 1)))
            || (["each", "one"].contains(lemma(token)) && token + 1 < sentence.tokens.upperBound
                && ["other", "another"].contains(lemma(token + 1)))
        } ?? false
        if eachOther, sources.count >= 2 { targets = [] }
        let mutual = Self.isReciprocal(patternCode) || spokenTogether || (eachOther && sources.count >= 2)
            || ["exchange", "clash", "trade", "swap", "fight", "skirmish", "battle", "brawl", "scuffle"].contains(lemma(verb))
            // "Russia and Ukraine each freed 95 prisoners of war in an exchange brokered by the UAE"
            || (patternCode.code == "0841" && isSwap(verb))
        // Or on something of one of theirs: "South Korea and the United States agreed to deploy a U.S. missile
        // defence system".
        if sources.count >= 2, mutual, targets.allSatisfy({ target in
            target.hasGuessedCountry || sources.contains { $0.code.principal == target.code.principal }
        }) {
            targets = []
        }
        // A show of force with no other state named, or only the source's own forces ("scrambled fighter jets"),
        // answers the state whose act it followed ("... after Russia launched a missile attack").
        let ownForces = targets.allSatisfy { target in sources.contains { $0.code.principal == target.code.principal } }
        // Not when the verb's own phrases name the state ("massing troops near Ukraine's borders"), and not for a
        // raised terror alert, which is posture at home (151).
        if patternCode.rootNumber == 15, patternCode.code != "151", ownForces,
           prepositionalActor(under: verb, excluding: sources, homeVenue: false).map({ named in
               named.code.country == nil || sources.contains { $0.code.principal == named.code.principal }
           }) ?? true,
           let provoker = provoker(of: verb, excluding: sources) {
            targets = [provoker]
        }
        targets = targets.map { relocated($0, verb: verb, toDestination: patternCode.code == "174") }
        var pairs: [(ActorMention, ActorMention?)] = []
        if targets.isEmpty, mutual, sources.count == 1, sources[0].rule == Self.conflictPartiesRule {
            // "Libya's warring sides agreed to a ceasefire": both sides are the state's, so the act is at home.
            pairs = [(sources[0], sources[0])]
        } else if targets.isEmpty, sources.count >= 2, mutual {
            // "Russia and North Korea signed a treaty", "the two countries held talks": each acts on the other.
            // Not one actor named twice by overlapping mentions ("European Commission President Ursula von der Leyen").
            for a in sources {
                for b in sources where (b.span != a.span || b.code != a.code)
                    && !(a.tokens.overlaps(b.tokens) && a.code.principal == b.code.principal)
                    && !(spokenTogether && a.code.principal == b.code.principal) { pairs.append((a, b)) }
            }
        } else if targets.isEmpty {
            // No target named (or the pattern names none). Statements, appeals and intentions stand without one
            // ("Qatar expressed optimism"), and so does an intended act of cooperation, coded as the intent ("will
            // withdraw its troops" → 0356). An appeal takes whom it asks ("asked the IMF for financing"); another act
            // takes the actor its prepositional phrases name ("killed 80 people in a mosque in Peshawar"; a pattern
            // that names no target: conflict and yielding acts only), else, done at home, the source's own country.
            let root = patternCode.rootNumber
            let intended = !targetless && (isIntended(verb) || isUnderIntent(verb)) && IntentCodes.intent(for: patternCode) != nil
            let standsAlone = (1...3).contains(root) || intended
            // A reaction to "the raid", "the move" answers whoever made it (see ``EventCoder``), not an actor its
            // verdict names ("condemned the raid as a violation of Qatari sovereignty").
            let reaction = (11...16).contains(root) && reactsToAnAct(verb)
            // Aid a plane or a convoy carries goes where it lands or arrives.
            let carried = root == 7 ? carrierDestination(of: verb, excluding: sources) : nil
            let implied: ActorMention? = reaction ? nil
                : carried != nil ? carried
                : root == 2 ? addressee(of: verb, excluding: sources) ?? obligedParty(of: verb, excluding: sources)
                : patternCode.code == "011" ? topicActor(of: verb, excluding: sources)
                // A raised police or terror alert is posture at home: "France raised its terror alert after Islamic
                // State gunmen killed …".
                : patternCode.code == "151" ? domesticTarget(of: sources[0], code: patternCode)
                // A wreath laid abroad honours the country it is laid in: "at the Warsaw Uprising monument".
                : patternCode.code == "017" ? prepositionalActor(under: verb, excluding: sources, homeVenue: false)
                // Responsibility claimed for an attack is claimed toward where it struck ("a suicide bombing at a
                // rally in Pakistan's Bajaur district").
                : patternCode.code == "015" ? prepositionalActor(under: verb, excluding: sources, homeVenue: true)
                : !standsAlone && root >= (targetless ? 8 : 4)
                    // An envoy recalled after another act on a state is recalled from it, not from home.
                    ? (patternCode.code == "161" ? conjunctTarget(of: verb, excluding: sources) : nil)
                        ?? prepositionalActor(under: verb, excluding: sources, homeVenue: root >= 9,
                                              foreignVenue: root == 15 || root >= 17)
                        ?? (root == 14 ? protestedActor(of: verb, excluding: sources) : nil)
                        ?? elaboratedTarget(of: verb, excluding: sources)
                        ?? (root >= 17 ? conjunctTarget(of: verb, excluding: sources) : nil)
                        ?? (patternCode.code == "196" ? complainant(of: verb, excluding: sources) : nil)
                        ?? (root == 10 ? obligedParty(of: verb, excluding: sources) : nil)
                    : nil
            // A promised change of a state's own leaders, policies, rights or institutions (083x, intended 034x:
            // "said it would repeal three farm laws") is made at home, as the change itself is.
            let takesDomesticTarget = !reaction && (!standsAlone || (intended && patternCode.code.hasPrefix("083")))
            // An actor found in a phrase brings the actors coordinated with it: "denounced joint air drills by the
            // United States, South Korea and Japan".
            let implieds = implied.map { withCoordinated($0, excluding: sources) }
            pairs = sources.flatMap { source in
                implieds.map { $0.map { (source, Optional($0)) } }
                    ?? [(source, takesDomesticTarget ? domesticTarget(of: source, code: patternCode) : nil)]
            }
        } else {
            targets.removeAll { target in sources.contains { $0.span == target.span } }
            // An intention is the speaker's own ("ready to accept a ceasefire with Russia").
            let oneSided = isIntended(verb) || isUnderIntent(verb)
            for source in sources {
                for target in targets {
                    pairs.append((source, target))
                    // A reciprocal act with a partner goes both ways: "signed a pact with China", "held talks with
                    // Xi", "spoke by phone with his Egyptian counterpart", "clashed with Indian troops".
                    // Not what one side hands the other: "shared audio recordings with Saudi Arabia" (064),
                    // "extradited him to the United States" (063) go one way.
                    if mutual, !oneSided, !Self.oneWayCooperation.contains(String(patternCode.code.prefix(3))),
                       isPartner(target), target.code.principal != source.code.principal,
                       !target.hasGuessedCountry {
                        pairs.append((target, source))
                    }
                    // "freed two Americans in exchange for an Afghan fighter", "in a swap brokered by Qatar": a release
                    // in a swap is answered by the other side's.
                    else if patternCode.code == "0841", !oneSided, target.code.principal != source.code.principal,
                            target.code.principal.kind == .country, !target.hasGuessedCountry, isSwap(verb) {
                        pairs.append((target, source))
                    }
                }
            }
        }
        let (reported, speaker) = attribution(of: verb)
        let modality: CodedEvent.Modality = reported ? .reported : isIntended(verb) ? .intended : .asserted
        var rule = patternRule
        var code = patternCode
        // An intended act of cooperation is the codebook's intent code ("will send aid" → 0332).
        if isIntended(verb), let intent = IntentCodes.intent(for: code) {
            rule += "; intended, so \(code.code) → \(intent.code)"
            code = intent
        } else if isAnnounced(verb), let threat = ThreatCodes.threat(for: code) {
            // A conflictual act only announced is the codebook's threat: "will impose sanctions" → 1312, "vowed to
            // retaliate" → 138.
            rule += "; announced, not done, so \(code.code) → \(threat.code)"
            code = threat
        } else if isUnderIntent(verb), code.rootNumber >= 9, code.rootNumber != 13, !isAttempt(verb) {
            // "agreed to expel diplomats" is no expulsion yet, and no threat; a threat intended stays one ("vowed to
            // take resolute countermeasures").
            return []
        }
        return pairs.flatMap { source, named -> [CodedEvent] in
            guard let adjusted = adjusted(PairReading(code: code, rule: rule, target: named), source: source, verb: verb,
                                          targetToken: targetToken) else { return [] }
            let (eventCode, eventRule, target) = (adjusted.code, adjusted.rule, adjusted.target)
            let event = CodedEvent(sentence: index, source: source, target: target, code: eventCode, trigger: verb,
                                   modality: modality, speaker: speaker, rule: eventRule, date: nil)
            guard let target, let mirrored = Self.otherSide(of: eventCode, source: source, target: target) else { return [event] }
            return [event, CodedEvent(sentence: index, source: target, target: source, code: mirrored, trigger: verb,
                                      modality: modality, speaker: speaker,
                                      rule: eventRule + "; the other side of \(eventCode.code), so \(mirrored.code)", date: nil)]
        }
    }

    /// The code of the same act seen from its target's side, if the conventions code both. A visit is hosted and a
    /// host is visited ("Putin visited Pyongyang" is also Pyongyang hosting Putin), for an official visitor only (a
    /// state, its government, a leader, an international body: "traders received 43,500 tonnes" and "IRNA, received
    /// in London" are no visits). A deployment to help another state is received by it (0861).
    static func otherSide(of code: EventCode, source: ActorMention, target: ActorMention) -> EventCode? {
        guard target.code.principal != source.code.principal else { return nil }
        switch code.code {
        case "042" where isOfficialVisitor(source): return CAMEOOntology.code("043")
        case "043" where isOfficialVisitor(target): return CAMEOOntology.code("042")
        case "074" where target.code.principal.kind == .country: return CAMEOOntology.code("0861")
        default: return nil
        }
    }

    /// Whether an actor can pay a state visit: a country or its government, a person, an international body.
    static func isOfficialVisitor(_ actor: ActorMention) -> Bool {
        let roles = actor.code.roles
        return actor.entry.hasPrefix("person/") || actor.code.principal.code.hasPrefix("IGO")
            || (actor.code.principal.kind == .country && (roles.isEmpty || roles.contains(.government) || roles.contains(.elites)))
    }
}
