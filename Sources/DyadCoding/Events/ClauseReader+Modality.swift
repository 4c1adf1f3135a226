import DyadCore

/// Modality: whether a verb's act is negated, refused, intended, announced, hypothetical, hedged or reported, and
/// who reports it.
extension ClauseReader {
    /// The verb whose complement `verb` is ("agreed" for "agreed to restore", "said" for "said it would"), if any.
    func complementGovernor(of verb: Int) -> Int? {
        guard head(verb) >= 0, misreadAdverbialSubject(of: verb) == nil,
              !(verb < head(verb) && isMisreadRoot(head(verb))) else { return nil }
        if ["xcomp", "ccomp"].contains(deprel(verb)) { return head(verb) }
        if thatClause(of: head(verb)) == verb { return head(verb) }
        // "agreed in Beijing on Thursday to resume talks": an infinitive the parser hung on an intention as an
        // adverbial clause after a phrase is its complement all the same.
        if deprel(verb) == "advcl", kids(verb, ["aux"]).contains(where: { lemma($0) == "to" }),
           Self.commitments.contains(lemma(head(verb))) { return head(verb) }
        // So is one on an appeal to someone named before it: "called on NATO on Thursday to send warships", "urged
        // Russia on Monday to withdraw" (not "called a meeting to discuss", whose infinitive is its purpose).
        if deprel(verb) == "advcl", kids(verb, ["aux"]).contains(where: { lemma($0) == "to" }),
           Self.appealVerbs.contains(lemma(head(verb))),
           kids(head(verb), ["dobj"]).contains(where: { $0 < verb && !mentions(at: $0).isEmpty })
            || kids(head(verb), ["prep"]).contains(where: { $0 < verb && ["on", "upon"].contains(lemma($0)) }) {
            return head(verb)
        }
        return nil
    }

    /// Whether the verb is finite (past or present tense), a clause with a subject of its own.
    func isFinite(_ verb: Int) -> Bool { ["VBD", "VBZ", "VBP"].contains(document.xpos[verb]) }

    /// Verbs that tell someone news, whose object is the one told.
    static let tellingVerbs: Set<String> = ["tell", "notify", "inform", "assure", "warn", "remind", "advise"]

    /// Verbs that ask someone to act, whose infinitive is what they ask.
    static let appealVerbs: Set<String> = ["call", "urge", "ask", "press", "appeal", "implore", "encourage", "request"]

    /// Whether the verb is the content of a verb that codes the chain ("agreed to restore", "demanded that ...
    /// release"), so that it is not an act of its own.
    func isChained(_ verb: Int) -> Bool {
        guard let governorToken = complementGovernor(of: verb) else { return false }
        let governor = lemma(governorToken)
        // Under a verb of intent the governed act is coded as intended ("agreed to provide aid" → 0331).
        if Self.intentions.contains(governor) { return false }
        if Self.chainHeads.contains(governor) || isRefusal(governorToken) { return true }
        // "told Ottawa to cut its staff": what one is told to do is the order's content; not "told reporters that …".
        if governor == "tell", deprel(verb) == "xcomp" { return true }
        // "judges ruled that South Africa had breached its obligations": the breach a court finds is its verdict (116).
        if governor == "rule", Self.breachVerbs.contains(lemma(verb)) { return true }
        // Two levels down a chain that is not an intention: "asked Emmanuel Macron to help ease sanctions".
        guard let upper = complementGovernor(of: governorToken) else { return false }
        return !Self.intentions.contains(lemma(upper)) && (Self.chainHeads.contains(lemma(upper)) || isRefusal(upper))
    }

    /// What a court rules a state did wrong, which its ruling codes (v09-rule, 116).
    static let breachVerbs: Set<String> = ["breach", "violate", "infringe", "discriminate", "fail", "break", "contravene"]

