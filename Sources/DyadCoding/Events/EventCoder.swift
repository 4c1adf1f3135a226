import DyadCore
import DyadLexicon

/// Codes events from an analysed document with the verb patterns of a ``Lexicon`` and the actors of an
/// ``ActorResolver``.
///
/// For each verb with patterns: the source is its subject (in the passive, the `agent` "by X"), the target comes from
/// the pattern (direct object — in the passive, the subject — or the object of a preposition). Subjects and objects
/// joined by "and" give one event each; "X and Y signed" gives both directions. Negated verbs are not coded; verbs
/// under "could", "might", "may", "would" or "expected to" are hypothetical and not coded; "will", "plan to",
/// "pledge to" make the event intended; a verb reported by "said", "accused", ... keeps the speaker.
public struct EventCoder: Sendable {
    /// Roles of armed and unarmed actors that are no state's forces: their violence at home is theirs.
    static let irregularRoles = ActorRole.irregularForces.union([.civilians, .criminals, .opposition])
    /// The lexicon with the verb patterns.
    public let lexicon: Lexicon
    /// The actor resolver.
    public let resolver: ActorResolver
    /// The verb entries by lemma and inflection.
    let index: VerbIndex
    /// The discard phrases (sports, markets, weather), whose sentences code no event.
    let discards: DiscardIndex
    /// Whether an act whose pattern finds no target is aimed at the one other actor the sentence names, or at its
    /// source's own state when it names none, and a military posture aimed at the source's own forces at the other
    /// side (see ``withSoleOtherActor(_:clause:)``): right about half the time on modern news, so a user who wants
    /// only targets the text gives turns it off (`--no-guessed-targets`). Targets read from context stay: the act a
    /// reaction answers, the partner a concession is made to, the state a retaliation answers.
    public let guessesTargets: Bool
    /// Whether an event must have a target to be kept, as PETRARCH's `require_dyad` (on by default there too): an act
    /// aimed at no one the coder can name ("warned on Tuesday", "urged restraint") is no dyad, and the dyadic series,
    /// rankings and ICEWS/Phoenix exports have no place for it. Off (`--one-sided`), such events are kept with a null
    /// target. The events of earlier sentences are read as context either way.
    public let requiresDyad: Bool

    /// Prepares the coder; `resolver` must use the same lexicon's actors (or another one). With `guessesTargets`
    /// false, an event keeps no target rather than a guessed one; with `requiresDyad` false, events without a target
    /// are kept.
    public init(lexicon: Lexicon, resolver: ActorResolver, guessesTargets: Bool = true, requiresDyad: Bool = true) {
        self.lexicon = lexicon
        self.resolver = resolver
        self.guessesTargets = guessesTargets
        self.requiresDyad = requiresDyad
        index = VerbIndex(lexicon: lexicon)
        discards = DiscardIndex(lexicon: lexicon)
    }

    /// The events of `document`, its actors resolved on `date`.
    public func events(in document: AnnotatedDocument, on date: CalendarDate) -> [CodedEvent] {
        let mentions = resolver.mentions(in: document, on: date)
        return events(in: document, mentions: mentions, published: date)
    }

