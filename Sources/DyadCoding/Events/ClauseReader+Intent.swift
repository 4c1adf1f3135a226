import DyadCore
import DyadLexicon

extension ClauseReader {
    /// Heads whose complement is a cooperative commitment: "agreed to set up", "offered to hand over", "is ready to
    /// contribute". Not "vow", "plan" or "decide": they as often announce a hostile act.
    static let cooperativeIntents: Set<String> = ["agree", "offer", "promise", "pledge", "ready", "willing", "prepared"]
    /// Heads that refuse their complement: "refused to deploy peacekeepers", "declined to resign" (and "ruled out",
    /// see ``isRefusal(_:)``).
    static let refusals: Set<String> = ["refuse", "decline"]

    /// The intent or refusal the sentence still expresses when an agreement, offer, promise or refusal to act codes
    /// nothing itself: its act has no pattern ("agreed to undertake joint military exercises") or names no actor to
    /// act on. An agreement is the codebook's intent to cooperate (030), or the intent code of the act's own pattern
    /// ("agreed to withdraw its troops" → 0356); a refusal is the 12x code of the act ("refused to meet" → 125,
    /// "declined to resign" → 1231, else 120). An act whose best pattern is a conflict code ("offered to retaliate")
    /// stays uncoded: threats are the threat verbs' own patterns.
    ///
    /// - Parameters:
    ///   - coded: the sentence's events so far; a head or act that gave one is left alone.
    ///   - entries: the verb entries of a token, if it has any.
    func chainEvents(coded: [CodedEvent], entries: (Int) -> [VerbEntry]?) -> [CodedEvent] {
        var found: [CodedEvent] = []
        let triggers = Set(coded.map(\.trigger))
        for act in sentence.tokens where isVerb(act) && deprel(act) == "xcomp" {
            let governor = head(act)
            guard governor >= 0 else { continue }
            let refused = isRefusal(governor)
            guard refused || Self.cooperativeIntents.contains(lemma(governor)) else { continue }
            // "agreed" itself, or the copula "ready" completes ("is ready to contribute").
            let head = isVerb(governor) ? governor : (deprel(governor) == "acomp" && self.head(governor) >= 0 ? self.head(governor) : act)
            guard !triggers.contains(act), !triggers.contains(governor), !triggers.contains(head) else { continue }
            guard !isNegated(act), !isNegated(head), !isHypothetical(act), !isHypothetical(head),
                  !isChained(head) else { continue }
            let reading = reading(of: act)
            let held = entries(act).map { candidates(for: reading, entries: $0) } ?? []
            // The act's best pattern decides: a conflict act is not an intent to cooperate.
            if let best = held.first(where: { $0.pattern.code.rootNumber >= 4 }), best.pattern.code.rootNumber >= 9 { continue }
            let cooperative = held.first { (4...8).contains($0.pattern.code.rootNumber) }
            // An agreement to stop attacking each other, or to observe a ceasefire, is the ceasefire itself (0871), as
            // the codebook and events-README.md code it, not an intent to cooperate.
            let truce = !refused && isCeasefire(act) ? CAMEOOntology.code("0871") : nil
            let code = refused ? RefusalCodes.refusal(for: cooperative?.pattern.code ?? Self.actCode(lemma(act)))
                : truce ?? cooperative.flatMap { IntentCodes.intent(for: $0.pattern.code) } ?? CAMEOOntology.code("030")
            guard let code else { continue }
            let target = cooperative?.target ?? reading.recipient ?? reading.object.flatMap { actors(at: $0).isEmpty ? nil : $0 }
                ?? chainTargetToken(of: act)
            let chain = ([governor] + kids(governor, ["prt"]) + kids(act, ["aux"]) + [act]).map(form).joined(separator: " ")
            let rule = "\(refused ? "refusal" : "intent"): '\(chain)' with no pattern of its own coding"
                + (cooperative.map { " (the act read as \($0.entry.id): \($0.pattern.text))" } ?? "") + " → \(code.code)"
            found += events(verb: head, sourceToken: reading.source, targetToken: target, code: code, targetless: false,
                            rule: rule)
        }
        // A conditional warning is read after the plain ones, so that one warning is not coded twice.
        let warned = warnedThreats(coded: coded, entries: entries)
        return found + refusedWithNot(entries: entries) + demandedWithMust(entries: entries)
            + warned + conditionalWarnings(coded: coded + warned) + verdictEvents(coded: coded) + retaliationThreats(coded: coded)
            + forcesArriving(coded: coded)
    }