    /// Whether the verb refuses its complement: "refused to deploy", "declined to resign", "ruled out sending".
    func isRefusal(_ verb: Int) -> Bool {
        Self.refusals.contains(lemma(verb)) || (lemma(verb) == "rule" && kids(verb, ["prt"]).contains { lemma($0) == "out" })
    }

    /// Whether the verb is governed by a verb of intent ("agreed to provide", "is ready to contribute").
    func isUnderIntent(_ verb: Int) -> Bool {
        // "agreed to restore relations and reopen embassies": the second act shares the first one's intent.
        if deprel(verb) == "conj", head(verb) >= 0, isVerb(head(verb)) { return isUnderIntent(head(verb)) }
        return complementGovernor(of: verb).map { Self.intentions.contains(lemma($0)) } ?? false
    }

    /// Whether the verb is what its subject tried to do ("tried to hack", "attempted to storm"): an attempt at an
    /// act is the act, not an intention.
    func isAttempt(_ verb: Int) -> Bool {
        complementGovernor(of: verb).map { ["try", "attempt"].contains(lemma($0)) } ?? false
    }

    /// Whether the verb is what someone must do, not what they did: "Sudan must return the helicopter".
    func isObligation(_ verb: Int) -> Bool {
        kids(verb, ["aux"]).contains { lemma($0) == "must" }
    }

    /// Whether the verb is negated ("did not condemn").
    func isNegated(_ verb: Int) -> Bool {
        // "offered no formal apology", "gave no explanation": an act whose object is none is not done either ("had
        // no comment" is itself an act, declining to comment).
        !kids(verb, ["neg"]).isEmpty || kids(verb, ["dobj"]).contains { object in
            lemma(object) != "comment" && kids(object, ["det"]).contains { lemma($0) == "no" }
        }
    }

    /// Verbs whose content is an accusation, a denial or an admission, never an act the text asserts.
    static let contentHeads: Set<String> = ["deny", "accuse", "allege", "blame", "refute", "admit", "confess", "acknowledge", "concede"]

    /// Whether the verb lies inside what a denial, an accusation or an admission says, below its own clause: "denied that it had
    /// played any part in a drone strike ..., which killed a British guard".
    func isInsideContent(_ verb: Int) -> Bool {
        // "…, a charge Moscow dismissed as baseless" answers the accusation, however the parser hung it.
        if accusationBeforeSubject(of: verb) != nil { return false }
        var token = verb
        for _ in 0..<8 {
            guard head(token) >= 0 else { return false }
            let governor = head(token)
            // "Israeli troops stormed the hospital …, a charge Hamas denied", read with "denied" as the root: the
            // main clause before it is not what it denies.
            if token < governor, isMisreadRoot(governor) { return false }
            // "Burkina Faso cut ties with Taiwan …, and Taiwan's foreign minister accused Beijing of luring away its
            // allies": an accusation with its own accused and "of" phrase says nothing in a clause before it.
            if token < governor, deprel(token) == "ccomp", ["accuse", "blame"].contains(lemma(governor)),
               !kids(governor, ["dobj"]).isEmpty { return false }
            // "denied that X …" (ccomp), "accused Y of firing …" (pcomp of "of", on the accusing verb)
            let accuser = deprel(token) == "pcomp" && deprel(governor) == "prep" && head(governor) >= 0 ? head(governor) : governor
            // Also a "that" clause the parser hung on it as an adverbial clause ("admitted on Wednesday that its
            // soldiers had killed ...").
            if ["ccomp", "pcomp"].contains(deprel(token)) || thatClause(of: governor) == token,
               Self.contentHeads.contains(lemma(accuser)) { return true }
            token = governor
        }
        return false
    }

    /// Nouns whose "that" clause is hearsay, not an act the text asserts: "reports that Kim had arrived in Beijing".
    static let hearsayNouns: Set<String> = ["report", "rumour", "rumor", "speculation", "claim", "allegation", "suggestion",
                                            "assertion", "accusation", "charge", "contention",
                                            "suspicion", "fear", "possibility", "prospect", "idea", "belief", "hope"]

