import DyadCore
import DyadLexicon

/// "ordered strikes on Houthi targets", "ordered the seizure of the Ever Given", "ordered the closure of the
/// alliance's offices", "responded with air strikes on the Gaza Strip": an order (or authorisation) of an act named
/// as a noun, or an answer with one, is that act, as the event conventions code light verbs. An attack or sanction
/// noun is read as launched or imposed; else the noun is read as its verb would be — the object of its "of" phrase
/// (else of its "on" or "against") as the verb's object, its other phrases and the order's as the verb's — and tried
/// against that verb's patterns.
extension ClauseReader {
    /// Verbs whose object names an act they set going.
    static let orderingVerbs: Set<String> = ["order", "authorise", "authorize"]
    /// Verbs whose "with" phrase names the act they answer with ("responded with air strikes on the Gaza Strip").
    static let answeringWithVerbs: Set<String> = ["respond", "retaliate", "react", "answer", "hit", "strike"]

    /// Light verbs whose patterns read an act named as a noun, with the roots they are read for: attacks as
    /// launched, sanctions as imposed.
    static let lightReadings: [(verb: String, roots: ClosedRange<Int>)] = [("launch", 18...20), ("impose", 16...17)]

    /// Nouns for acts, with the verb whose patterns read them.
    static let actVerbOfNoun: [String: String] = [
        "strike": "strike", "seizure": "seize", "confiscation": "confiscate", "suspension": "suspend",
        "deployment": "deploy", "closure": "close", "shutdown": "shut", "halt": "halt", "expulsion": "expel",
        "withdrawal": "withdraw", "pullout": "withdraw", "evacuation": "evacuate", "release": "release",
        "blockade": "blockade", "mobilisation": "mobilise", "mobilization": "mobilize", "demolition": "demolish",
        "freeze": "freeze", "ban": "ban", "raid": "raid", "attack": "attack", "bombing": "bomb",
        "bombardment": "bombard", "shelling": "shell", "execution": "execute", "deportation": "deport",
        "extradition": "extradite", "dissolution": "dissolve", "recall": "recall", "invasion": "invade",
        "occupation": "occupy", "annexation": "annex", "destruction": "destroy", "assault": "assault",
        "dispersal": "disperse", "boycott": "boycott", "search": "search", "cut": "cut", "reduction": "reduce",
        "detention": "detain", "imprisonment": "imprison", "internment": "intern", "cancellation": "cancel",
        "termination": "terminate", "revocation": "revoke",
    ]

    /// The acts that orders of an act named as a noun set going, for orders that coded nothing themselves.
    ///
    /// - Parameters:
    ///   - coded: the sentence's events so far; an order that gave one is left alone.
    ///   - entries: the verb entries of a lemma, if it has any.
    func orderedActs(coded: [CodedEvent], entries: (String) -> [VerbEntry]?) -> [CodedEvent] {
        var found: [CodedEvent] = []
        let triggers = Set(coded.map(\.trigger))
        for verb in sentence.tokens where isVerb(verb) && !triggers.contains(verb) {
            let ordering = Self.orderingVerbs.contains(lemma(verb))
            guard ordering || Self.answeringWithVerbs.contains(lemma(verb)),
                  !isNegated(verb), !isHypothetical(verb), !isHearsay(verb), !isChained(verb), appealNoun(of: verb) == nil,
                  !isInsideContent(verb), !isObligation(verb), kids(verb, ["xcomp", "ccomp"]).isEmpty,
                  let noun = ordering ? kids(verb, ["dobj", "nsubjpass"]).first
                    : kids(verb, ["prep"]).first(where: { lemma($0) == "with" }).flatMap({ kids($0, ["pobj"]).first })
            else { continue }
            let passive = !kids(verb, ["nsubjpass", "auxpass"]).isEmpty
            let source = passive ? kids(verb, ["agent"]).first.flatMap { kids($0, ["pobj"]).first } : subject(of: verb)
            let kind = ordering ? "ordered" : "answering"
            if let made = lightVerbReading(of: noun, verb: verb, source: source, kind: kind, entries: entries) {
                found += made
                continue
            }
            guard ordering, let made = nounVerbReading(of: noun, verb: verb, source: source, entries: entries) else { continue }
            found += made
        }
        return found
    }

    /// Participles of custody in an order's small clause: "ordered two Greek soldiers held pending trial", "ordered
    /// Alvaro Uribe placed under house arrest".
    static let custodyParticiples: Set<String> = ["hold", "detain", "jail", "imprison", "keep", "place", "put", "remand",
                                                  "arrest", "confine"]