    /// Verbs that stop an act, and the acts of force they may stop.
    static let stoppingVerbs: Set<String> = ["stop", "halt", "cease", "end", "suspend"]
    static let hostileActs: Set<String> = ["target", "attack", "fire", "shell", "strike", "fight", "bomb", "shoot",
                                           "hostility", "fighting", "shelling", "airstrike", "bombing", "raid"]
    /// Verbs that keep to an agreement, and the nouns of a truce.
    static let keepingVerbs: Set<String> = ["observe", "respect", "honour", "honor", "uphold", "abide", "restore"]
    static let truceNouns: Set<String> = ["ceasefire", "cease-fire", "truce", "armistice"]

    /// Whether an agreed act is a ceasefire: stopping attacks ("agreed to stop targeting each other", "to halt
    /// strikes") or keeping a truce ("agreed to strictly observe all agreements on a ceasefire").
    func isCeasefire(_ act: Int) -> Bool {
        if Self.stoppingVerbs.contains(lemma(act)) {
            return (kids(act, ["xcomp", "dobj"])).contains { Self.hostileActs.contains(lemma($0)) }
        }
        guard Self.keepingVerbs.contains(lemma(act)) else { return false }
        var frontier = kids(act, ["dobj"])
        for _ in 0..<4 {
            if frontier.contains(where: { Self.truceNouns.contains(lemma($0)) }) { return true }
            frontier = frontier.flatMap { kids($0, ["prep", "pobj", "compound"]) }
        }
        return false
    }

    /// Verbs of warning.
    static let warnings: Set<String> = ["warn", "caution"]

    /// "warned that it would strike U.S. bases", "warned that the United States would take back control of the
    /// canal": a warning that announces the speaker's own conflictual act is the codebook's threat of that act (1384,
    /// 1382), toward whom the act names. The warn entries' own patterns code the commonest acts and the consequences
    /// another will face ("would pay a heavy price"); this reads any other act through its own patterns. The
    /// pessimistic comment (012) the warning may also have coded gives way to the threat (see ``EventCoder``).
    private func warnedThreats(coded: [CodedEvent], entries: (Int) -> [VerbEntry]?) -> [CodedEvent] {
        var found: [CodedEvent] = []
        for verb in sentence.tokens where isVerb(verb) && Self.warnings.contains(lemma(verb)) {
            guard !coded.contains(where: { $0.trigger == verb && $0.code.rootNumber == 13 }),
                  !isNegated(verb), !isHypothetical(verb), let speaker = subject(of: verb),
                  let act = kids(verb, ["ccomp"]).first, isVerb(act), !isNegated(act),
                  kids(act, ["aux"]).contains(where: { ["will", "would", "shall"].contains(lemma($0)) }),
                  let actor = subject(of: act), isSpeakersOwn(actor, speaker: speaker),
                  let actEntries = entries(act) else { continue }
            let reading = reading(of: act)
            guard let best = candidates(for: reading, entries: actEntries).first(where: { $0.pattern.code.rootNumber >= 4 }),
                  best.pattern.code.rootNumber >= 14,
                  let threat = ThreatCodes.threat(for: best.pattern.code) ?? CAMEOOntology.code("130") else { continue }
            let rule = "threat: '\(form(verb))' that \(form(actor)) '\(form(act))' (the act read as \(best.entry.id): "
                + "\(best.pattern.text)) → \(threat.code)"
            found += events(verb: verb, sourceToken: speaker, targetToken: best.target, code: threat, targetless: false,
                            rule: rule)
        }
        return found
    }

    /// Words of a warned consequence that make its threat one of sanctions (1312) or of force (138).
    static let sanctionWords: Set<String> = ["sanction", "tariff", "penalty", "embargo", "measure", "restriction"]
    static let forceWords: Set<String> = ["force", "military", "strike", "attack", "war", "retaliation", "hell", "fire"]
    /// Words of a consequence someone inflicts, without saying what it is.
    static let inflicted: Set<String> = ["consequence", "action", "response", "respond", "retaliate", "punish",
                                         "countermeasure", "retaliation"]

