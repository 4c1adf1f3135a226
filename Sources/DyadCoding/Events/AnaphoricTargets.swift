import DyadCore

/// "Tehran condemned the move", "Tokyo called the verdict regrettable": a reaction to an act the text has just
/// reported, named by a noun that stands for it, targets whoever did that act.
extension ClauseReader {
    /// Nouns that stand for an act just reported.
    static let actNouns: Set<String> = ["move", "decision", "step", "action", "measure", "ruling", "verdict", "sentence",
                                        "law", "deal", "agreement", "attack", "strike", "raid", "plan", "announcement",
                                        "sanction", "ban", "expulsion", "arrest", "execution", "test", "launch", "order",
                                        "remark", "comment", "statement", "charge", "deployment", "detention",
                                        "request", "demand", "proposal", "offer", "appeal", "call", "ultimatum",
                                        "incident", "manoeuvre", "maneuver", "incursion", "violation", "interception",
                                        "hijacking", "seizure", "killing", "shooting", "bombing", "shelling", "invasion",
                                        "annexation", "occupation", "takeover", "blockade", "closure", "crackdown",
                                        "recognition", "downing", "veto", "tariff", "embargo", "suspension",
                                        "withdrawal", "designation", "restriction", "criticism", "hanging", "drill",
                                        "exercise", "build-up", "buildup", "visit", "trip", "decree", "boycott", "sale", "assassination",
                                        "abduction", "kidnapping", "intervention", "operation", "offensive", "bombardment",
                                        "airstrike", "overflight", "blacklisting", "listing", "rebuke", "snub"]
    /// Whether `noun` is one of ``actNouns``, also when the lemmatizer read a gerund as its verb ("the hijacking").
    func isActNoun(_ noun: Int) -> Bool {
        Self.actNouns.contains(lemma(noun)) || Self.actNouns.contains(form(noun).lowercasedIfNeeded())
    }

    /// Nouns for an act of force.
    static let forceNouns: Set<String> = ["attack", "strike", "raid", "assault", "bombing", "shelling", "offensive",
                                          "incursion", "invasion", "killing", "airstrike"]

    /// Whether the act a reaction names is one of force ("condemned the raid").
    func namesForce(_ verb: Int) -> Bool {
        reactionNouns(of: verb).contains { Self.forceNouns.contains(lemma($0)) }
    }

    /// What a reaction is to: the verb's object, or the object of its "against", "over", "to" or "at" phrase; the
    /// subject of a verdict said with "be" ("said the move was …"); what a naming verb names ("called the hijacking
    /// an act of piracy").
    func reactionNouns(of verb: Int) -> [Int] {
        let phrases = kids(verb, ["prep"]).filter { ["against", "over", "to", "at"].contains(lemma($0)) }
        // "said the move was a dangerous provocation": what a verdict said of an act is about.
        let said = saidVerdict(of: verb).map { kids($0.copula, ["nsubj"]) } ?? []
        // "called the hijacking an act of piracy": what a naming verb names, also when read as a complement.
        let named = Self.namingVerbs.contains(lemma(verb)) ? namedObject(of: verb).map { [$0] } ?? [] : []
        return kids(verb, ["dobj"]) + phrases.flatMap { kids($0, ["pobj"]) } + said + named
    }

    /// Nouns that stand for an accusation just reported ("Yerevan denied the charge", "a charge Rabat rejected").
    static let accusationNouns: Set<String> = ["accusation", "charge", "allegation", "claim", "account", "version", "assertion"]
    /// Verbs that deny an accusation.
    static let denials: Set<String> = ["deny", "reject", "dismiss", "refute", "rebut", "repudiate"]

