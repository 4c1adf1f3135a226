import DyadCore

extension EventCoder {
    /// `events` with each act that found no target (plain statements and comments, 010–014, aside), done by the
    /// source of a verb it is coordinated with or hangs on as a trailing participle, aimed at that verb's targets:
    /// "Italy summoned France's ambassador and demanded an apology", "recalled its ambassador to Cairo, demanding a
    /// full account" — the second act is the first one's sequel, toward the same side, however many other actors the
    /// sentence names. A guess, so `--no-guessed-targets` turns it off with the others.
    static func withSharedTargets(_ events: [CodedEvent], clause: ClauseReader) -> [CodedEvent] {
        // "imposed sanctions on Pompeo and 27 other officials …, accusing them of …": a pronoun the resolver could
        // only read as the last actor named is no better than none when a verb's target can be shared.
        func unresolved(_ event: CodedEvent) -> Bool {
            guard let target = event.target else { return true }
            return target.rule == ActorMention.pronounRule && target.tokens.count == 1 && clause.isObjectPronoun(target.head)
        }
        guard events.contains(where: unresolved) else { return events }
        var seen = aimedKeys(events)
        var result: [CodedEvent] = []
        for event in events {
            guard unresolved(event), event.code.rootNumber != 1 || event.code.code >= "015",
                  let first = clause.sharedVerb(of: event.trigger) else {
                result.append(event)
                continue
            }
            let targets = Self.targets(of: first, codedBy: event.source, in: events)
            guard !targets.isEmpty else {
                result.append(event)
                continue
            }
            // A weak pronoun target gives way: its own key is no duplicate of the shared ones.
            if let weak = event.target { seen.remove(aimedKey(event, weak)) }
            for target in targets where seen.insert(aimedKey(event, target)).inserted {
                result.append(event.retargeted(to: target, because: "it shares the target of '\(clause.form(first))'"))
            }
        }
        return result
    }

    /// The targets, one per state, of the events that `source`'s state coded on `verb`: what an act that shares or
    /// follows that verb is aimed at.
    static func targets(of verb: Int, codedBy source: ActorMention, in events: [CodedEvent]) -> [ActorMention] {
        var targets: [ActorMention] = []
        for other in events where other.trigger == verb && other.source.code.principal == source.code.principal {
            if let target = other.target, !targets.contains(where: { $0.code.principal == target.code.principal }) {
                targets.append(target)
            }
        }
        return targets
    }
}
