import DyadCore

/// Claims of responsibility made by saying so: "Islamic State said it was behind the attack", "the insurgents said
/// their fighters had carried out the raid". The event sets code them as the claim (015), as "claimed the attack" is,
/// and not as a second attack.
extension ClauseReader {
    /// How the rule of a spoken claim begins.
    static let spokenClaimRule = "spoken claim:"
    /// Verbs that announce what a group says it did.
    static let claimingSpeech: Set<String> = ["say", "announce", "confirm", "state", "declare"]
    /// Verbs of carrying out an attack the sentence already named.
    static let attackDoing: Set<String> = ["carry", "conduct", "stage", "execute", "perpetrate", "mount"]
    /// Nouns of attacks that can be claimed.
    static let claimableAttacks: Set<String> = ["attack", "bombing", "assault", "raid", "ambush", "massacre", "shooting",
                                                "blast", "explosion", "killing", "assassination", "kidnapping",
                                                "abduction", "hijacking", "strike"]

    /// Each speech verb of an armed group (rebels, insurgents, a named militant group) whose reported clause says the
    /// group — "it", "they", "its fighters" — was behind or responsible for an attack, or carried out "the" attack
    /// the sentence told of: a claim of responsibility (015) with no target of its own, aimed by the coder at what
    /// the claimed attack struck. A state that "said it had launched strikes" reports an act; no claim.
    func spokenClaims(coded: [CodedEvent]) -> [CodedEvent] {
        guard let claim = CAMEOOntology.code("015") else { return [] }
        var found: [CodedEvent] = []
        for verb in sentence.tokens where Self.claimingSpeech.contains(lemma(verb)) && isVerb(verb) {
            guard !coded.contains(where: { $0.trigger == verb && $0.code.code == "015" }),
                  let clause = kids(verb, ["ccomp"]).first ?? thatClause(of: verb),
                  let speaker = subject(of: verb),
                  actors(at: speaker).contains(where: isArmedGroup),
                  let doer = subject(of: clause), refersToSpeaker(doer),
                  let attack = claimedAttack(in: clause),
                  skipReason(of: verb) == nil else { continue }
            found += events(verb: verb, sourceToken: speaker, targetToken: nil, code: claim, targetless: true,
                            rule: "\(Self.spokenClaimRule) '\(form(verb)) … \(form(attack))' claims responsibility (015)")
                .filter { $0.code.code == "015" }
        }
        return found
    }

    /// A rebel, insurgent or separatist force, or a named armed group.
    func isArmedGroup(_ mention: ActorMention) -> Bool {
        mention.code.roles.contains(where: ActorRole.irregularForces.contains) || mention.entry.hasPrefix("group/")
    }

    /// Whether `doer`, the subject of a reported clause, is the speaker itself: a pronoun ("it", "they", "we"), or a
    /// noun a possessive pronoun makes the speaker's ("its fighters", "our mujahideen").
    func refersToSpeaker(_ doer: Int) -> Bool {
        let pronouns: Set<String> = ["it", "they", "we"]
        if pronouns.contains(form(doer).lowercasedIfNeeded()) { return true }
        let owners: Set<String> = ["its", "their", "our"]
        return kids(doer, ["poss"]).contains { owners.contains(form($0).lowercasedIfNeeded()) }
    }

    /// The attack noun a reported clause claims: "was behind the attack", "was responsible for the bombing" (any
    /// attack), or "had carried out the raid" (one already told of: "the", "this", "these").
    func claimedAttack(in clause: Int) -> Int? {
        if lemma(clause) == "be" {
            let behind = phraseObjects(of: clause, ["behind"])
            let responsible = kids(clause, ["acomp"]).filter { lemma($0) == "responsible" }
                .flatMap { phraseObjects(of: $0, ["for"]) }
            return (behind + responsible).first { Self.claimableAttacks.contains(lemma($0)) }
        }
        guard Self.attackDoing.contains(lemma(clause)),
              lemma(clause) != "carry" || kids(clause, ["prt"]).contains(where: { lemma($0) == "out" }),
              let object = directObject(of: clause),
              Self.claimableAttacks.contains(lemma(object)),
              kids(object, ["det"]).contains(where: { ["the", "this", "these", "that"].contains(form($0).lowercasedIfNeeded()) })
        else { return nil }
        return object
    }
}
