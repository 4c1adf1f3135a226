import DyadCore
import DyadLexicon

extension ClauseReader {
    /// The events a verb carries with the first pattern of `entries` whose cues hold.
    func events(of verb: Int, entries: [VerbEntry]) -> [CodedEvent] {
        trace(of: verb, entries: entries).events
    }

    /// What the coder saw and decided for one verb: why it was skipped, or the slots it read, the patterns that held
    /// and the events of the one chosen.
    func trace(of verb: Int, entries: [VerbEntry]) -> VerbTrace {
        var trace = VerbTrace(token: verb, verb: form(verb), lemma: lemma(verb), entries: entries.map(\.id))
        if isNegated(verb) { trace.skipped = "negated" }
        else if isHypothetical(verb) { trace.skipped = "hypothetical (could/might/may/would, expected to, if, whether)" }
        else if isChained(verb) { trace.skipped = "the content of '\(form(head(verb)))', which codes the chain" }
        if trace.skipped != nil { return trace }
        let passive = !kids(verb, ["nsubjpass", "auxpass"]).isEmpty
        let object = (passive ? kids(verb, ["nsubjpass"]).first : kids(verb, ["dobj", "attr"]).first).map(throughQuantity)
        let source = passive ? kids(verb, ["agent"]).first.flatMap { kids($0, ["pobj"]).first } : subject(of: verb)
        let prepositions = self.prepositions(of: verb, object: object)
        let particle = kids(verb, ["prt"]).first.map(lemma)
        let governed = governedVerb(of: verb, object: object)
        let complement = governed.map(lemma)
        // In a chain with no object of its own, the target is whom the governed verb acts on or names as its
        // subject: "demanded that Moscow release ...", "refused to receive a delegation from ECOWAS".
        let chainTarget: Int? = object == nil ? governed.flatMap { chainTargetToken(of: $0) } : nil
        // "gave the Ivory Coast 5 million dollars": the indirect object, when it names an actor, is the target.
        let recipient: Int? = passive ? nil : kids(verb, ["dative"]).first { !actors(at: $0).isEmpty }
        trace.slots = [
            "voice": passive ? "passive" : "active",
            "source": source.map(form) ?? "-", "object": object.map(form) ?? "-",
            "prepositions": prepositions.map { "\($0.word) \(form($0.object))" }.joined(separator: ", "),
            "particle": particle ?? "-", "governed verb": complement ?? "-",
        ]
        // Within an entry the first pattern that holds wins (entries list the specific ones first); across the
        // entries of one lemma (several files may define it), the winner with the most specific cues.
        var candidates: [(pattern: VerbPattern, entry: VerbEntry, target: Int?, specificity: Int)] = []
        for entry in entries {
            for pattern in entry.patterns {
                if let voice = pattern.voice, (voice == .passive) != passive { continue }
                // With no direct object, a pattern with prep= reads obj= on the noun after the preposition
                // ("called for a ceasefire", "agreed to talks").
                var checked = object
                if checked == nil, !pattern.prepositions.isEmpty {
                    checked = prepositions.first { pattern.prepositions.contains($0.word) }?.object
                }
                if let set = pattern.object {
                    guard let checked, objectMatches(checked, set) else { continue }
                }
                if let set = pattern.notObject, let checked, objectMatches(checked, set) { continue }
                if let wanted = pattern.particle, wanted != particle { continue }
                if let set = pattern.complement {
                    guard let complement, set.contains(complement) else { continue }
                }
                var prepositionObject: Int?
                if !pattern.prepositions.isEmpty {
                    // The first such phrase that names an actor, else the first at all.
                    let matching = prepositions.filter { pattern.prepositions.contains($0.word) }
                    guard let found = matching.first(where: { !mentions(at: $0.object).isEmpty }) ?? matching.first
                    else { continue }
                    prepositionObject = found.object
                }
                let targetToken: Int? = switch pattern.target {
                case .object: recipient ?? object ?? chainTarget
                case .preposition: prepositionObject
                case .none: nil
                }
                let specificity = (pattern.object.map { $0.any ? 1 : 3 } ?? 0) + (pattern.prepositions.isEmpty ? 0 : 1)
                    + (pattern.particle == nil ? 0 : 3) + (pattern.complement == nil ? 0 : 3)
                candidates.append((pattern, entry, targetToken, specificity))
            }
        }
        // Within an entry its patterns keep their order; the entries' first holding patterns are ranked by
        // specificity (several files may define one lemma). When a pattern's target names no actor, the entry's next
        // holding pattern, then the next entry, gets its chance.
        let entryRank = Dictionary(candidates.map { ($0.entry.key, $0.specificity) }, uniquingKeysWith: { first, _ in first })
        let ordered = candidates.enumerated().sorted { a, b in
            let rankA = entryRank[a.element.entry.key] ?? 0, rankB = entryRank[b.element.entry.key] ?? 0
            if rankA != rankB { return rankA > rankB }
            return a.offset < b.offset
        }
        trace.held = ordered.map { "\($0.element.entry.id): \($0.element.pattern.text) (line \($0.element.pattern.line))" }
        for (_, candidate) in ordered {
            let found = events(verb: verb, sourceToken: source, targetToken: candidate.target, pattern: candidate.pattern,
                               entry: candidate.entry)
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

    /// Who a noun belongs to: its possessor ("Turkey's efforts"; not a pronoun), an actor that modifies it ("the U.S.
    /// strikes", "Israeli raids"), or its "of" phrase ("the efforts of Turkey").
    func owner(of noun: Int) -> Int? {
        if let possessor = kids(noun, ["poss"]).first, !document.xpos[possessor].hasPrefix("PRP") { return possessor }
        if let modifier = kids(noun, ["compound", "amod", "nmod"]).first(where: { !mentions(at: $0).isEmpty }) { return modifier }
        return kids(noun, ["prep"]).first { lemma($0) == "of" }.flatMap { kids($0, ["pobj"]).first }
    }

    /// Builds the events of a matched pattern: one per source and target; coordinated sources with no target act
    /// on each other ("Russia and North Korea signed a treaty").
    private func events(verb: Int, sourceToken: Int?, targetToken: Int?, pattern: VerbPattern, entry: VerbEntry)
        -> [CodedEvent] {
        let sources = actors(at: sourceToken)
        guard !sources.isEmpty else { return [] }
        var targets = actors(at: targetToken)
        if targets.isEmpty, let token = targetToken {
            // The object names no actor, its owner does: "support Turkey's efforts", "the release of the hostages".
            targets = actors(at: owner(of: token))
        }
        targets = targets.map { relocated($0, verb: verb) }
        var pairs: [(ActorMention, ActorMention?)] = []
        if targets.isEmpty, sources.count >= 2, Self.isReciprocal(pattern.code) || ["exchange", "clash", "trade", "swap"].contains(lemma(verb)) {
            // "Russia and North Korea signed a treaty", "the two countries held talks": each acts on the other.
            for a in sources { for b in sources where b.span != a.span || b.code != a.code { pairs.append((a, b)) } }
        } else if pattern.target == .none {
            // A conflict act whose pattern names no target still acts on the actor its prepositional phrases name
            // ("deployed soldiers to its border with Belarus", "killed 80 people in a mosque in Peshawar").
            let inferred = pattern.code.rootNumber >= 9 ? prepositionalActor(under: verb, excluding: sources) : nil
            pairs = sources.map { ($0, inferred) }
        } else if targets.isEmpty {
            // Statements, appeals and intentions stand without a target ("Qatar expressed optimism").
            guard (1...3).contains(pattern.code.rootNumber) else { return [] }
            pairs = sources.map { ($0, nil) }
        } else {
            targets.removeAll { target in sources.contains { $0.span == target.span } }
            for source in sources { for target in targets { pairs.append((source, target)) } }
        }
        let reporter = reportingVerb(verb)
        let speaker = reporter.flatMap { subject(of: $0) }.flatMap { actors(at: $0).first }
        let modality: CodedEvent.Modality = reporter != nil ? .reported : isIntended(verb) ? .intended : .asserted
        var rule = "\(entry.id): pattern \(pattern.text) (\(entry.location.file):\(pattern.line))"
        var code = pattern.code
        // An intended act of cooperation is the codebook's intent code ("will send aid" → 0332).
        if isIntended(verb), let intent = IntentCodes.intent(for: code) {
            rule += "; intended, so \(code.code) → \(intent.code)"
            code = intent
        } else if isUnderIntent(verb), code.rootNumber >= 9 {
            return []   // "vowed to retaliate" is no attack; threats are the threat verbs' own patterns
        }
        return pairs.map { source, target in
            CodedEvent(sentence: index, source: source, target: target, code: code, trigger: verb,
                       modality: modality, speaker: speaker, rule: rule, date: nil)
        }
    }

    /// The verb `verb` governs: its xcomp or ccomp, else one hanging on its object or on "ready" ("expressed
    /// readiness to mediate", "stood ready to help").
    private func governedVerb(of verb: Int, object: Int?) -> Int? {
        if let direct = kids(verb, ["xcomp", "ccomp"]).first {
            if ["ready", "willing", "prepared", "able"].contains(lemma(direct)), let inner = kids(direct, ["xcomp"]).first {
                return inner
            }
            return direct
        }
        if let adjective = kids(verb, ["acomp"]).first, let inner = kids(adjective, ["xcomp"]).first { return inner }
        if let object, let inner = kids(object, ["acl", "xcomp", "relcl"]).first(where: { isVerb($0) }) { return inner }
        // "rallied to oust X": a purpose clause
        if let purpose = kids(verb, ["advcl"]).first(where: { kids($0, ["aux"]).contains { lemma($0) == "to" } }) {
            return purpose
        }
        // "accused X of spying", "threatened to retaliate by cutting"
        for preposition in kids(verb, ["prep"]) {
            if let inner = kids(preposition, ["pcomp"]).first(where: { isVerb($0) }) { return inner }
        }
        return nil
    }

    /// A target whose country was only guessed from the sentence or document ("killed hundreds of people") takes
    /// the country where the verb says the act happened ("in southern Israel").
    func relocated(_ mention: ActorMention, verb: Int) -> ActorMention {
        guard mention.rule.hasPrefix("agent, country of") else { return mention }
        // The verb's own place, or that of the verb a participle hangs on ("stormed into Israel, killing ...").
        var holders = [verb]
        if ["advcl", "conj", "xcomp"].contains(deprel(verb)), head(verb) >= 0 { holders.append(head(verb)) }
        let places = holders.flatMap { holder in
            kids(holder, ["prep"]).filter { ["in", "into", "inside", "across", "throughout"].contains(lemma($0)) }
        }
        for preposition in places {
            guard let place = kids(preposition, ["pobj"]).first,
                  let country = mentions(at: place).first?.code.components.first, country.kind == .country,
                  let role = mention.code.components.dropFirst().first,
                  let code = try? ActorCode(country.code + mention.code.components.dropFirst().map(\.code).joined())
            else { continue }
            _ = role
            return ActorMention(sentence: mention.sentence, tokens: mention.tokens, span: mention.span, text: mention.text,
                                code: code, name: mention.name, entry: mention.entry,
                                rule: "agent, country where the act happened", head: mention.head)
        }
        return mention
    }

    /// Codes whose coordinated subjects act on each other when no target is named: intentions to cooperate,
    /// consultations other than visits, agreements, material cooperation.
    static func isReciprocal(_ code: EventCode) -> Bool {
        switch code.rootNumber {
        case 3, 6: return true
        case 4: return !code.code.hasPrefix("042") && !code.code.hasPrefix("043")
        case 5: return code.code.hasPrefix("057") || code.code == "050"
        default: return false
        }
    }

    /// Whether the object's head (or its compound with the head: "peace deal") is in `set`.
    private func objectMatches(_ object: Int, _ set: WordSet) -> Bool {
        if set.contains(lemma(object)) { return true }
        if let compound = kids(object, ["compound", "amod"]).last {
            return set.contains(lemma(compound) + " " + lemma(object))
        }
        return false
    }

    /// The token a governed verb acts on: its subject when it has its own ("that Moscow release"), else its
    /// object, else the object of a preposition naming an actor (on the object or the verb).
    func chainTargetToken(of governed: Int) -> Int? {
        if let subject = kids(governed, ["nsubj"]).first, !mentions(at: subject).isEmpty { return subject }
        var candidates = kids(governed, ["dobj"])
        for holder in candidates + [governed] {
            for preposition in kids(holder, ["prep"]) where ["to", "with", "from", "against", "on", "of", "by"].contains(lemma(preposition)) {
                candidates += kids(preposition, ["pobj"])
            }
        }
        return candidates.first { !mentions(at: $0).isEmpty }
    }

    /// The first actor named in the verb's prepositional phrases (three levels deep), other than the sources.
    func prepositionalActor(under verb: Int, excluding sources: [ActorMention]) -> ActorMention? {
        // The source's own forces ("Poland deployed soldiers to its border with Belarus") are the target only when
        // no other country's actor is named.
        let own = Set(sources.map { $0.code.principal.code })
        var ownFallback: ActorMention?
        var frontier = kids(verb, ["prep", "dobj"])
        for _ in 0..<4 {
            var next: [Int] = []
            for token in frontier {
                if deprel(token) == "pobj" || deprel(token) == "dobj" {
                    if let found = mentions(at: token).first(where: { candidate in
                        !sources.contains { $0.span == candidate.span }
                    }), !isTimeWord(token) {
                        guard own.contains(found.code.principal.code) else { return found }
                        if ownFallback == nil { ownFallback = found }
                    }
                }
                next += kids(token, ["prep", "pobj"])
            }
            frontier = next
        }
        return ownFallback
    }

    /// Whether a prepositional object is a time ("on Monday", "in 2023", "for six months"), never a target.
    func isTimeWord(_ token: Int) -> Bool {
        let word = lemma(token)
        if DateReader.weekdays.contains(word) || DateReader.month(word) != nil || DateReader.year(word) != nil { return true }
        return ["day", "week", "month", "year", "hour", "minute", "time", "morning", "evening", "night", "weekend",
                "decade", "period", "today", "yesterday"].contains(word)
    }

    /// The noun a quantity stands for: "thousands of refugees" → "refugees", "a team of inspectors" → "inspectors".
    func throughQuantity(_ token: Int) -> Int {
        let quantities: Set<String> = ["thousand", "hundred", "dozen", "million", "score", "number", "group", "team",
                                       "batch", "contingent", "handful", "convoy", "unit", "wave", "series", "round",
                                       "billion", "pair", "couple", "lot", "string", "set",
                                       // Amounts of goods and money: "700 kg of medicine", "$50,000 worth of goods",
                                       // "5.1 million dollars of aid".
                                       "ton", "tonne", "kg", "kilogram", "pound", "worth", "dollar", "euro", "barrel",
                                       "shipment", "consignment", "package", "amount", "quantity", "load", "truckload",
                                       "planeload", "cargo", "crate", "sack", "tranche", "installment", "instalment"]
        guard quantities.contains(lemma(token)) || document.xpos[token] == "CD",
              let of = kids(token, ["prep"]).first(where: { lemma($0) == "of" }),
              let inner = kids(of, ["pobj"]).first else { return token }
        return inner
    }

    /// The prepositions hanging on the verb or its object, with their objects.
    private func prepositions(of verb: Int, object: Int?) -> [(word: String, object: Int)] {
        var found: [(String, Int)] = []
        var holders = (object.map { [$0] } ?? []) + [verb]
        // One level into the object's own phrases: "a memorandum on energy cooperation with Hanoi".
        if let object {
            for preposition in kids(object, ["prep"]) { holders += kids(preposition, ["pobj"]) }
        }
        for holder in holders {
            for preposition in kids(holder, ["prep", "dative"]) {
                guard let target = kids(preposition, ["pobj"]).first, !isTimeWord(target) else { continue }
                found.append((lemma(preposition), target))
            }
        }
        return found
    }
}