    /// The events of `document` given its actor mentions; event dates are resolved against `published`.
    public func events(in document: AnnotatedDocument, mentions: [ActorMention], published: CalendarDate?)
        -> [CodedEvent] {
        guard AnalysisCheck.isComplete(document) else { return [] }
        var events: [CodedEvent] = []
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        let dates = DateReader()
        var dateContext = DateReader.Context()
        for (index, sentence) in document.sentences.enumerated() {
            let expressions = published.map {
                dates.dates(in: document, sentence: sentence, published: $0, context: &dateContext)
            } ?? []
            // A sentence left unparsed has no verb the coder codes (see ``EventParseSelector``); its dates still
            // count above, as the context of later ones.
            guard document.isParsed(sentence: index) else { continue }
            let clause = ClauseReader(document: document, sentence: sentence, index: index,
                                      mentions: bySentence[index] ?? [])
            // Sports, markets and weather in conflict words ("the Tennessee Volunteers defeated the UNLV Rebels").
            if discards.hit(in: clause) != nil { continue }
            var seen = Set<String>()
            var sentenceEvents: [CodedEvent] = []
            func add(_ found: [CodedEvent]) {
                for coded in found {
                    for var event in Self.withAnaphoricTargets(coded, clause: clause, before: events, inSentence: sentenceEvents) {
                        event.date = Self.date(of: event, expressions: expressions, published: published)
                        // Identical triples within one sentence are one event ("freed two Americans, Ryan Corbett and
                        // William McKenty"), the first found kept with its evidence.
                        let key = "\(event.source.code.code)>\(event.target?.code.code ?? "-")>\(event.code.code)"
                        if seen.insert(key).inserted { sentenceEvents.append(event) }
                    }
                }
            }
            _ = verbTraces(of: sentence, in: clause, coded: { sentenceEvents }) { add($0.events) }
            // The closure takes the index alone: taking `self` copied the whole coder on every sentence.
            let index = self.index
            add(clause.chainEvents(coded: sentenceEvents) { index.entries(for: $0, in: clause) })
            add(clause.orderedActs(coded: sentenceEvents) { index.verbs[$0] })
            add(clause.orderedCustody(coded: sentenceEvents))
            add(clause.personaNonGrata(coded: sentenceEvents))
            add(clause.suspendedMembers(coded: sentenceEvents))
            add(clause.spokenClaims(coded: sentenceEvents))
            add(clause.callEvents(coded: sentenceEvents))
            add(clause.receiptEvents(coded: sentenceEvents, sending: index.verbs["send"]))
            sentenceEvents = Self.withReactionTargets(Self.withMediatedParties(sentenceEvents), clause: clause)
            sentenceEvents = Self.withFightsBehindKillings(sentenceEvents, clause: clause)
            sentenceEvents = Self.withAccusedObjects(sentenceEvents, clause: clause)
            sentenceEvents = Self.withVotingBodies(sentenceEvents, clause: clause)
            sentenceEvents = Self.withClaimedActTargets(Self.withToldTargets(sentenceEvents, clause: clause))
            if guessesTargets {
                sentenceEvents = Self.withSoleOtherActor(Self.withSharedTargets(sentenceEvents, clause: clause), clause: clause)
            }
            // A speech verb's own statement (01x) gives way to the act it reports ("X said Y attacked Z").
            let reporters = Set(sentenceEvents.compactMap { event in clause.reportingVerb(event.trigger) })
            // The dead of a violent act coded in the sentence are its toll, not an act of their own
            // ("ambushed a convoy, killing four peacekeepers", "carried out massacres ..., killing entire families").
            let violent = Set(sentenceEvents.filter { $0.isActOfForce || $0.code.code == "175" }.map(\.trigger))
            // A plain "said" that reports something is not a statement event of its own, coded or not; nor is one
            // set after what it reports ("..., a Thai army spokesman said").
            events += sentenceEvents.filter { event in
                // A claim of responsibility is no plain "said", even when the parser hung the act on it as what it
                // reports ("A suicide bomber killed 27 people …, and Islamic State claimed responsibility").
                if event.code.rootNumber == 1 && event.code.code != "015" && reporters.contains(event.trigger) { return false }
                if clause.isToll(event.trigger) {
                    if violent.contains(clause.head(event.trigger)) { return false }
                    // Nor is a state's toll whose dead are only guessed to be its own people ("U.S. forces struck a
                    // boat …, killing 11 people aboard": not the United States killing Americans). Gunmen and bombers
                    // do kill at home ("two suicide bombers struck a rally …, killing 95").
                    if let target = event.target, target.hasGuessedCountry,
                       target.code.principal == event.source.code.principal,
                       !event.source.code.roles.contains(where: Self.irregularRoles.contains) { return false }
                }
                // A toll whose act no actor is named doing ("A truck ploughed into crowds …, killing 12 people", with
                // police read as the truck's conjunct) is no act of force of anyone's.
                if clause.isTollOfNoOne(event.trigger) { return false }
                // What a group says it did in claiming an attack ("said its fighters had carried out the attacks")
                // is the claim's content, not a second attack.
                if event.modality == .reported, sentenceEvents.contains(where: {
                    $0.rule.hasPrefix(ClauseReader.spokenClaimRule) && $0.trigger == clause.head(event.trigger)
                }) { return false }
                // Nor is the toll of an act named as a noun ("the Russian missile strike that hit the hospital", "an
                // attack that killed 20 people"): the act is nominal, so is what its relative clause tells of it.
                if event.isActOfForce, clause.isNominalActClause(event.trigger) { return false }
                // The toll of an act that is only accused or denied: "accused Armenia of firing a missile into Ganja,
                // killing nine civilians".
                if clause.isToll(event.trigger), ClauseReader.contentHeads.contains(clause.lemma(clause.head(event.trigger))) {
                    return false
                }
                // A denial is an event only against a named accuser ("rejected Ireland's accusation"), as
                // events-README.md says: not with none ("denied any involvement"), nor against an actor of what it
                // denies ("denied that its forces had struck ... the Ukrainian city of Kremenchuk").
                // What a claim rejected in the same sentence claimed is not coded ("…, a claim Ukraine rejected").
                if event.modality == .reported, !event.rule.contains(Self.claimNote), let speaker = event.speaker,
                   sentenceEvents.contains(where: { denial in
                    denial.rule.contains(Self.claimNote) && denial.target?.code.principal == speaker.code.principal
                }) { return false }
                if event.code.code == "016", !event.rule.contains(Self.accuserNote), !event.rule.contains(Self.claimNote),
                   !clause.isAccuser(event.target, of: event.trigger) { return false }
                // A strike's or march's stated aim ("launched a general strike to press for a higher minimum wage")
                // is its protest's content, not an appeal or demand of its own.
                if [2, 10].contains(event.code.rootNumber), ["advcl", "xcomp"].contains(clause.deprel(event.trigger)),
                   sentenceEvents.contains(where: { $0.trigger == clause.head(event.trigger) && $0.code.rootNumber == 14
                       && $0.source.code.principal == event.source.code.principal }) { return false }
                // Protesters' demand or damage read as their protest is no second protest beside the one coded.
                if event.rule.contains(ClauseReader.protestNote), sentenceEvents.contains(where: { other in
                    other.trigger != event.trigger && other.code.rootNumber == 14
                        && other.source.code.principal == event.source.code.principal
                        && !other.rule.contains(ClauseReader.protestNote)
                }) { return false }
                // A warning coded as a threat is no pessimistic comment besides; nor is one about what only could
                // happen ("warned that the fund could run dry").
                if event.code.code == "012", ClauseReader.warnings.contains(clause.lemma(event.trigger)),
                   sentenceEvents.contains(where: { $0.trigger == event.trigger && $0.code.rootNumber == 13 })
                    || clause.kids(event.trigger, ["ccomp"]).contains(where: clause.isHedged) { return false }
                // A verdict on no one ("calling it a disgraceful incident" of one's own act), or by a person on
                // themself (a misread subject), is no event.
                if event.rule.hasPrefix("verdict:"), event.target == nil || event.target?.entry == event.source.entry { return false }
                // "called Taiwan's president a separatist" is a verdict, not a phone call.
                if event.code.code == "041",
                   sentenceEvents.contains(where: { $0.trigger == event.trigger && $0.rule.hasPrefix("verdict:") }) { return false }
                guard event.code.code == "010" else { return true }
                // Nor, coded or not, is one with a "that" clause the parser hung as adverbial.
                return clause.kids(event.trigger, ["ccomp"]).isEmpty && clause.thatClause(of: event.trigger) == nil
                    && !clause.isAttribution(event.trigger) && !clause.isTrailingSpeech(event.trigger)
            }
        }
        // Dropped only now: an event without a target still counts as the context of the sentences after it.
        return requiresDyad ? events.filter { $0.target != nil } : events
    }

