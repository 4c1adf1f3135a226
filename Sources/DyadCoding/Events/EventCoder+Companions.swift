import DyadCore

extension EventCoder {
    /// Verbs whose killing of a named figure is also a fight: "troops killed Isnilon Hapilon, Islamic State's leader".
    static let killingVerbs: Set<String> = ["kill", "shoot", "strike", "eliminate", "slay"]
    /// Armed forces whose killings are fights too.
    static let armedRoles: Set<ActorRole> = [.military, .police, .separatists, .rebels, .insurgents]

    /// `events` with a fight (190) beside each assassination (186) that an army, police or armed group did by force:
    /// the codebook's targeted killing and the use of force it took, as the sets code "killing a named commander is
    /// 186 besides the fight". Not gunmen, whose killings of figures are only assassinations.
    static func withFightsBehindKillings(_ events: [CodedEvent], clause: ClauseReader) -> [CodedEvent] {
        guard events.contains(where: { $0.code.code == "186" }), let fight = CAMEOOntology.code("190") else { return events }
        var result = events
        for event in events where event.code.code == "186" && killingVerbs.contains(clause.lemma(event.trigger)) {
            let roles = event.source.code.roles
            guard roles.contains(where: armedRoles.contains),
                  !events.contains(where: { other in
                      other.code.rootNumber == 19 && other.source.code.principal == event.source.code.principal
                          && other.target?.code.principal == event.target?.code.principal
                  }) else { continue }
            result.append(event.retargeted(to: event.target, code: fight,
                                           because: "the force behind the killing of a figure by armed forces"))
        }
        return result
    }

    /// `events` with each vote against ("…, with Russia and China voting against", "voting against the resolution")
    /// aimed at the one international body the sentence names, whose vote it was — the Security Council, the General
    /// Assembly — not at whom the resolution concerned.
    static func withVotingBodies(_ events: [CodedEvent], clause: ClauseReader) -> [CodedEvent] {
        events.map { event in
            guard event.code.rootNumber == 12, clause.lemma(event.trigger) == "vote",
                  event.target.map({ !$0.code.code.hasPrefix("IGO") }) ?? true else { return event }
            var bodies: [ActorMention] = []
            for mention in clause.mentions where mention.code.code.hasPrefix("IGO")
                && !bodies.contains(where: { $0.code.code == mention.code.code }) {
                bodies.append(mention)
            }
            guard bodies.count == 1, let body = bodies.first else { return event }
            return event.retargeted(to: body, because: "the vote was the one international body's the sentence names")
        }
    }
}

