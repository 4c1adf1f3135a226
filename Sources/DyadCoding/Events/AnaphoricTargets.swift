import DyadCore

/// "Tehran condemned the move", "Tokyo called the verdict regrettable": a reaction to an act the text has just
/// reported, named by a noun that stands for it, targets whoever did that act.
extension ClauseReader {
    /// Nouns that stand for an act just reported.
    static let actNouns: Set<String> = ["move", "decision", "step", "action", "measure", "ruling", "verdict", "sentence",
                                        "law", "deal", "agreement", "attack", "strike", "raid", "plan", "announcement",
                                        "sanction", "ban", "expulsion", "arrest", "execution", "test", "launch"]

    /// Whether the verb's object, or the object of its "against"/"over" phrase, is such a noun with no actor of its own.
    func reactsToAnAct(_ verb: Int) -> Bool {
        let phrases = kids(verb, ["prep"]).filter { ["against", "over", "to", "at"].contains(lemma($0)) }
        let nouns = kids(verb, ["dobj"]) + phrases.flatMap { kids($0, ["pobj"]) }
        return nouns.contains { noun in
            Self.actNouns.contains(lemma(noun)) && kids(noun, ["det"]).contains { ["the", "this", "that"].contains(lemma($0)) }
                && mentionsOnOrOwning(noun).isEmpty
        }
    }
}

extension EventCoder {
    /// Roots whose target may be named by a noun for an act: disapproving, rejecting, threatening, protesting, and
    /// reducing relations over it.
    static let reactionRoots: ClosedRange<Int> = 11...16

    /// `event` with, when it has no target and reacts to "the move", "the verdict" …, the source of the latest act
    /// reported before it (this sentence's, else an earlier one's) by another actor.
    static func withAnaphoricTarget(_ event: CodedEvent, clause: ClauseReader, earlier: [CodedEvent]) -> CodedEvent {
        guard event.target == nil, reactionRoots.contains(event.code.rootNumber), clause.reactsToAnAct(event.trigger),
              let act = earlier.last(where: { $0.source.code.principal != event.source.code.principal
                  && ($0.sentence < event.sentence || $0.trigger < event.trigger) }) else { return event }
        return CodedEvent(sentence: event.sentence, source: event.source, target: act.source, code: event.code,
                          trigger: event.trigger, modality: event.modality, speaker: event.speaker,
                          rule: event.rule + "; what it reacts to is the act of \(act.source.text) just reported",
                          date: event.date)
    }
}