    /// Whether the verb is the "that" clause of such a noun.
    func isHearsay(_ verb: Int) -> Bool {
        ["acl", "ccomp"].contains(deprel(verb)) && head(verb) >= 0 && Self.hearsayNouns.contains(lemma(head(verb)))
            && kids(verb, ["mark"]).contains { lemma($0) == "that" }
    }

    /// Whether the sentence presents the verb as possible rather than done: "could", "might", "expected to",
    /// "if", "whether".
    /// With `ignoringModals`, the verb's own "would"/"could" is not counted (a refusal's "would not"), but a
    /// condition on it is ("will not accept refugees if war starts"; a threat's condition is the threat's own).
    func isHypothetical(_ verb: Int, ignoringModals: Bool = false) -> Bool {
        // "would shoot down U.S. spy planes that enter its zone": a present-tense relative clause on what a
        // hypothetical act would act on is a condition of it, not an act the text reports.
        if deprel(verb) == "relcl", ["VBP", "VBZ"].contains(document.xpos[verb]), head(verb) >= 0,
           ["dobj", "pobj"].contains(deprel(head(verb))), case let governor = head(head(verb)), governor >= 0,
           isVerb(governor), governor < verb,
           kids(governor, ["aux"]).contains(where: { Self.hedges.contains(lemma($0)) || ["will", "shall"].contains(lemma($0)) }) {
            return true
        }
        if ignoringModals {
            if kids(verb, ["advcl"]).contains(where: { clause in
                kids(clause, ["mark"]).contains { ["if", "unless"].contains(lemma($0)) }
            }) { return true }
        } else if kids(verb, ["aux"]).contains(where: { Self.hedges.contains(lemma($0)) }), !isFutureInThePast(verb) {
            return true
        }
        // "until Beijing lifts its sanctions": what a condition waits for has not happened.
        if kids(verb, ["mark"]).contains(where: { ["if", "whether", "unless", "until"].contains(lemma($0)) }) { return true }
        var token = verb
        for _ in 0..<3 {
            let relation = deprel(token)
            // An infinitive the parser hung as adverbial counts as governed ("allowed an envoy to visit").
            let infinitive = relation == "advcl" && kids(token, ["aux"]).contains { lemma($0) == "to" }
            guard ["xcomp", "ccomp", "conj"].contains(relation) || infinitive, head(token) >= 0 else { break }
            token = head(token)
            if Self.hypotheticals.contains(lemma(token)) { return true }
            if relation != "conj", Self.permissives.contains(lemma(token)) { return true }
            // "if it continued to threaten": the condition governs the chain
            if relation == "xcomp", kids(token, ["mark"]).contains(where: { ["if", "whether", "unless"].contains(lemma($0)) }) {
                return true
            }
            if kids(token, ["aux"]).contains(where: { Self.hedges.contains(lemma($0)) }) && relation != "conj" { return true }
        }
        return false
    }

    /// Heads that announce an act of their own accord: "vowed to retaliate", "plans to impose", "is ready to strike".
    /// Not "agree" or "decide": an agreed or decided act is a decision, not a threat.
    static let announcers: Set<String> = ["vow", "plan", "pledge", "promise", "intend", "prepare", "ready", "prepared",
                                          "aim", "swear", "warn"]

    /// Whether the act is announced for the future rather than done: "will impose", "said it would boycott", "vowed
    /// to retaliate".
    func isAnnounced(_ verb: Int) -> Bool {
        if kids(verb, ["aux"]).contains(where: { ["will", "shall"].contains(lemma($0)) }) { return true }
        if isFutureInThePast(verb) { return true }
        guard let governor = complementGovernor(of: verb) else { return false }
        if Self.announcers.contains(lemma(governor)) { return true }
        // "is ready to strike", "will move to impose"
        return deprel(governor) == "acomp" ? false : kids(governor, ["aux"]).contains { ["will", "shall"].contains(lemma($0)) }
    }