    /// The accusation noun a denial verb denies: its object, or the noun its relative clause is on ("a charge Rabat
    /// rejected as unjustified", also when misread as the subject's modifier).
    func deniedAccusation(_ verb: Int) -> Int? {
        guard Self.denials.contains(lemma(verb)) else { return nil }
        // The parser may read "a charge Rabat rejected" as one subject, "a charge Rabat".
        let nouns = kids(verb, ["dobj"]) + (["relcl", "acl"].contains(deprel(verb)) && head(verb) >= 0 ? [head(verb)] : [])
            + kids(verb, ["nsubj", "poss"]).flatMap { kids($0, ["compound"]) }
        return nouns.first { Self.accusationNouns.contains(lemma($0)) && (deprel($0) == "compound" || mentionsOnOrOwning($0).isEmpty) }
            ?? accusationBeforeSubject(of: verb)
    }

    /// "…, an accusation Kyiv dismissed as fiction", "a charge Moscow dismissed": an accusation noun with an article
    /// right before the subject of a denial (or before its "that"), however the parser hung the two.
    func accusationBeforeSubject(of verb: Int) -> Int? {
        guard Self.denials.contains(lemma(verb)), let subject = kids(verb, ["nsubj"]).first(where: { $0 < verb })
                ?? misreadDenier(of: verb) else { return nil }
        var first = subject
        while let left = kids(first, ["det", "compound", "amod", "poss"]).filter({ $0 < first }).min() { first = left }
        var noun = first - 1
        if noun >= 0, ["that", "which"].contains(form(noun).lowercasedIfNeeded()) { noun -= 1 }
        guard noun > sentence.tokens.lowerBound, Self.accusationNouns.contains(lemma(noun)), kids(noun, ["poss"]).allSatisfy({ mentions(at: $0).isEmpty }),
              kids(noun, ["det"]).contains(where: { ["a", "an", "the"].contains(lemma($0)) })
                || ["a", "an"].contains(form(noun - 1).lowercasedIfNeeded())
                // "…, claims the army rejected"
                || (document.xpos[noun] == "NNS" && form(noun - 1) == ",") else { return nil }
        return noun
    }

    /// "…, a charge Moscow dismissed as baseless" read with "Moscow" in apposition to "charge" and the denial a
    /// conjunct of the accusing verb: the actor right before a denial with no subject of its own, after an accusation
    /// noun, is its subject.
    func misreadDenier(of verb: Int) -> Int? {
        guard Self.denials.contains(lemma(verb)), kids(verb, ["nsubj", "nsubjpass"]).isEmpty, verb - 2 >= sentence.tokens.lowerBound,
              !mentions(at: verb - 1).isEmpty, Self.accusationNouns.contains(lemma(verb - 2)) else { return nil }
        return verb - 1
    }

    /// The determiners of a noun, or of the noun it is a compound of ("the seizures acts of piracy", misparsed).
    func determiners(of noun: Int) -> [Int] {
        kids(noun, ["det"]) + (deprel(noun) == "compound" && head(noun) >= 0 ? kids(head(noun), ["det"]).filter { $0 < noun } : [])
    }

    /// Whether the verb's object, or the object of its "against"/"over" phrase, is such a noun with no actor of its own.
    func reactsToAnAct(_ verb: Int) -> Bool {
        let nouns = reactionNouns(of: verb)
        // "…, a move Beijing condemned": a clause on a noun for an act reacts to it.
        if ["relcl", "acl"].contains(deprel(verb)), head(verb) >= 0, Self.actNouns.contains(lemma(head(verb))),
           mentionsOnOrOwning(head(verb)).isEmpty { return true }
        return nouns.contains(where: isActReference)
    }

    /// "the move", "these strikes", "it": a noun standing for an act the text has reported, with no actor of its own.
    /// "called it drastic": "it" stands for the act too (the coder asks only for a reaction with no target).
    func isActReference(_ noun: Int) -> Bool {
        if ["it", "this"].contains(form(noun).lowercasedIfNeeded()) { return true }
        return isActNoun(noun) && mentionsOnOrOwning(noun).isEmpty
            && determiners(of: noun).contains { ["the", "this", "that", "these", "those"].contains(lemma($0)) }
    }
}

