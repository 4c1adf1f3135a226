import DyadCore
import DyadLexicon

/// The sides of an act: pairs of actors a subject names, partners named with "with" or met, swaps, and the codes whose
/// coordinated subjects act on each other.
extension ClauseReader {
    /// Whether the verb's act is part of a swap: a "swap" in its phrases ("in a swap brokered by Qatar"), or an
    /// exchange "for" someone ("freed two Americans in exchange for an Afghan fighter"; not "in exchange for a pause
    /// in fighting").
    func isSwap(_ verb: Int) -> Bool {
        sentence.tokens.contains { token in
            guard ["NN", "NNS"].contains(document.xpos[token]), isWithin(token, levels: 3, of: verb) else { return false }
            switch lemma(token) {
            case "swap": return true
            case "exchange":
                return kids(token, ["prep"]).contains { lemma($0) == "for" && kids($0, ["pobj"]).contains { !actors(at: $0).isEmpty } }
            default: return false
            }
        }
    }

    /// Whether the subject at `token` names two actors of different states, or a state's force and an armed group: "Sudan's army and the RSF",
    /// "Thai and Cambodian troops". With `armed`, one of them is an armed force: "Britain and Japan clashed over
    /// …" and "Philip Morris and the lawyers are fighting again" are no combat.
    func namesPair(_ token: Int?, armed: Bool) -> Bool {
        guard var top = token else { return false }
        // The whole coordination, whichever conjunct the reading took for the subject.
        while deprel(top) == "conj", head(top) >= 0 { top = head(top) }
        var principals: Set<String> = []
        let named = actors(at: top) + kids(top, ["conj"]).flatMap { actors(at: $0) }
        for actor in named { principals.insert(actor.code.principal.code) }
        // Two states, or a state's force and an armed group of its own country ("Sudan's army and the RSF"); not
        // two forces of one state ("Iraqi troops and police").
        let irregular = named.contains { actor in actor.code.roles.contains(where: ActorRole.irregularForces.contains) }
        guard principals.count >= 2 || (irregular && Set(named.map(\.code.code)).count >= 2) else { return false }
        return !armed || named.contains { $0.code.roles.contains(where: Self.armedRoles.contains) }
    }

    /// Roles of armed forces: a state's and irregular ones.
    static let armedRoles = ActorRole.irregularForces.union([.military, .police])

    /// Whether `token` hangs on `verb` at most `levels` heads up.
    func isWithin(_ token: Int, levels: Int, of verb: Int) -> Bool {
        var current = token
        for _ in 0..<levels {
            current = head(current)
            if current == verb { return true }
            if current < 0 { return false }
        }
        return false
    }

    /// Whether a target is named as the partner "with" whom an act was done, or as the one met ("Trump met Ahmed
    /// al-Sharaa"), or coordinated with one who is.
    func isPartner(_ target: ActorMention) -> Bool {
        var token = target.head
        for _ in 0..<4 where deprel(token) == "conj" && head(token) >= 0 { token = head(token) }
        guard head(token) >= 0 else { return false }
        // "met Xi", "telephoned Modi", "called his Egyptian counterpart": one meets or calls the other as much.
        return deprel(token) == "pobj" ? lemma(head(token)) == "with"
            : deprel(token) == "dobj" && ["meet", "phone", "telephone", "call", "ring"].contains(lemma(head(token)))
    }

    /// Cooperation one side gives the other, which a partner named with "with" does not return: judicial
    /// cooperation (063) and shared intelligence (064).
    static let oneWayCooperation: Set<String> = ["063", "064"]

    /// Codes whose coordinated subjects act on each other when no target is named: intentions to cooperate,
    /// consultations other than visits, agreements, material cooperation.
    static func isReciprocal(_ code: EventCode) -> Bool {
        switch code.rootNumber {
        case 3, 6: return true
        // Not visits, nor mediation: co-mediators mediate between others ("with Venezuela, Cuba and Norway acting
        // as guarantors").
        case 4: return !code.code.hasPrefix("042") && !code.code.hasPrefix("043") && code.code != "045"
        case 5: return code.code.hasPrefix("057") || code.code == "050"
        // "Saudi Arabia and France agreed that a two-state solution ...": an accord expressed together
        case 1: return code.code == "019"
        // "India and Pakistan agreed to a ceasefire", "Indian and Chinese troops began pulling back"
        case 8: return code.code.hasPrefix("087")
        default: return false
        }
    }

    /// `found` and the actors coordinated with it on its token, of no source's state: "denounced joint air drills by
    /// the United States, South Korea and Japan".
    func withCoordinated(_ found: ActorMention, excluding sources: [ActorMention]) -> [ActorMention] {
        [found] + actors(at: found.head).filter { other in
            other.span != found.span && other.head != found.head && !sources.contains { $0.code.principal == other.code.principal }
        }
    }
}
