import DyadCore
import DyadLexicon

extension ClauseReader {
    /// The events a verb carries with the first pattern of `entries` whose cues hold.
    func events(of verb: Int, entries: [VerbEntry]) -> [CodedEvent] {
        guard !isNegated(verb), !isHypothetical(verb) else { return [] }
        let passive = !kids(verb, ["nsubjpass", "auxpass"]).isEmpty
        let object = passive ? kids(verb, ["nsubjpass"]).first : kids(verb, ["dobj", "attr"]).first
        let source = passive ? kids(verb, ["agent"]).first.flatMap { kids($0, ["pobj"]).first } : subject(of: verb)
        let prepositions = self.prepositions(of: verb, object: object)
        let particle = kids(verb, ["prt"]).first.map(lemma)
        let complement = kids(verb, ["xcomp", "ccomp"]).first.map(lemma)
        for entry in entries {
            for pattern in entry.patterns {
                if let voice = pattern.voice, (voice == .passive) != passive { continue }
                if let set = pattern.object {
                    guard let object, objectMatches(object, set) else { continue }
                }
                if let set = pattern.notObject, let object, objectMatches(object, set) { continue }
                if let wanted = pattern.particle, wanted != particle { continue }
                if let set = pattern.complement {
                    guard let complement, set.contains(complement) else { continue }
                }
                var prepositionObject: Int?
                if !pattern.prepositions.isEmpty {
                    guard let found = prepositions.first(where: { pattern.prepositions.contains($0.word) }) else { continue }
                    prepositionObject = found.object
                }
                let targetToken: Int? = switch pattern.target {
                case .object: object
                case .preposition: prepositionObject
                case .none: nil
                }
                return events(verb: verb, sourceToken: source, targetToken: targetToken, pattern: pattern, entry: entry)
            }
        }
        return []
    }

    /// Builds the events of a matched pattern: one per source and target; coordinated sources with no target act
    /// on each other ("Russia and North Korea signed a treaty").
    private func events(verb: Int, sourceToken: Int?, targetToken: Int?, pattern: VerbPattern, entry: VerbEntry)
        -> [CodedEvent] {
        let sources = actors(at: sourceToken)
        guard !sources.isEmpty else { return [] }
        var targets = actors(at: targetToken)
        var pairs: [(ActorMention, ActorMention?)] = []
        if pattern.target == .none {
            pairs = sources.map { ($0, nil) }
        } else if targets.isEmpty {
            guard sources.count >= 2 else { return [] }
            for a in sources { for b in sources where b.span != a.span || b.code != a.code { pairs.append((a, b)) } }
        } else {
            targets.removeAll { target in sources.contains { $0.span == target.span } }
            for source in sources { for target in targets { pairs.append((source, target)) } }
        }
        let reporter = reportingVerb(verb)
        let speaker = reporter.flatMap { subject(of: $0) }.flatMap { actors(at: $0).first }
        let modality: CodedEvent.Modality = reporter != nil ? .reported : isIntended(verb) ? .intended : .asserted
        let rule = "\(entry.id): pattern \(pattern.text) (\(entry.location.file):\(pattern.line))"
        return pairs.map { source, target in
            CodedEvent(sentence: index, source: source, target: target, code: pattern.code, trigger: verb,
                       modality: modality, speaker: speaker, rule: rule, date: nil)
        }
    }

    /// Whether the object's head (or its compound with the head: "peace deal") is in `set`.
    private func objectMatches(_ object: Int, _ set: WordSet) -> Bool {
        if set.contains(lemma(object)) { return true }
        if let compound = kids(object, ["compound", "amod"]).last {
            return set.contains(lemma(compound) + " " + lemma(object))
        }
        return false
    }

    /// The prepositions hanging on the verb or its object, with their objects.
    private func prepositions(of verb: Int, object: Int?) -> [(word: String, object: Int)] {
        var found: [(String, Int)] = []
        for holder in [verb] + (object.map { [$0] } ?? []) {
            for preposition in kids(holder, ["prep", "dative"]) {
                if let target = kids(preposition, ["pobj"]).first { found.append((lemma(preposition), target)) }
            }
        }
        return found
    }
}