    /// The key of `event` aimed at `target`, principal by principal, by which a guessed target is dropped when the
    /// sentence already has that event.
    static func aimedKey(_ event: CodedEvent, _ target: ActorMention) -> String {
        "\(event.source.code.principal)>\(target.code.principal)>\(event.code.code)"
    }

    /// The keys of the events of `events` that have a target (see ``aimedKey(_:_:)``).
    static func aimedKeys(_ events: [CodedEvent]) -> Set<String> {
        Set(events.compactMap { event in event.target.map { aimedKey(event, $0) } })
    }

    /// `events` with each mediation that names no one ("at talks mediated by the United Nations", "following
    /// contacts mediated by Muscat") aimed at the parties of the two-sided acts the sentence reports (a ceasefire,
    /// an agreement), one event per party's state.
    static func withMediatedParties(_ events: [CodedEvent]) -> [CodedEvent] {
        guard events.contains(where: { $0.target == nil && ClauseReader.mediationCodes.contains($0.code.code) }) else { return events }
        return events.flatMap { event -> [CodedEvent] in
            guard event.target == nil, ClauseReader.mediationCodes.contains(event.code.code) else { return [event] }
            var parties: [ActorMention] = []
            for other in events where other.trigger != event.trigger {
                guard let target = other.target, other.source.code.principal != event.source.code.principal,
                      events.contains(where: { $0.trigger == other.trigger && $0.source.span != other.source.span
                          && $0.source.code.principal == target.code.principal
                          && $0.target?.code.principal == other.source.code.principal }),
                      !parties.contains(where: { $0.code.principal == other.source.code.principal }) else { continue }
                parties.append(other.source)
            }
            guard !parties.isEmpty else { return [event] }
            return parties.map { event.retargeted(to: $0, because: "it mediates between the parties of what the sentence reports") }
        }
    }

