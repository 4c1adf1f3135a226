import DyadCore

/// "China's embassy called the move provocative", "Britain called it a clear breach of the Joint Declaration",
/// "Moscow dismissed the verdict as politically motivated": naming something with a verdict on it is the verdict's
/// verbal act — disapproval (111) for a condemning word, praise (051) for an approving one, nothing for a word that
/// is neither ("called the meeting", "called it a day").
extension ClauseReader {
    /// Verbs that name something with a verdict ("call X Y", "describe X as Y", "dismiss X as Y").
    static let namingVerbs: Set<String> = ["call", "describe", "dismiss", "denounce", "brand", "term", "label", "deride", "name"]

    /// Words of a condemning verdict.
    static let condemning: Set<String> = [
        "provocative", "provocation", "unacceptable", "unjustified", "unjustifiable", "unfair", "illegal", "illegitimate",
        "unlawful", "drastic", "regrettable", "absurd", "outrageous", "irresponsible", "dangerous", "hostile", "aggressive",
        "barbaric", "aggression", "breach", "violation", "crime", "mistake", "error", "farce", "sham", "lie", "overreaction",
        "interference", "meddling", "blackmail", "bullying", "insult", "disgrace", "shameful", "deplorable", "reckless",
        "racist", "groundless", "baseless", "motivated", "politicised", "politicized", "unwarranted", "counterproductive",
        "destabilising", "destabilizing", "hypocritical", "arrogant", "cynical", "criminal", "terrorist", "witch",
        "hunt", "propaganda", "fabrication", "slander", "smear", "shame", "travesty", "mockery", "unilateral", "betrayal",
        "escalation", "attack", "threat", "coercion", "piracy", "theft", "robbery", "invasion", "occupation", "dictator",
        "dictatorship", "regime", "puppet", "thug", "bully", "liar", "traitor", "unprofessional", "unsafe", "wrong",
        "unconstitutional", "undemocratic", "fraudulent", "rigged", "nonsense", "ridiculous", "disgraceful", "appalling",
        "separatist", "extremist", "fascist", "murderer", "warmonger", "genocidal", "hasty", "rash", "unfriendly",
        "unwise", "misguided", "shortsighted", "short-sighted", "reckless", "irrational", "hysterical", "stupid",
        "dotard", "deranged", "lunatic", "madman", "maniac", "gangster", "clown", "idiot", "insane", "crazy", "evil",
        "unaccountable", "incompetent", "corrupt", "pathetic", "despicable", "heinous", "cowardly", "inhumane",
        "cruel", "brutal", "savage", "unworthy", "intolerable", "insulting", "offensive", "defamatory", "terror",
        "terrorism", "instability"]
    /// Nouns for one who suffers an act, which a speaker says of itself ("said it was a victim of terrorism").
    static let sufferers: Set<String> = ["victim", "target", "casualty", "survivor"]
    /// Words of an approving verdict.
    static let approving: Set<String> = [
        "positive", "welcome", "constructive", "historic", "breakthrough", "success", "milestone", "productive",
        "excellent", "courageous", "brave", "wise", "encouraging", "good", "great", "friend", "partner", "ally",
        "landmark", "triumph", "victory"]

    /// The verbal act of a naming verb with a verdict, if its words condemn or approve: 111 or 051.
    func verdictCode(of verb: Int) -> EventCode? {
        guard Self.namingVerbs.contains(lemma(verb)), !isNegated(verb), let object = namedObject(of: verb) else { return nil }
        // The verdict: a second object or complement ("a clear breach", "provocative"), an "as" phrase or clause ("as
        // politically motivated"), or an adjective or a noun the parser hung on the object ("the move provocative").
        var verdict = kids(verb, ["oprd", "xcomp", "ccomp", "acomp"]).filter { $0 != object }
        verdict += kids(verb, ["prep"]).filter { lemma($0) == "as" }.flatMap { kids($0, ["pobj", "amod", "acomp", "pcomp"]) }
        verdict += kids(verb, ["advcl"]).filter { clause in kids(clause, ["mark"]).contains { lemma($0) == "as" } }
        verdict += kids(object, ["amod"]).filter { $0 > object }
        // "calling the move a clear overreaction", the verdict read as the object's apposition
        verdict += kids(object, ["appos"])
        // "called the ruling a truly breathtaking action": the verdict read as a second object; "calling the measure
        // baseless": the adjective the tagger read as the object's head (see `namedObject`).
        verdict += kids(verb, ["dobj"]).filter { $0 != object }
        // "called the ruling a truly breathtaking action": the verdict hung on the object read as a gerund.
        if document.xpos[object] == "VBG" { verdict += kids(object, ["dobj"]) }
        // "calling the manoeuvres unsafe and unprofessional": an adjective right after the object that the parser
        // hung on another verb.
        var after = lastToken(under: object) + 1
        while sentence.tokens.contains(after), document.xpos[after] == "RB" { after += 1 }  // "extremely aggressive"
        if sentence.tokens.contains(after), document.xpos[after].hasPrefix("JJ"), head(after) != object { verdict.append(after) }
        return judgement(of: verdict)
    }

