import DyadCore
import DyadLexicon

/// "ordered strikes on Houthi targets", "ordered the seizure of the Ever Given", "ordered the closure of the
/// alliance's offices": an order (or authorisation) of an act named as a noun is that act, as the event conventions
/// code light verbs. The noun is read as its verb would be — the object of its "of" phrase (else of its "on" or
/// "against") as the verb's object, its other phrases and the order's as the verb's — and tried against that verb's
/// patterns.
extension ClauseReader {
    /// Verbs whose object names an act they set going.
    static let orderingVerbs: Set<String> = ["order", "authorise", "authorize"]

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
        for verb in sentence.tokens where isVerb(verb) && Self.orderingVerbs.contains(lemma(verb)) && !triggers.contains(verb) {
            guard !isNegated(verb), !isHypothetical(verb), !isHearsay(verb), !isChained(verb), appealNoun(of: verb) == nil,
                  !isInsideContent(verb), !isObligation(verb), kids(verb, ["xcomp", "ccomp"]).isEmpty,
                  let noun = kids(verb, ["dobj", "nsubjpass"]).first,
                  let actVerb = Self.actVerbOfNoun[lemma(noun)], let actEntries = entries(actVerb) else { continue }
            // The noun's "of" phrase names what the act is done to ("the seizure of the Ever Given").
            // Else an act of force names it by "on" or "against" ("strikes on Houthi targets").
            let ofPhrase = kids(noun, ["prep"]).first { lemma($0) == "of" }
                ?? kids(noun, ["prep"]).first { ["on", "against"].contains(lemma($0)) }
            let object = ofPhrase.flatMap { kids($0, ["pobj"]).first }.map(throughQuantity)
            let phrases = prepositions(of: verb, object: noun).filter { phrase in phrase.object != object }
            let passive = !kids(verb, ["nsubjpass", "auxpass"]).isEmpty
            let source = passive ? kids(verb, ["agent"]).first.flatMap { kids($0, ["pobj"]).first } : subject(of: verb)
            let reading = Reading(passive: false, object: object, source: source, prepositions: phrases, particle: nil,
                                  governed: nil, chainTarget: nil, recipient: nil)
            for candidate in candidates(for: reading, entries: actEntries) {
                let rule = "ordered act: '\(form(verb)) … \(form(noun))' read as '\(actVerb)' with \(candidate.entry.id): pattern "
                    + "\(candidate.pattern.text) (\(candidate.entry.location.file):\(candidate.pattern.line))"
                let made = events(verb: verb, sourceToken: source, targetToken: candidate.target, code: candidate.pattern.code,
                                  targetless: candidate.pattern.target == .none, rule: rule)
                if !made.isEmpty { found += made; break }
            }
        }
        return found
    }
}