    /// `events` with each act that found no target, told to someone as news of the teller's own act ("notified the
    /// United States that it was ending a decades-old extradition treaty", "told the IAEA it would stop
    /// inspections"), aimed at the one it was told to.
    static func withToldTargets(_ events: [CodedEvent], clause: ClauseReader) -> [CodedEvent] {
        events.map { event in
            guard event.target == nil, let teller = clause.complementGovernor(of: event.trigger),
                  ClauseReader.tellingVerbs.contains(clause.lemma(teller)),
                  let told = clause.kids(teller, ["dobj"]).first(where: { $0 < event.trigger }),
                  // Not the press: "told reporters", "told Reuters".
                  let hearer = clause.actors(at: told).first(where: { $0.code.principal != event.source.code.principal
                      && !$0.code.roles.contains(.media) })
            else { return event }
            return event.retargeted(to: hearer, because: "it is told to \(hearer.text)")
        }
    }

    /// `events` with each claim of responsibility (015) that found no target aimed at whom the act of force the same
    /// sentence reports struck, wherever it is told: "Islamic State claimed responsibility for the shooting at an
    /// Istanbul nightclub in which a gunman killed 39 revellers".
    /// Only an act by the claimant or by an unnamed attacker, the nearest to the claim, aimed at someone else.
    static func withClaimedActTargets(_ events: [CodedEvent]) -> [CodedEvent] {
        var seen = aimedKeys(events)
        return events.compactMap { event -> CodedEvent? in
            guard event.target == nil, event.code.code == "015" else { return event }
            let acts = events.filter { act in
                act.isActOfForce && act.trigger != event.trigger
                    // Not at the claimant itself ("an attack in which Iraqi forces killed 12 Islamic State fighters").
                    && act.target.map { $0.code != event.source.code } ?? false
                    // Done by the claimant, or by gunmen or bombers the text leaves unnamed.
                    && (act.source.code.principal == event.source.code.principal
                        || act.source.code.roles.contains(where: { ActorRole.irregularForces.contains($0) || $0 == .civilians }))
            }
            guard let act = acts.min(by: { abs($0.trigger - event.trigger) < abs($1.trigger - event.trigger) }),
                  let struck = act.target else { return event }
            guard seen.insert(aimedKey(event, struck)).inserted else { return nil }
            return event.retargeted(to: struck, because: "the attack it claims struck \(struck.text)")
        }.map(claimantPlaced)
    }

    /// A claim by a transnational group the sentence could not place (Islamic State, al Qaeda: `IMG…`) made by its
    /// branch in the country of what it claims, as the group's other acts are placed where they happen: "an attack
    /// claimed by Islamic State" on worshippers in Pakistan is Islamic State in Pakistan's (PAKREBISI).
    static func claimantPlaced(_ event: CodedEvent) -> CodedEvent {
        guard event.code.code == "015", let country = event.target?.code.components.first, country.kind == .country,
              let code = event.source.code.branch(in: country.code) else { return event }
        return event.resourced(to: event.source.reread(code: code, rule: "transnational group, country of the attack it claims"))
    }

    /// `events` with each act that found no target (plain statements and comments, 010–014, aside) aimed at the one
    /// other actor the sentence names, when there is exactly one ("imposed duties on barley from Australia",
    /// "accusing the group of diverting supplies" after "Houthi-held areas of Yemen"): the writer named it because the
    /// act concerns it. With none, some acts are done at home (`homeTarget(of:)`); with two or more, the act keeps no
    /// target. A force posture aimed at the source's own forces is re-aimed the same way. The rule says so, and
    /// measured right on 35 of 59 such events in the development sets (BENCHMARKS.md); `--no-guessed-targets` turns
    /// it off.
    static func withSoleOtherActor(_ events: [CodedEvent], clause: ClauseReader) -> [CodedEvent] {
        // A military posture aimed at the source's own forces or country ("Taiwan scrambled fighters", "Kyiv rushed
        // reserve brigades to the area") faces the other state as well; police alerts and police (151, 153) stay home.
        func ownPosture(_ event: CodedEvent) -> Bool {
            event.code.rootNumber == 15 && !["151", "153"].contains(event.code.code)
                && event.target.map { $0.code.principal == event.source.code.principal } ?? false
        }
        guard events.contains(where: { $0.target == nil || ownPosture($0) }) else { return events }
        // An event aimed so is dropped when the sentence already has it, principal by principal.
        var seen = aimedKeys(events)
        var result: [CodedEvent] = []
        for event in events {
            let posture = ownPosture(event)
            guard event.target == nil || posture, event.code.rootNumber != 1 || event.code.code >= "015" else { result.append(event); continue }
            // Not a co-source of the same act ("The U.S. and Britain urged their allies …": Britain is not urged).
            let coSources = Set(events.filter { $0.trigger == event.trigger }.map(\.source.code.principal))
            let sole = clause.soleOtherActor(of: event).flatMap { !posture || $0.code.principal.kind == .country ? $0 : nil }
                .flatMap { coSources.contains($0.code.principal) ? nil : $0 }
            guard let other = sole ?? (posture ? nil : clause.homeTarget(of: event)) else {
                result.append(event)
                continue
            }
            if seen.insert(aimedKey(event, other)).inserted {
                let why = other.code.principal == event.source.code.principal
                    ? "the sentence names no other actor, so it is done at home" : "the one other actor the sentence names"
                result.append(event.retargeted(to: other, because: why))
            }
        }
        return result
    }