    /// 111 when the verdict's words (with their modifiers, conjuncts and one phrase into them) condemn, 051 when
    /// they approve, else `nil`.
    func judgement(of verdict: [Int]) -> EventCode? {
        var tokens = verdict + verdict.flatMap { kids($0, ["amod", "conj", "compound", "advmod", "npadvmod"]) }
        // "an action by an unaccountable political institution", "the principal source of instability and terror":
        // one phrase into the verdict noun (its nouns only after "of": not "self-defence against terrorism").
        let phrases = verdict.flatMap { kids($0, ["prep"]) }
        let inner = phrases.flatMap { kids($0, ["pobj"]) }
        let ofWhat = phrases.filter { lemma($0) == "of" }.flatMap { kids($0, ["pobj"]) }
        tokens += inner.flatMap { kids($0, ["amod"]) } + ofWhat + ofWhat.flatMap { kids($0, ["conj"]) }
        let words = Set(tokens.map(lemma) + tokens.map { form($0).lowercasedIfNeeded() })
        if !words.isDisjoint(with: Self.condemning) { return CAMEOOntology.code("111") }
        if !words.isDisjoint(with: Self.approving) { return CAMEOOntology.code("051") }
        return nil
    }

    /// The copula of a verdict a speaker says of an act just reported: "Netanyahu said the move was a dangerous
    /// provocation", "Beijing said the sanctions were illegal" — a "be" clause the speech verb reports, whose
    /// subject is a noun for an act ("the move") or "it"/"this".
    func saidVerdict(of verb: Int) -> (copula: Int, code: EventCode)? {
        guard Self.speechVerbs.contains(lemma(verb)), !isNegated(verb) else { return nil }
        for clause in kids(verb, ["ccomp"]) + [thatClause(of: verb)].compactMap({ $0 })
        where lemma(clause) == "be" && !isNegated(clause) && !kids(clause, ["aux"]).contains(where: { Self.hedges.contains(lemma($0)) }) {
            // Not "it was unsafe for residents to return" (an "it" standing for the clause after), nor "it was a victim
            // of terrorism" (the speaker's own side).
            let verdict = kids(clause, ["attr", "acomp"])
            guard let topic = kids(clause, ["nsubj"]).first, isActReference(topic), kids(clause, ["xcomp", "ccomp"]).isEmpty,
                  !verdict.contains(where: { Self.sufferers.contains(lemma($0)) }),
                  let code = judgement(of: verdict) else { continue }
            return (clause, code)
        }
        return nil
    }

    /// The tokens of the phrase `token` heads, leaving out the phrase `excluded` heads.
    func tokens(under token: Int, excluding excluded: Int? = nil) -> [Int] {
        var found: [Int] = []
        var pending = [token]
        while let next = pending.popLast() {
            guard next != excluded else { continue }
            found.append(next)
            pending += children(of: next)
        }
        return found
    }

    /// The last token of the phrase `token` heads.
    func lastToken(under token: Int) -> Int { tokens(under: token).max() ?? token }

    /// What a naming verb names: its object, or the first of two the parser read as complements ("called Maduro a
    /// dictator").
    func namedObject(of verb: Int) -> Int? {
        // Not "in what X called an unsafe act": the act is the main clause's, named again.
        if let object = kids(verb, ["dobj"]).first {
            if ["what", "which", "that"].contains(lemma(object)) { return nil }
            // "named Russia the most significant threat": the first of the two read as a complement.
            if let named = kids(verb, ["oprd"]).first(where: { $0 < object }) { return named }
            // "calling the measure baseless", "the world body stupid": a verdict the tagger read as the object's head
            // noun, with the thing named as its compound; so is a verdict noun whose object the parser made its
            // compound ("called the seizures acts of piracy").
            if judgement(of: [object]) != nil, let named = kids(object, ["compound"]).last(where: { $0 < object }) { return named }
            return object
        }
        let complements = kids(verb, ["oprd"])
        if complements.count >= 2 { return complements.first }
        // "called the hijacking an act of piracy": a gerund read as the complement, the verdict as its object.
        return complements.first { document.xpos[$0] == "VBG" && !kids($0, ["dobj"]).isEmpty }
    }

    /// The verdicts of the sentence's naming verbs that coded nothing themselves, aimed at what they name (an actor,
    /// or — through ``EventCoder`` — whoever did the act named by "the move", "it"), and the verdicts its speech
    /// verbs say of an act with "be" (``saidVerdict(of:)``).
    func verdictEvents(coded: [CodedEvent]) -> [CodedEvent] {
        var found: [CodedEvent] = []
        for verb in sentence.tokens where isVerb(verb) && Self.namingVerbs.contains(lemma(verb)) {
            // A verdict outranks a phone call read into "called Taiwan's president a separatist" (see ``EventCoder``).
            guard !coded.contains(where: { $0.trigger == verb && $0.code.code != "041" }), !isHypothetical(verb),
                  let code = verdictCode(of: verb),
                  let object = namedObject(of: verb) else { continue }
            let target = actors(at: object).isEmpty ? owner(of: object) : object
            let made = events(verb: verb, sourceToken: subject(of: verb), targetToken: target, code: code, targetless: false,
                              rule: "verdict: '\(form(verb)) \(form(object)) …' with \(code.code == "051" ? "an approving" : "a condemning") word → \(code.code)")
            // "called it a breach", "called the move provocative": the act named is whoever's was just reported (see
            // ``EventCoder``), not an actor the verdict's own phrases happen to name.
            guard reactsToAnAct(verb) || form(object).lowercasedIfNeeded() == "it" else { found += made; continue }
            found += made.map { $0.retargeted(to: nil) }
        }
        for verb in sentence.tokens where isVerb(verb) && !isHypothetical(verb) {
            guard let (copula, code) = saidVerdict(of: verb) else { continue }
            let rule = "verdict said of an act: '\(form(verb)) … \(form(copula)) …' with \(code.code == "051" ? "an approving" : "a condemning") word → \(code.code)"
            found += events(verb: verb, sourceToken: subject(of: verb), targetToken: nil, code: code, targetless: false, rule: rule)
                .map { $0.retargeted(to: nil) }
        }
        return found
    }
}
