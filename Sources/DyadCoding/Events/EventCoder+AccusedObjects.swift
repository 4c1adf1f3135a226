import DyadCore

extension EventCoder {
    /// Verbs of blame whose participle after an act names the act's objects again ("…, accusing them of …").
    static let blamingVerbs: Set<String> = ["accuse", "blame", "charge"]

    /// `events` with each accusation by participle whose accused is a pronoun or a description of what the act
    /// before it acted on ("Russia expelled diplomats from Sweden, Poland and Germany, accusing them of joining
    /// protests", "shut down the BBC's office, accusing the broadcaster of bias") aimed at that act's targets, one
    /// event per target's state, when it found none of its own other than the accuser's own state or a guess.
    static func withAccusedObjects(_ events: [CodedEvent], clause: ClauseReader) -> [CodedEvent] {
        events.flatMap { event -> [CodedEvent] in
            let trigger = event.trigger
            guard blamingVerbs.contains(clause.lemma(trigger)), clause.document.xpos[trigger] == "VBG",
                  clause.deprel(trigger) == "advcl", clause.head(trigger) >= 0,
                  let accused = clause.kids(trigger, ["dobj"]).first, clause.isDescription(accused),
                  event.target.map({ $0.code.principal == event.source.code.principal || $0.hasGuessedCountry }) ?? true
            else { return [event] }
            let targets = Self.targets(of: clause.head(trigger), codedBy: event.source, in: events)
                .filter { $0.code.principal != event.source.code.principal }
            guard !targets.isEmpty else { return [event] }
            return targets.map { event.retargeted(to: $0, because: "the accused are what the act it follows acted on") }
        }
    }
}

extension ClauseReader {
    /// Whether a noun only refers back to something named before: a pronoun ("them", "it") or a definite description
    /// with no name of its own ("the broadcaster", "the two NATO members", "the foreign broadcasters").
    func isDescription(_ noun: Int) -> Bool {
        if isObjectPronoun(noun) { return true }
        guard document.xpos[noun].hasPrefix("NN"), !document.xpos[noun].hasPrefix("NNP"),
              kids(noun, ["det"]).contains(where: { ["the", "these", "those", "both"].contains(lemma($0)) }) else { return false }
        return !kids(noun, ["compound", "amod", "poss"]).contains { !mentions(at: $0).isEmpty && !mentions(at: $0).allSatisfy(\.hasGuessedCountry) }
    }

    /// Whether the token is an object pronoun that stands for something named before ("them", "it", "him", "her").
    func isObjectPronoun(_ token: Int) -> Bool {
        ["them", "it", "him", "her"].contains(form(token).lowercasedIfNeeded())
    }
}
