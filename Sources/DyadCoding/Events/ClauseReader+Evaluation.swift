import DyadCore

/// "China's embassy called the move provocative", "Britain called it a clear breach of the Joint Declaration",
/// "Moscow dismissed the verdict as politically motivated": naming something with a verdict on it is the verdict's
/// verbal act — disapproval (111) for a condemning word, praise (051) for an approving one, nothing for a word that
/// is neither ("called the meeting", "called it a day").
extension ClauseReader {
    /// Verbs that name something with a verdict ("call X Y", "describe X as Y", "dismiss X as Y").
    static let namingVerbs: Set<String> = ["call", "describe", "dismiss", "denounce", "brand", "term", "label", "deride"]

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
        "unwise", "misguided", "shortsighted", "short-sighted", "reckless", "irrational", "hysterical"]
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
        let tokens = verdict + verdict.flatMap { kids($0, ["amod", "conj", "compound", "advmod", "npadvmod"]) }
        let words = Set(tokens.map(lemma) + tokens.map { form($0).lowercasedIfNeeded() })
        if !words.isDisjoint(with: Self.condemning) { return CAMEOOntology.code("111") }
        if !words.isDisjoint(with: Self.approving) { return CAMEOOntology.code("051") }
        return nil
    }

    /// What a naming verb names: its object, or the first of two the parser read as complements ("called Maduro a
    /// dictator").
    func namedObject(of verb: Int) -> Int? {
        // Not "in what X called an unsafe act": the act is the main clause's, named again.
        if let object = kids(verb, ["dobj"]).first { return ["what", "which", "that"].contains(lemma(object)) ? nil : object }
        let complements = kids(verb, ["oprd"])
        return complements.count >= 2 ? complements.first : nil
    }

    /// The verdicts of the sentence's naming verbs that coded nothing themselves, aimed at what they name (an actor,
    /// or — through ``EventCoder`` — whoever did the act named by "the move", "it").
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
        return found
    }
}