extension EventCoder {
    /// Roots whose target may be named by a noun for an act: disapproving, rejecting, threatening, protesting, and
    /// reducing relations over it.
    static let reactionRoots: ClosedRange<Int> = 11...16
    /// Roots of what one side concedes or promises where it meets the other: intents and yielding (aid announced at a
    /// meeting is often for a third party: "Blinken met Netanyahu, and Washington announced aid for Gaza").
    static let cooperativeRoots: Set<Int> = [3, 8]
    /// The words a denial's rule gets when it rejects a claim reported in the same sentence.
    static let claimNote = "it rejects the claim just reported, so it denies it to the claimant"
    /// The words a denial's rule gets when its accuser is the one just reported.
    static let accuserNote = "what it denies is the accusation just reported, so it denies it to the accuser"

    /// `event`, or one copy of it per doer, when it has no target (or only its source's own country) and reacts to
    /// "the move", "the verdict" … (or praises it: "hailed the ruling"): aimed at the source of the latest act reported
    /// before it (this sentence's, else an earlier one's) by another actor, and at each side that did that act with it
    /// ("Seoul and Washington launched their exercise, and North Korea denounced the drills"). Else `[event]`.
    static func withAnaphoricTargets(_ event: CodedEvent, clause: ClauseReader, before: [CodedEvent],
                                    inSentence: [CodedEvent]) -> [CodedEvent] {
        // The latest event of this sentence so far, else of an earlier one, that passes `test`.
        func last(where test: (CodedEvent) -> Bool) -> CodedEvent? {
            inSentence.last(where: test) ?? before.last(where: test)
        }
        // "Xi and Trump met …, and China agreed to suspend its export controls": a concession or promise with no
        // target, made where its source meets another, is made to the one it meets.
        if event.target == nil, cooperativeRoots.contains(event.code.rootNumber),
           let meeting = inSentence.last(where: { $0.code.rootNumber == 4 && $0.trigger < event.trigger
               && $0.source.code.principal == event.source.code.principal
               && $0.target.map { $0.code.principal != event.source.code.principal } ?? false }),
           let partner = meeting.target {
            return [event.retargeted(to: partner, because: "made where it meets \(partner.text)")]
        }
        // "…, killing at least 40 of them, and Jaish-e-Mohammed claimed responsibility": responsibility claimed with
        // no act named is for the act of force just reported (in this sentence or the one before), toward whom it
        // struck.
        if event.target == nil, event.code.code == "015",
           let act = last(where: { $0.isActOfForce && ($0.sentence == event.sentence ? $0.trigger < event.trigger
                                                                     : $0.sentence == event.sentence - 1) }),
           let struck = act.target {
            return [event.retargeted(to: struck, because: "the attack it claims struck \(struck.text)")]
        }
        // Cheap tests first: most events have a target of their own and are no reaction or denial.
        let selfTargeted = event.target == nil || event.target?.code.principal == event.source.code.principal
        guard selfTargeted || event.code.rootNumber == 12 else { return [event] }
        guard [1, 5, 12].contains(event.code.rootNumber) || reactionRoots.contains(event.code.rootNumber) else { return [event] }
        return resolved(event, clause: clause, last: last, joint: { act in
            // "Seoul and Washington launched their annual exercise, and North Korea denounced the drills": an act
            // two sides did together has both for its doers.
            let same = { (other: CodedEvent) in other.sentence == act.sentence && other.trigger == act.trigger && other.code.code == act.code.code }
            return act.sentence == event.sentence ? inSentence.filter(same)
                : before.reversed().prefix(while: { $0.sentence >= act.sentence }).filter(same)
        })
    }

