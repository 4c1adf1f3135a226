import DyadCore

/// Reactions the text names as nouns an act drew from others: "North Korea fired a ballistic missile, drawing
/// condemnation from Japan and South Korea"; "China sanctioned a U.S. congressman, drawing a sharp rebuke from
/// Washington"; "Israel closed the Al Jazeera office, prompting a protest from Qatar".
extension ClauseReader {
    /// Participles by which an act draws a reaction.
    static let drawingVerbs: Set<String> = ["draw", "prompt", "spark", "trigger", "provoke", "earn", "attract", "elicit",
                                            "invite", "bring"]
    /// Nouns for a reaction, and the code of the act of the one it comes from.
    static let drawnReactionCodes: [String: String] = [
        "condemnation": "111", "criticism": "111", "rebuke": "111", "censure": "111", "denunciation": "111",
        "reprimand": "111", "outrage": "111", "outcry": "111", "ire": "111", "anger": "111", "fury": "111",
        "protest": "114", "complaint": "114", "praise": "051",
    ]

    /// Each "…, drawing condemnation from X" no pattern coded: X reacts (111, 114, 051 by the noun) to the subject
    /// of the clause the participle hangs on.
    func drawnReactions(coded: [CodedEvent]) -> [CodedEvent] {
        let triggers = Set(coded.map(\.trigger))
        var found: [CodedEvent] = []
        for verb in sentence.tokens where Self.drawingVerbs.contains(lemma(verb)) && isVerb(verb) && !triggers.contains(verb) {
            guard let actor = drawingActor(of: verb) else { continue }
            for noun in kids(verb, ["dobj"]) {
                guard let code = Self.drawnReactionCodes[lemma(noun)], let reaction = CAMEOOntology.code(code) else { continue }
                // "from" on the noun or, as the parser often hangs it, on the participle.
                // "outrage in Tehran": where a feeling is, who feels it.
                let prepositions: Set<String> = code == "111" && Self.feelings.contains(lemma(noun)) ? ["from", "in"] : ["from"]
                guard let phrase = (kids(noun, ["prep"]) + kids(verb, ["prep"])).first(where: { prepositions.contains(lemma($0)) }),
                      let reactor = kids(phrase, ["pobj"]).first else { continue }
                found += events(verb: verb, sourceToken: reactor, targetToken: actor, code: reaction, targetless: false,
                                rule: "drawn reaction: '\(form(verb)) \(form(noun)) \(form(phrase)) …' reacts to the act of \(actors(at: actor).first?.text ?? form(actor)) (\(code))")
                    .filter { event in event.target.map { $0.code.principal != event.source.code.principal } ?? false }
            }
        }
        return found
    }

    /// Nouns for a feeling, which a place can have ("outrage in Tehran").
    static let feelings: Set<String> = ["outrage", "outcry", "anger", "fury", "ire"]

    /// Who drew the reaction: the subject of the clause a participle hangs on ("China sanctioned …, drawing"), or the
    /// owner of an act that draws it itself ("Russia's invasion of Ukraine drew condemnation").
    func drawingActor(of verb: Int) -> Int? {
        if document.xpos[verb] == "VBG", ["advcl", "xcomp", "conj"].contains(deprel(verb)) {
            let act = head(verb)
            guard act >= 0, skipReason(of: act) == nil, let actor = subject(of: act), !actors(at: actor).isEmpty else { return nil }
            return actor
        }
        guard skipReason(of: verb) == nil, let subject = kids(verb, ["nsubj"]).first, isActNoun(subject)
                || Self.forceNouns.contains(lemma(subject)) else { return nil }
        return kids(subject, ["poss"]).first { !actors(at: $0).isEmpty }
    }
}