    /// "warned there would be more sanctions unless Havana changed course", "warned that hell would rain down unless
    /// the attacks stopped": a warning of what will follow if another actor does or fails to do something is a
    /// threat toward the one warned, else toward that actor — of sanctions (1312) or force (138) when the consequence names them, else 130.
    private func conditionalWarnings(coded: [CodedEvent]) -> [CodedEvent] {
        var found: [CodedEvent] = []
        for verb in sentence.tokens where isVerb(verb) && Self.warnings.contains(lemma(verb)) {
            guard !coded.contains(where: { $0.trigger == verb && $0.code.rootNumber == 13 }), !isNegated(verb),
                  !isHypothetical(verb), let speaker = subject(of: verb),
                  let consequence = kids(verb, ["ccomp"]).first, isVerb(consequence) || lemma(consequence) == "be",
                  kids(consequence, ["aux"]).contains(where: { ["will", "would"].contains(lemma($0)) }) else { continue }
            let conditions = (kids(consequence, ["advcl"]) + kids(verb, ["advcl"]).filter { $0 > consequence }).filter { clause in
                kids(clause, ["mark"]).contains { ["if", "unless"].contains(lemma($0)) }
            }
            let own = Set(actors(at: speaker).map(\.code.principal))
            func other(_ token: Int) -> Bool {
                let acting = actors(at: token)
                return !acting.isEmpty && !acting.contains { own.contains($0.code.principal) }
            }
            // Toward the one warned ("warned President Mulino that Washington would act unless …"), else the one
            // whose act the condition names.
            guard let condition = conditions.first, let conditioned = subject(of: condition),
                  let named = kids(verb, ["dobj"]).first(where: other)
                    ?? [conditioned, owner(of: conditioned)].compactMap({ $0 }).first(where: other) else { continue }
            let words = Set(tokens(under: consequence, excluding: condition).map(lemma))
            // Only a consequence the speaker's side inflicts ("there would be consequences", "Washington would act"), or
            // one of sanctions or force: not "growth would slow if China imposed tariffs", "more children would die
            // unless Israel allowed aid in".
            // "there would be more" (of what was just done) is the speaker's own doing too.
            let inflicter = kids(consequence, ["nsubj", "expl"]).first
            let existential = inflicter.map { lemma($0) == "there" } ?? false
            let inflictedByOwn = existential || inflicter.map { isSpeakersOwn($0, speaker: speaker) } ?? true
            guard !words.isDisjoint(with: Self.sanctionWords.union(Self.forceWords))
                    || (inflictedByOwn && !words.isDisjoint(with: Self.inflicted)) || (existential && words.contains("more"))
            else { continue }
            let code = !words.isDisjoint(with: Self.sanctionWords) ? "1312" : !words.isDisjoint(with: Self.forceWords) ? "138" : "130"
            guard let threat = CAMEOOntology.code(code) else { continue }
            let rule = "threat: '\(form(verb))' of what follows '\(form(kids(condition, ["mark"]).first ?? condition))' \(form(named)) acts → \(code)"
            found += events(verb: verb, sourceToken: speaker, targetToken: named, code: threat, targetless: false, rule: rule)
        }
        return found
    }

    /// Verbs of striking back, with the threat each announces: retaliation is force (138), a response unspecified (130).
    static let retaliations: [String: String] = ["retaliate": "138", "avenge": "138", "respond": "130", "react": "130"]

    /// "said Tehran would respond at a time of its choosing", "said Washington would retaliate": a response or
    /// retaliation only announced is a threat toward whom it answers — the actor its phrases name ("retaliate
    /// against Israel"), else the other state the sentence names before it ("accused Israel of assassinating …").
    private func retaliationThreats(coded: [CodedEvent]) -> [CodedEvent] {
        var found: [CodedEvent] = []
        for verb in sentence.tokens where isVerb(verb) {
            guard let threat = Self.retaliations[lemma(verb)].flatMap({ CAMEOOntology.code($0) }),
                  !coded.contains(where: { $0.trigger == verb || $0.trigger == head(verb) && $0.code.rootNumber == 13 }),
                  isAnnounced(verb), !isNegated(verb), !isChained(verb), let actor = subject(of: verb) else { continue }
            let sources = sourceActors(at: actor, verb: verb)
            guard !sources.isEmpty else { continue }
            let answered = prepositionalActor(under: verb, excluding: sources, homeVenue: false)
                ?? otherState(in: mentions.filter { $0.head < verb }.reversed(), than: sources)
            guard let answered else { continue }
            found += sources.map { source in
                CodedEvent(sentence: index, source: source, target: answered, code: threat, trigger: verb, modality: .intended,
                           speaker: reportingVerb(verb).flatMap { subject(of: $0) }.flatMap { actors(at: $0).first },
                           rule: "threat: '\(form(verb))' announced, answering \(answered.text) → \(threat.code)", date: nil)
            }
        }
        return found
    }