    /// `events` with each reaction to "the move" that found no act before it ("Israeli troops moved into the buffer
    /// zone, and Egypt, Saudi Arabia and Qatar condemned the move") aimed at the subjects of the clause it is
    /// coordinated with, one event per subject's state: what the first clause reports is the move.
    static func withReactionTargets(_ events: [CodedEvent], clause: ClauseReader) -> [CodedEvent] {
        events.flatMap { event -> [CodedEvent] in
            guard event.target == nil, reactionRoots.contains(event.code.rootNumber), clause.reactsToAnAct(event.trigger),
                  clause.deprel(event.trigger) == "conj", clause.head(event.trigger) < event.trigger else { return [event] }
            let first = clause.head(event.trigger)
            var movers: [ActorMention] = []
            for actor in clause.actors(at: clause.subject(of: first))
            where actor.code.principal != event.source.code.principal && !movers.contains(where: { $0.code.principal == actor.code.principal }) {
                movers.append(actor)
            }
            guard !movers.isEmpty else { return [event] }
            return movers.map { event.retargeted(to: $0, because: "what it reacts to is what \($0.text) did in the clause before") }
        }
    }

    private static func resolved(_ event: CodedEvent, clause: ClauseReader,
                                 last: ((CodedEvent) -> Bool) -> CodedEvent?,
                                 joint: (CodedEvent) -> [CodedEvent]) -> [CodedEvent] {
        // "Prigozhin said his fighters had taken Bakhmut, a claim Ukraine's military rejected": a claim rejected in
        // the same sentence is denied to its claimant (016), and what it claimed is not coded (see ``EventCoder``).
        if event.target == nil || event.code.rootNumber == 12, [1, 12].contains(event.code.rootNumber),
           let noun = clause.deniedAccusation(event.trigger), ["claim", "account", "version", "assertion"].contains(clause.lemma(noun)),
           let claimed = last({ $0.sentence == event.sentence && $0.trigger < event.trigger && $0.modality == .reported
               && $0.speaker.map { speaker in speaker.code.principal != event.source.code.principal } ?? false }),
           let claimant = claimed.speaker, let denial = CAMEOOntology.code("016") {
            return [event.retargeted(to: claimant, code: denial, because: claimNote + " (\(claimant.text))")]
        }
        // A denial of "the charge" just reported denies it to the accuser (016), whatever the denial verb coded.
        if event.target == nil || event.code.rootNumber == 12, [1, 12].contains(event.code.rootNumber),
           clause.deniedAccusation(event.trigger) != nil,
           let accusation = last({ $0.code.rootNumber == 11 && $0.source.code.principal != event.source.code.principal
               && ($0.sentence < event.sentence || $0.trigger < event.trigger) }),
           let denial = CAMEOOntology.code("016") {
            return [event.retargeted(to: accusation.source, code: denial, because: accuserNote + " (\(accusation.source.text))")]
        }
        // A refusal aimed only at the nearest other actor the sentence names is a guess that "the demand" just
        // reported overrides.
        let guessedRefusal = event.code.rootNumber == 12 && event.rule.contains(ClauseReader.refusalNote)
        guard event.target == nil || event.target?.code.principal == event.source.code.principal || guessedRefusal,
              reactionRoots.contains(event.code.rootNumber) || event.code.code == "051", clause.reactsToAnAct(event.trigger)
        else { return [event] }
        // "the raid", "the strikes": an act of force, before any other act.
        func earlier(_ candidate: CodedEvent) -> Bool {
            candidate.source.code.principal != event.source.code.principal
                && (candidate.sentence < event.sentence || candidate.trigger < event.trigger)
        }
        // What is refused was asked of the refuser: "demanded an apology from Beijing …, and China rejected the
        // demand" answers the act aimed at China, not the last one named.
        let asked = event.code.rootNumber == 12
            ? last({ earlier($0) && $0.target?.code.principal == event.source.code.principal }) : nil
        let forceNamed = clause.namesForce(event.trigger)
        guard let act = asked ?? (forceNamed ? last({ earlier($0) && $0.isActOfForce }) : nil) ?? last(earlier)
        else { return [event] }
        var doers: [ActorMention] = []
        for doer in [act.source] + joint(act).map(\.source)
        where doer.code.principal != event.source.code.principal && !doers.contains(where: { $0.code.principal == doer.code.principal }) {
            doers.append(doer)
        }
        return doers.map { event.retargeted(to: $0, because: "what it reacts to is the act of \($0.text) just reported") }
    }
}

