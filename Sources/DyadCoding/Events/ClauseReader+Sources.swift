import DyadCore

/// Who does what a verb tells: the actors of its subject, read through quantities, bodies, the parties of a conflict
/// and pronouns.
extension ClauseReader {
    /// The actors of a source: those on the token, else, for a subject pronoun with none, those of the subject
    /// whose words its clause reports or completes ("Syria says it is willing to withdraw", "the rebels said they
    /// will release").
    func sourceActors(at token: Int?, verb: Int) -> [ActorMention] {
        var found = actors(at: token)
        // "Rishi Sunak and European Commission President Ursula von der Leyen held talks": a coordinated subject the
        // parser hung on the last name as a modifier ("Sunak" nmod of "Leyen", with its "and") is a subject too.
        if let token, !found.isEmpty {
            for modifier in kids(token, ["nmod", "compound"]) where modifier < token
                && kids(modifier, ["cc"]).contains(where: { lemma($0) == "and" }) {
                found += actors(at: modifier).filter { candidate in !found.contains { $0.span == candidate.span } }
            }
        }
        // "Israel Friday reimposed ...": wire style puts the day between the actor and the verb, and the parser
        // makes the day the subject
        if found.isEmpty, let day = token, isTimeWord(day) {
            found = kids(day, ["compound", "nmod", "npadvmod", "poss"]).filter { $0 < day }.flatMap { actors(at: $0) }
        }
        // "a group of Yoruba leaders", "tens of thousands of students", "an alliance of armed groups": the people
        // the quantity counts, or the body is made of
        var counted = token
        while found.isEmpty, let current = counted, case let inner = throughMembers(current), inner != current {
            found = actors(at: inner)
            counted = inner
        }
        // "Libya's warring sides agreed to a ceasefire", "Yemen's rival factions": the parties of a state's conflict
        // are that state's.
        if found.isEmpty, let token, Self.conflictParties.contains(lemma(token)),
           let possessor = kids(token, ["poss"]).first,
           let state = mentions(at: possessor).first(where: { $0.code.principal.kind == .country && $0.code.roles.isEmpty }) {
            found = [state.reread(rule: Self.conflictPartiesRule)]
        }
        guard found.isEmpty, let token else { return found }
        guard document.xpos[token] == "PRP" else { return protestersByPlace(token, verb: verb).map { [$0] } ?? [] }
        let antecedents = pronounAntecedents(token, verb: verb)
        return antecedents.isEmpty ? protestersByPlace(token, verb: verb).map { [$0] } ?? [] : antecedents
    }

    /// The actors a subject pronoun stands for: those of the subject whose words its clause reports or completes.
    func pronounAntecedents(_ token: Int, verb: Int) -> [ActorMention] {
        let pronoun = form(token).lowercasedIfNeeded()
        guard pronoun == "it" || pronoun == "they" else { return [] }
        var clause = verb
        for _ in 0..<5 {
            guard ["ccomp", "xcomp", "conj", "advcl", "acomp"].contains(deprel(clause)), head(clause) >= 0 else { return [] }
            // "said that a Chinese jet had dropped flares …, and that it had protested to Beijing": a second "that"
            // clause is reported by the first's verb, not told by the first's subject.
            let isSecondReport = deprel(clause) == "conj" && deprel(head(clause)) == "ccomp" && head(head(clause)) >= 0
                && kids(clause, ["mark"]).contains { lemma($0) == "that" }
            clause = isSecondReport ? head(head(clause)) : head(clause)
            guard let subject = subject(of: clause), subject != token else { continue }
            let antecedents = sourceActors(at: subject, verb: clause)
            if antecedents.isEmpty { return [] }
            let isPerson = antecedents.contains { $0.isPerson }
            let isPlural = antecedents.count > 1 || ([subject] + antecedents.map(\.head)).contains { ["NNS", "NNPS"].contains(document.xpos[$0]) }
            // "it" is a state or a body, "they" a group or several actors.
            if pronoun == "it" { return isPerson || isPlural ? [] : antecedents }
            if isPlural { return antecedents }
            // "Kishida held talks with Marcos … and they agreed": one subject and the partner it met are "they".
            guard Self.meetingVerbs.contains(lemma(clause)) else { return [] }
            let partners = (kids(clause, ["dobj"]) + kids(clause, ["dobj", "prep"]).flatMap { phraseObjects(of: $0, ["with"]) }
                + phraseObjects(of: clause, ["with"]))
                .flatMap { mentionsOnOrOwning($0) }
                .filter { partner in !antecedents.contains { $0.code.principal == partner.code.principal } }
            guard let partner = partners.first else { return [] }
            return antecedents + [partner]
        }
        return []
    }

    /// Verbs of meeting, whose subject and partner "they" can name together afterwards.
    static let meetingVerbs: Set<String> = ["meet", "hold", "talk", "host", "receive", "welcome", "visit", "call",
                                            "phone", "telephone", "speak", "negotiate", "confer"]

    /// The reporting verb before `clause` whose reported clause it is (or that clause's, up to three levels up).
    func reportingHead(above clause: Int) -> Int? {
        var inner = clause
        for _ in 0..<3 {
            // A "that" clause the parser hung as adverbial counts too ("demanded that Poland amend a bill, calling …").
            let reported = deprel(inner) == "ccomp" || (deprel(inner) == "advcl" && kids(inner, ["mark"]).contains { lemma($0) == "that" })
            guard reported, head(inner) >= 0, head(inner) < inner else { return nil }
            if Self.reportingHeads.contains(lemma(head(inner))) { return head(inner) }
            inner = head(inner)
        }
        return nil
    }
}