    /// The trace of each verb of `sentence` that has patterns, in order, as the coder reads them (one loop for
    /// `events` and `explain`, so that what `dyad explain` shows is what `dyad code` writes). `coded` gives the
    /// events the sentence has so far; `found` is told each trace as it is made, before the next verb is read.
    func verbTraces(of sentence: Sentence, in clause: ClauseReader, coded: () -> [CodedEvent],
                    found: (VerbTrace) -> Void = { _ in }) -> [VerbTrace] {
        var traces: [VerbTrace] = []
        for token in sentence.tokens where clause.isVerb(token) {
            guard let entries = entries(for: token, in: clause) else { continue }
            var trace: VerbTrace
            // A verb of intent that coded its chain itself leaves the governed verb alone.
            if clause.isUnderIntent(token), coded().contains(where: { $0.trigger == clause.head(token) }) {
                trace = VerbTrace(token: token, verb: clause.form(token), lemma: clause.lemma(token),
                                  entries: entries.map(\.id))
                trace.skipped = "the act '\(clause.form(clause.head(token)))' intends, which coded the chain itself"
            } else {
                trace = clause.trace(of: token, entries: entries)
            }
            found(trace)
            traces.append(trace)
        }
        return traces
    }

    /// The verb entries for a token: by its lemma, else by its form as a regular inflection of a known lemma.
    func entries(for token: Int, in clause: ClauseReader) -> [VerbEntry]? {
        index.entries(for: token, in: clause)
    }

    /// What the coder did with each verb of `document` that has patterns, for `dyad explain`.
    public func explain(_ document: AnnotatedDocument, mentions: [ActorMention]) -> [VerbTrace] {
        guard AnalysisCheck.isComplete(document) else { return [] }
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        var traces: [VerbTrace] = []
        for (index, sentence) in document.sentences.enumerated() where document.isParsed(sentence: index) {
            let clause = ClauseReader(document: document, sentence: sentence, index: index,
                                      mentions: bySentence[index] ?? [])
            if let hit = discards.hit(in: clause) {
                var trace = VerbTrace(token: hit.token, verb: hit.phrase.text, lemma: hit.phrase.name, entries: [])
                trace.skipped = hit.reason
                traces.append(trace)
                continue
            }
            var coded: [CodedEvent] = []
            traces += verbTraces(of: sentence, in: clause, coded: { coded }) { coded += $0.events }
            // The intents and refusals coded for a chain whose act coded nothing, one trace per rule.
            let index = self.index
            // As in `events`: the ordered acts see the chain's events.
            let chain = clause.chainEvents(coded: coded, entries: { index.entries(for: $0, in: clause) })
            for event in chain + clause.orderedActs(coded: coded + chain, entries: { index.verbs[$0] }) {
                if let last = traces.indices.last, traces[last].chosen == event.rule, traces[last].token == event.trigger {
                    traces[last].events.append(event)
                    continue
                }
                var trace = VerbTrace(token: event.trigger, verb: clause.form(event.trigger),
                                      lemma: clause.lemma(event.trigger), entries: [])
                trace.chosen = event.rule
                trace.events = [event]
                traces.append(trace)
            }
        }
        return traces
    }

    /// The date expression nearest the event's verb, else the publication date.
    static func date(of event: CodedEvent, expressions: [DateReader.Found], published: CalendarDate?) -> EventDate? {
        let nearest = expressions.min { a, b in
            abs(a.tokens.lowerBound - event.trigger) < abs(b.tokens.lowerBound - event.trigger)
        }
        if let nearest { return nearest.date }
        return published.map { EventDate(day: $0, precision: .day, span: nil) }
    }
}