    /// Whether the subject of a warned act is the speaker itself: a pronoun ("it would", "we will") or an actor of
    /// the speaker's own country ("Trump warned that the United States would").
    private func isSpeakersOwn(_ actor: Int, speaker: Int) -> Bool {
        if ["it", "they", "we", "he", "she", "i"].contains(form(actor).lowercasedIfNeeded()) { return true }
        let own = Set(actors(at: speaker).map(\.code.principal))
        let acting = actors(at: actor).map(\.code.principal)
        return !own.isEmpty && !acting.isEmpty && acting.allSatisfy { own.contains($0) }
    }

    /// "Russia said Sudan must return the helicopter": what a speaker says another actor must do is the speaker's
    /// demand on that actor (10x of the act, 100 when the act has no pattern or is a conflict act); the act itself
    /// is not coded (see ``isObligation(_:)``).
    private func demandedWithMust(entries: (Int) -> [VerbEntry]?) -> [CodedEvent] {
        var found: [CodedEvent] = []
        for verb in sentence.tokens where isVerb(verb) && isObligation(verb) && !isNegated(verb) {
            guard let reporter = reportingVerb(verb), !isNegated(reporter), let speaker = subject(of: reporter),
                  let obliged = subject(of: verb), obliged != speaker else { continue }
            let reading = reading(of: verb)
            let best = entries(verb).flatMap { candidates(for: reading, entries: $0).first { $0.pattern.code.rootNumber >= 4 } }
            let act = best.flatMap { $0.pattern.code.rootNumber <= 9 ? $0.pattern.code : nil }
            guard let code = DemandCodes.demand(for: act) else { continue }
            let rule = "demand: '\(form(reporter))' that another '\(form(verb))' with 'must'"
                + (best.map { " (the act read as \($0.entry.id): \($0.pattern.text))" } ?? "") + " → \(code.code)"
            found += events(verb: reporter, sourceToken: speaker, targetToken: obliged, code: code, targetless: false,
                            rule: rule)
        }
        return found
    }

    /// "will not accept more refugees", "would not release the hostages": a cooperative act the subject says it
    /// will not do is a refusal, the act's 12x code (a plain "did not" is no refusal, and no event at all).
    private func refusedWithNot(entries: (Int) -> [VerbEntry]?) -> [CodedEvent] {
        var found: [CodedEvent] = []
        for verb in sentence.tokens where isVerb(verb) && isNegated(verb) {
            guard kids(verb, ["aux"]).contains(where: { ["will", "would", "wo", "shall"].contains(lemma($0)) }),
                  !isHypothetical(verb, ignoringModals: true),
                  !isChained(verb), let verbEntries = entries(verb) else { continue }
            let reading = reading(of: verb)
            guard let best = candidates(for: reading, entries: verbEntries).first(where: { $0.pattern.code.rootNumber >= 3 }),
                  best.pattern.code.rootNumber <= 8, let code = RefusalCodes.refusal(for: best.pattern.code) else { continue }
            let rule = "refusal: '\(form(verb))' negated with '\(kids(verb, ["aux"]).map(form).joined(separator: " "))' "
                + "(the act read as \(best.entry.id): \(best.pattern.text)) → \(code.code)"
            found += events(verb: verb, sourceToken: reading.source, targetToken: best.target, code: code,
                            targetless: false, rule: rule)
        }
        return found
    }

    /// The act a bare complement verb names when it has no pattern of its own: meeting, releasing, withdrawing,
    /// admitting, settling, resigning — for the sub-code of a refusal ("refused to meet" → 125).
    static func actCode(_ lemma: String) -> EventCode? {
        let code: String? = switch lemma {
        case "meet", "talk", "negotiate", "discuss", "receive", "visit", "host": "040"
        case "mediate": "045"
        case "sign", "ratify", "accept", "endorse": "057"
        case "release", "free", "return", "hand", "extradite": "084"
        case "withdraw", "pull", "retreat", "disarm", "demobilize", "cease", "stop": "087"
        case "allow", "admit", "let", "permit": "086"
        case "resign", "step", "quit": "0831"
        case "lift", "ease", "end", "remove": "081"
        case "help", "aid", "assist", "send", "provide", "deploy", "contribute": "070"
        case "cooperate", "join": "060"
        default: nil
        }
        return code.flatMap { CAMEOOntology.code($0) }
    }
}