    /// Orders that someone be held ("a Turkish court ordered two Greek soldiers held pending trial"): the one who
    /// orders detains them (173), for orders that coded nothing themselves.
    func orderedCustody(coded: [CodedEvent]) -> [CodedEvent] {
        var found: [CodedEvent] = []
        let triggers = Set(coded.map(\.trigger))
        for verb in sentence.tokens where lemma(verb) == "order" && isVerb(verb) && !triggers.contains(verb) {
            // Judged as the order's own verb is: not negated, hypothetical, reported hearsay, content or obligation.
            guard skipReason(of: verb) == nil,
                  let held = (kids(verb, ["ccomp", "xcomp"]) + kids(verb, ["dobj"]).flatMap { kids($0, ["acl"]) })
                    // A participle the tagger may read as a past tense, with no "that" or auxiliary of its own.
                    .first(where: { ["VBN", "VBD"].contains(document.xpos[$0]) && Self.custodyParticiples.contains(lemma($0))
                        && kids($0, ["aux", "auxpass", "mark"]).isEmpty }),
                  let detainee = kids(held, ["nsubj", "nsubjpass"]).first ?? (deprel(held) == "acl" ? head(held) : nil)
            else { continue }
            found += events(verb: verb, sourceToken: subject(of: verb), targetToken: detainee,
                            code: CAMEOOntology.code("173")!, targetless: false,
                            rule: "ordered custody: '\(form(verb)) … \(form(held))' → 173")
        }
        return found
    }

    /// An act of force or a sanction named as a noun, read as launched or imposed ("ordered air strikes on …",
    /// "responded with tariffs on …"): those light verbs' patterns know every such noun.
    private func lightVerbReading(of noun: Int, verb: Int, source: Int?, kind: String,
                                  entries: (String) -> [VerbEntry]?) -> [CodedEvent]? {
        let reading = Reading(passive: false, object: throughQuantity(noun), source: source,
                              prepositions: prepositions(of: verb, object: noun), particle: nil, governed: nil,
                              chainTarget: nil, recipient: nil)
        for (light, roots) in Self.lightReadings {
            guard let lightEntries = entries(light) else { continue }
            let held = candidates(for: reading, entries: lightEntries).filter { roots.contains($0.pattern.code.rootNumber) }
            if let made = firstEvents(of: held, verb: verb, source: source, reading: "\(kind) act: '\(form(verb)) … \(form(noun))' read as '\(light) \(form(noun))'") {
                return made
            }
        }
        return nil
    }

    /// The events of the first candidate that finds its actors, with a rule that says how the act was read.
    private func firstEvents(of candidates: [Candidate], verb: Int, source: Int?, reading: String) -> [CodedEvent]? {
        for candidate in candidates {
            let rule = "\(reading) with \(candidate.entry.id): pattern \(candidate.pattern.text) "
                + "(\(candidate.entry.location.file):\(candidate.pattern.line))"
            let made = events(verb: verb, sourceToken: source, targetToken: candidate.target, code: candidate.pattern.code,
                              targetless: candidate.pattern.target == .none, rule: rule)
            if !made.isEmpty { return made }
        }
        return nil
    }

    /// An ordered act named as a noun, read as its verb: the object of its "of" phrase (else of its "on" or
    /// "against") as the verb's object, its other phrases and the order's as the verb's.
    private func nounVerbReading(of noun: Int, verb: Int, source: Int?, entries: (String) -> [VerbEntry]?) -> [CodedEvent]? {
        guard let actVerb = Self.actVerbOfNoun[lemma(noun)], let actEntries = entries(actVerb) else { return nil }
        let ofPhrase = kids(noun, ["prep"]).first { lemma($0) == "of" }
            ?? kids(noun, ["prep"]).first { ["on", "against"].contains(lemma($0)) }
        let object = ofPhrase.flatMap { kids($0, ["pobj"]).first }.map(throughQuantity)
        let phrases = prepositions(of: verb, object: noun).filter { phrase in phrase.object != object }
        let reading = Reading(passive: false, object: object, source: source, prepositions: phrases, particle: nil,
                              governed: nil, chainTarget: nil, recipient: nil)
        return firstEvents(of: candidates(for: reading, entries: actEntries), verb: verb, source: source,
                           reading: "ordered act: '\(form(verb)) … \(form(noun))' read as '\(actVerb)'")
    }
}
