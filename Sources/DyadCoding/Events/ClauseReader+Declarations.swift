import DyadCore

/// Acts done by declaring someone something the parser cannot read as one phrase: "declared the UN envoy persona non
/// grata", which the tagger takes for a clause with "persona" as its verb.
extension ClauseReader {
    /// Verbs that declare someone persona non grata.
    static let declaringVerbs: Set<String> = ["declare", "name", "deem", "designate", "pronounce"]

    /// Each "declared X persona non grata" (or "X was declared persona non grata by Y") the verb patterns did not code
    /// as 161: the declarer breaks relations with X's state or body, as the event sets code an expulsion.
    func personaNonGrata(coded: [CodedEvent]) -> [CodedEvent] {
        var found: [CodedEvent] = []
        for token in sentence.tokens where lemma(token) == "persona" {
            guard token + 2 < sentence.tokens.upperBound, form(token + 1).lowercasedIfNeeded() == "non",
                  form(token + 2).lowercasedIfNeeded() == "grata",
                  let verb = (sentence.tokens.lowerBound..<token).reversed().first(where: {
                      Self.declaringVerbs.contains(lemma($0)) && document.xpos[$0].hasPrefix("VB")
                  }),
                  !coded.contains(where: { $0.trigger == verb && $0.code.code == "161" }),
                  skipReason(of: verb) == nil, let expulsion = CAMEOOntology.code("161") else { continue }
            let passive = !kids(verb, ["auxpass", "nsubjpass"]).isEmpty
            let source: Int?, declared: Int?
            if passive {
                // "by Moscow", also when the parser hung it on "grata".
                source = kids(verb, ["agent"]).first.flatMap { kids($0, ["pobj"]).first }
                    ?? ([verb] + Array(token...(token + 2))).flatMap { kids($0, ["prep"]) }.filter { lemma($0) == "by" }
                        .flatMap { kids($0, ["pobj"]) }.first
                declared = kids(verb, ["nsubjpass"]).first ?? mentions.last(where: { $0.head < verb })?.head
            } else {
                source = subject(of: verb)
                // The one declared: the last actor named between the verb and "persona".
                // (Its head may be "persona" itself, the phrase read as one noun.)
                declared = mentions.last(where: { $0.tokens.lowerBound > verb && $0.tokens.lowerBound < token })?.head
            }
            guard let declared else { continue }
            // Another state's or body's diplomat: not one's own (a misread phrase).
            found += events(verb: verb, sourceToken: source, targetToken: declared, code: expulsion, targetless: false,
                            rule: "persona non grata: '\(form(verb)) … persona non grata' expels a diplomat (161)")
                .filter { event in event.target.map { $0.code.principal != event.source.code.principal } ?? false }
        }
        return found
    }

    /// Each "the African Union suspended Gabon" no pattern coded (no "from" phrase or "membership" word to read): an
    /// international body that suspends a state suspends its membership (161).
    func suspendedMembers(coded: [CodedEvent]) -> [CodedEvent] {
        let triggers = Set(coded.map(\.trigger))
        var found: [CodedEvent] = []
        for verb in sentence.tokens where lemma(verb) == "suspend" && isVerb(verb) && !triggers.contains(verb) {
            guard kids(verb, ["nsubjpass", "auxpass"]).isEmpty, skipReason(of: verb) == nil,
                  let object = directObject(of: verb),
                  mentions(at: object).contains(where: { $0.head == object && $0.code.principal.kind == .country }),
                  let subject = subject(of: verb),
                  actors(at: subject).contains(where: { $0.code.principal.kind == .international }),
                  let suspension = CAMEOOntology.code("161") else { continue }
            found += events(verb: verb, sourceToken: subject, targetToken: object, code: suspension, targetless: false,
                            rule: "member suspended: '\(form(verb)) \(form(object))' by an international body suspends its membership (161)")
        }
        return found
    }
}
