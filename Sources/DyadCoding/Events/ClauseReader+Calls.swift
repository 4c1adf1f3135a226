import DyadCore

/// Calls a sentence names as where an act happened: "agreed to honour the 'one China' policy in a long phone call with
/// Xi Jinping", "asked Vladimir Putin in a phone call for credit". The call is itself an event (041, both ways), as the
/// event sets code it (events-README.md: "a video call is 041, as h7-086's 'in a phone call'").
extension ClauseReader {
    /// Nouns for a call, and the words that make "call" one by telephone or video.
    static let callNouns: Set<String> = ["call", "conversation", "conference"]
    static let callMedia: Set<String> = ["phone", "telephone", "video", "videoconference", "video-conference"]
    /// Verbs whose object is the one spoken to.
    static let addressVerbs: Set<String> = ["tell", "ask", "urge", "warn", "assure", "thank", "congratulate", "press",
                                            "invite", "brief", "inform", "reassure", "implore"]
    /// Words that make a call not one that took place.
    static let unheldCalls: Set<String> = ["planned", "proposed", "scheduled", "leaked", "requested", "cancelled", "canceled"]

    /// Each call (041) between the subject of a verb and the one the call was with (its "with" phrase, else the verb's
    /// own object), for a call named in the verb's "in", "during" or "on" phrase, unless the verb has a 041 already.
    func callEvents(coded: [CodedEvent]) -> [CodedEvent] {
        var found: [CodedEvent] = []
        for call in sentence.tokens where Self.callNouns.contains(lemma(call)) && deprel(call) == "pobj" {
            let preposition = head(call)
            guard preposition >= 0, ["in", "during", "on"].contains(lemma(preposition)), head(preposition) >= 0 else { continue }
            let verb = head(preposition)
            let modifiers = kids(call, ["compound", "amod", "nmod"])
            guard isVerb(verb), modifiers.contains(where: { Self.callMedia.contains(lemma($0)) }),
                  !modifiers.contains(where: { Self.unheldCalls.contains(lemma($0)) || Self.unheldCalls.contains(form($0).lowercasedIfNeeded()) }),
                  !coded.contains(where: { $0.trigger == verb && $0.code.code == "041" }),
                  skipReason(of: verb) == nil, !isHypothetical(verb), !isFuture(verb),
                  let code = CAMEOOntology.code("041"), let caller = subject(of: verb) else { continue }
            // The one the call was with (the call's "with" phrase, else the verb's: "discussed Ukraine with Scholz in
            // a phone call"), else the one a verb of address spoke to ("warned Putin in a video call"), not the topic
            // or target of the act ("discussed Ukraine in a phone call").
            let partner = phraseObjects(of: call, ["with"]).first ?? phraseObjects(of: verb, ["with"]).first
                ?? (Self.addressVerbs.contains(lemma(verb)) ? directObject(of: verb) : nil)
            guard let partner else { continue }
            // The call took place whatever the act in it was ("agreed to honour …" is an intent, the call is not).
            let (reported, speaker) = attribution(of: verb)
            let rule = "call: the \(form(call)) '\(form(preposition)) …' the act happened in is a call between its sides (041)"
            for source in sourceActors(at: caller, verb: verb) {
                for other in mentionsOnOrOwning(partner) where other.code.principal != source.code.principal {
                    for (from, to) in [(source, other), (other, source)] {
                        found.append(CodedEvent(sentence: index, source: from, target: to, code: code, trigger: verb,
                                                modality: reported ? .reported : .asserted, speaker: speaker,
                                                rule: rule, date: nil))
                    }
                }
            }
        }
        return found
    }
}