    /// Whether a verb is hedged by "could", "might" or "may".
    func isHedged(_ verb: Int) -> Bool {
        kids(verb, ["aux"]).contains { ["could", "might", "may"].contains(lemma($0)) }
    }

    /// "said it would boycott the talks": "would" in reported speech is the speaker's future, not a hedge.
    func isFutureInThePast(_ verb: Int) -> Bool {
        // Also what was agreed or promised: "agreed that their national security advisers would hold talks".
        kids(verb, ["aux"]).contains { lemma($0) == "would" }
            && (reportingVerb(verb) != nil
                || (deprel(verb) == "ccomp" && head(verb) >= 0 && Self.commitments.contains(lemma(head(verb)))))
    }

    /// Whether the verb is future or intended: "will visit", "plans to visit", "pledged to send".
    func isIntended(_ verb: Int) -> Bool {
        if kids(verb, ["aux"]).contains(where: { ["will", "shall"].contains(lemma($0)) }) || isFutureInThePast(verb) {
            return true
        }
        // "will lead a force and send police": a coordinated act without its own auxiliary shares the first's.
        if deprel(verb) == "conj", head(verb) >= 0, isVerb(head(verb)), kids(verb, ["aux", "nsubj"]).isEmpty {
            return isIntended(head(verb))
        }
        if let governor = complementGovernor(of: verb), deprel(verb) != "ccomp", Self.intentions.contains(lemma(governor)) { return true }
        // "will support", "is ready to contribute" one level up
        if deprel(verb) == "xcomp", head(verb) >= 0 {
            return kids(head(verb), ["aux"]).contains { ["will", "shall"].contains(lemma($0)) }
        }
        return false
    }

    /// The speech verb that reports this one ("Ukraine said Russia shelled Kharkiv"), if any.
    func reportingVerb(_ verb: Int) -> Int? {
        // "Thai troops did not return fire, a spokesman said": the speech verb hangs on what it reports.
        if let aside = attributionVerb(of: verb) { return aside }
        var token = verb
        for _ in 0..<3 {
            guard ["ccomp", "conj"].contains(deprel(token)), head(token) >= 0 else { return nil }
            token = head(token)
            if Self.speechVerbs.contains(lemma(token)) { return token }
        }
        return nil
    }

    /// A speech verb set after the clause it reports, as the parser hangs it on that clause's verb ("..., the group
    /// said"; `parataxis` or `dep`), if any.
    func attributionVerb(of verb: Int) -> Int? {
        kids(verb, ["parataxis", "dep"]).first { isAside($0, of: verb) }
    }

    /// Whether a speech verb is the attribution of another clause ("..., the group said") rather than a statement.
    func isAttribution(_ verb: Int) -> Bool {
        ["parataxis", "dep"].contains(deprel(verb)) && head(verb) >= 0 && isVerb(head(verb)) && isAside(verb, of: head(verb))
    }

    /// Whether `speech`, a dependent of `verb`, is a speech verb set after it.
    private func isAside(_ speech: Int, of verb: Int) -> Bool {
        speech > verb && Self.speechVerbs.contains(lemma(speech))
    }

    /// Whether the verb tells what is yet to happen: "will warn Putin in a video call". Not an infinitive's "to": "agreed
    /// to honour the policy in a phone call" tells of a call that took place.
    func isFuture(_ verb: Int) -> Bool {
        kids(verb, ["aux"]).contains { ["will", "shall", "'ll"].contains(lemma($0).lowercasedIfNeeded()) }
    }

    /// Who reports the verb's act, if anyone: whether it is reported, and the first actor of the reporting verb's
    /// subject ("Xinhua said Chinese jets intercepted …" → reported, by Xinhua).
    func attribution(of verb: Int) -> (reported: Bool, speaker: ActorMention?) {
        let reporter = reportingVerb(verb)
        return (reporter != nil, reporter.flatMap { subject(of: $0) }.flatMap { actors(at: $0).first })
    }
}
