import DyadCore
import DyadLexicon

/// Deployments the sentence tells by the forces' arrival rather than by their sending.
extension ClauseReader {
    /// Verbs by which forces are said to arrive somewhere. Not "cross" or "enter", which as often tell an incursion
    /// ("Russian troops crossed into Ukraine") or a retreat ("crossing into neighbouring Niger").
    static let forceArrivals: Set<String> = ["arrive", "land", "move"]

    /// Nouns for the people of an armed force; hardware that arrives ("Abrams tanks", "transport planes") is aid or
    /// transport, not a deployment.
    static let troopNouns: Set<String> = ["troop", "soldier", "paratrooper", "marine", "force", "commando", "unit",
                                          "battalion", "brigade", "contingent", "reinforcement", "personnel",
                                          "infantry", "serviceman", "servicemen", "special", "detachment", "sailor",
                                          "officer", "peacekeeper"]

    /// "Russian paratroopers began arriving in Kazakhstan", "Turkish troops have begun moving to Libya", "the first of
    /// 1,700 U.S. paratroopers landed at an airport in the southeast of the country": armed forces of one state
    /// arriving in another state are deployed there (074; its host receives them, 0861), as events-README.md codes
    /// deployments. Not an arrival in the forces' own country, nor at an occupied or border place the sentence gives no
    /// other state for, nor an arrival that is negated, hypothetical or already coded.
    func forcesArriving(coded: [CodedEvent]) -> [CodedEvent] {
        guard let deployment = CAMEOOntology.code("074") else { return [] }
        let triggers = Set(coded.map(\.trigger))
        var found: [CodedEvent] = []
        for verb in sentence.tokens where isVerb(verb) && Self.forceArrivals.contains(lemma(verb)) {
            guard !triggers.contains(verb), !isNegated(verb), !isHypothetical(verb), let subject = subject(of: verb)
            else { continue }
            let forces = sourceActors(at: subject, verb: verb).filter { force in
                // Police sent abroad on a mission too: "the first contingent of Kenyan police officers arrived in Haiti".
                force.code.roles.contains(where: { [.military, .police].contains($0) }) && Self.troopNouns.contains(lemma(force.head))
            }
            guard !forces.isEmpty else { continue }
            // Forces arrive "in" or "at" a place, or move "to" it ("moved into the buffer zone" is an incursion).
            let places = kids(verb, ["prep"])
                .filter { (lemma(verb) == "move" ? ["to"] : ["in", "at", "to"]).contains(lemma($0)) }
                .flatMap { kids($0, ["pobj"]) }
            guard let host = places.lazy.compactMap({ self.hostPlace($0, forces: forces) }).first else { continue }
            found += events(verb: verb, sourceToken: subject, targetToken: host, code: deployment,
                            targetless: false, rule: "deployment: '\(form(verb))' of armed forces in another state → 074")
        }
        return found
    }

    /// The token that names the state a place belongs to, one level into its phrases ("an airport in the southeast
    /// of the country"), when it is a state other than the forces'.
    private func hostPlace(_ place: Int, forces: [ActorMention]) -> Int? {
        var frontier = [place]
        for _ in 0..<3 {
            var next: [Int] = []
            for token in frontier {
                if let country = mentions(at: token).first(where: { $0.code.principal.kind == .country }) {
                    return forces.contains { $0.code.principal == country.code.principal } ? nil : token
                }
                next += kids(token, ["prep"]).flatMap { kids($0, ["pobj"]) }
            }
            frontier = next
        }
        return nil
    }
}