/// The one other actor of a sentence, for an act with no target of its own (see ``EventCoder``).
extension ClauseReader {
    /// Pronouns, which the resolver reads as the last actor named: too weak to aim an act with no target.
    static let pronounMentions: Set<String> = ["it", "its", "he", "his", "she", "her", "they", "their", "them", "him"]

    /// The one actor of the sentence, by principal, that is not the event's source: no news medium, no pronoun, no
    /// word of the source's own phrase, and no venue of a meeting or intent ("will meet in Bahrain"); `nil` when there
    /// are none or several.
    func soleOtherActor(of event: CodedEvent) -> ActorMention? {
        var others: [ActorMention] = []
        let source = event.source
        // Whom a speaker tells of the act is no party to it ("…, Zelensky told the UN Security Council"), wherever the
        // parser hung the speech verb.
        // Not one told to do something ("told Washington to stop sending warships"): that is an order to them.
        let audience = sentence.tokens.filter { verb in
            verb != event.trigger && ["tell", "brief", "inform"].contains(lemma(verb)) && kids(verb, ["xcomp"]).isEmpty
        }.flatMap { verb in
            kids(verb, ["dobj", "dative"]) + kids(verb, ["prep"]).filter { lemma($0) == "to" }.flatMap { kids($0, ["pobj"]) }
        }
        for mention in mentions where mention.code.principal != source.code.principal {
            if audience.contains(mention.head) { continue }
            // News media and pronouns are no target of another's act here; nor is a word of the source's own phrase.
            if mention.code.roles.contains(.media) { continue }
            if mention.tokens.count == 1, Self.pronounMentions.contains(form(mention.head).lowercasedIfNeeded()) { continue }
            if mention.tokens.overlaps(source.tokens) || isInside(mention.head, phraseOf: source.head) { continue }
            // A meeting's venue is no party to it.
            if [3, 4].contains(event.code.rootNumber), isVenue(mention.head) { continue }
            // Nor is a place abroad where an act happened ("suspended its participation in talks in Jeddah"); but
            // force and its posture strike or face, and aid goes to, where it happens ("shelled a village in Kharkiv
            // region", "massed troops near Kharkiv", "delivered food to camps in North Darfur").
            if event.code.rootNumber < 17, ![7, 15].contains(event.code.rootNumber), isVenue(mention.head), mention.namesPlace {
                continue
            }
            if !others.contains(where: { $0.code.principal == mention.code.principal }) { others.append(mention) }
        }
        return others.count == 1 ? others.first : nil
    }

    /// Roots whose acts, with no one else named, are done at home: yielding (a truce declared), investigating,
    /// rejecting, threatening, protesting, coercing, assaulting, fighting, mass violence. Not demands and criticism,
    /// whose addressee is more often left unsaid than at home, nor force postures and cuts in relations, which face
    /// another state, nor a ceasefire violation (196).
    static let homeRoots: Set<Int> = [8, 9, 12, 13, 14, 17, 18, 19, 20]

    /// The source's own state, for an act with no target in a sentence that names no other actor but the press:
    /// "the Taliban announced a three-day ceasefire", "Islamic State claimed responsibility" after a blast at a
    /// Philippine cathedral. `nil` for an international body, or when another actor is named.
    func homeTarget(of event: CodedEvent) -> ActorMention? {
        let source = event.source
        guard source.code.principal.kind == .country, Self.homeRoots.contains(event.code.rootNumber), event.code.code != "196",
              mentions.allSatisfy({ $0.code.principal == source.code.principal || $0.code.roles.contains(.media) }),
              let home = try? ActorCode(source.code.principal.code) else { return nil }
        return source.reread(code: home, rule: "the source's own state: the sentence names no other actor")
    }

    /// Whether `token` is within the noun phrase headed by `noun`, below no verb.
    private func isInside(_ token: Int, phraseOf noun: Int) -> Bool {
        var current = token
        var steps = 0
        while current >= 0, steps < 8 {
            if current == noun { return true }
            if isVerb(current) { return false }
            current = head(current)
            steps += 1
        }
        return false
    }

}
