import DyadCore

extension EventCoder {
    /// `events` with each act that found no target (plain statements and comments, 010–014, aside), done by the
    /// source of a verb it is coordinated with or hangs on as a trailing participle, aimed at that verb's targets:
    /// "Italy summoned France's ambassador and demanded an apology", "recalled its ambassador to Cairo, demanding a
    /// full account" — the second act is the first one's sequel, toward the same side, however many other actors the
    /// sentence names. A guess, so `--no-guessed-targets` turns it off with the others.
    static func withSharedTargets(_ events: [CodedEvent], clause: ClauseReader) -> [CodedEvent] {
        guard events.contains(where: { $0.target == nil }) else { return events }
        var seen = aimedKeys(events)
        var result: [CodedEvent] = []
        for event in events {
            guard event.target == nil, event.code.rootNumber != 1 || event.code.code >= "015",
                  let first = clause.sharedVerb(of: event.trigger) else {
                result.append(event)
                continue
            }
            var targets: [ActorMention] = []
            for other in events where other.trigger == first && other.source.code.principal == event.source.code.principal {
                if let target = other.target, !targets.contains(where: { $0.code.principal == target.code.principal }) {
                    targets.append(target)
                }
            }
            guard !targets.isEmpty else {
                result.append(event)
                continue
            }
            for target in targets where seen.insert(aimedKey(event, target)).inserted {
                result.append(event.retargeted(to: target, because: "it shares the target of '\(clause.form(first))'"))
            }
        }
        return result
    }
}
