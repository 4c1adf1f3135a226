import DyadCore
import DyadLexicon

/// Codes events with TABARI or PETRARCH dictionaries instead of Dyad's lexicon, on Dyad's own parse: each verb the
/// verb dictionary knows is tried against its block's patterns; the pattern that asks most of the sentence gives the
/// code, and its `$`/`+`/`%` markers the actors; otherwise the verb's (or block's) code applies, with the subject as
/// source and the object or a prepositional object as target. Actors and agents come from the peer's `.actors` and
/// `.agents` files only ("Gondor's government" → GONGOV). A code `[A:B]` also codes B from the target to the source
/// (a visit and its hosting); `---` codes nothing; `###` and the discard phrases drop the sentence (or, for story
/// discards, the document).
public struct PeerCoder: Sendable {
    /// One coded event.
    public struct Event: Sendable, Hashable, CustomStringConvertible {
        /// Peer codes as the dictionaries write them.
        public let source: String
        public let target: String
        public let code: String
        /// Index of the sentence in the document.
        public let sentence: Int
        /// The verb line and pattern that coded it.
        public let rule: String

        public var description: String { "\(source)/\(target)/\(code)" }
    }

    /// What coding a document gave.
    public struct Result: Sendable {
        public var events: [Event] = []
        /// Set when a discard phrase or code dropped the document (`story`) or some sentence (`sentence`).
        public var discard: PeerDiscards.Scope?
    }

    /// The compiled dictionaries.
    public let rules: PeerRules
    /// When true (PETRARCH's and TABARI's default), an event needs a target; when false, it is coded with `---`.
    public var requireDyad: Bool
    /// TABARI's coding options; the defaults change nothing.
    public var options: Options

    /// A coder over `rules`.
    public init(rules: PeerRules, requireDyad: Bool = true, options: Options = Options()) {
        self.rules = rules
        self.requireDyad = requireDyad
        self.options = options
    }

    /// Codes every sentence of a parsed document; actor codes are those in force on `date`. `antecedent` is the
    /// actor a pronoun subject without one in its sentence stands for (TABARI's `FORWARD:`, see
    /// ``firstActor(in:on:)``).
    public func code(_ document: AnnotatedDocument, on date: CalendarDate, antecedent: String? = nil) -> Result {
        var result = Result()
        for (index, sentence) in document.sentences.enumerated() where !sentence.tokens.isEmpty {
            let reader = PeerSentence(document: document, sentence: sentence, rules: rules, date: date)
            let scopes = rules.discards.matches(in: reader.words).map(\.value)
            if scopes.contains(.story) { return Result(events: [], discard: .story) }
            if !scopes.isEmpty {
                result.discard = .sentence
                continue
            }
            switch events(in: reader, sentence: index, antecedent: antecedent) {
            case .discarded: result.discard = .sentence
            // (Events of different sentences never repeat: each carries its sentence.)
            case .events(let events): result.events += events
            }
        }
        return result
    }

    enum SentenceOutcome {
        case events([Event])
        case discarded
    }

    /// The events of one sentence.
    func events(in sentence: PeerSentence, sentence index: Int, antecedent: String? = nil) -> SentenceOutcome {
        var events: [Event] = []
        var used: Set<Int> = []
        var coded: Set<Int> = []
        let segments = options.codeBy == .clause ? clauseSegments(in: sentence) : []
        for token in verbTokens(in: sentence) where !used.contains(token) {
            // A verb in the complement or adverbial clause of a verb that coded an event is part of that event
            // ("called on Gondor to be allowed to leave", "celebrated Iftar ... after leaving Eriador").
            if options.codeBy != .all, governed(token, byOneOf: coded, in: sentence) { continue }
            if options.codeBy == .sentence, !coded.isEmpty { break }
            if options.codeBy == .clause, coded.contains(where: { segments[$0] == segments[token] }) { continue }
            let candidates = verbEntries(at: token, in: sentence)
            guard let range = candidates.first?.1 else { continue }
            used.formUnion(range)
            // A dictionary modal codes with the clause and arguments of the verb it helps.
            let governor = modalHead(of: token, in: sentence) ?? token
            // The same verb may head several blocks (SHOT [---] and SHOT [223]): every block's patterns compete.
            let clause = sentence.clause(of: governor)
            var matcher = PeerPatternMatcher(sentence: sentence, rules: rules, verb: range, clause: clause)
            var best: (pattern: PeerRules.Pattern, binding: PeerPatternMatcher.Binding, verb: PeerRules.Verb)?
            for (verb, _) in candidates {
                for pattern in rules.blocks[verb.block].patterns where best == nil || pattern.weight > best!.pattern.weight {
                    if let binding = matcher.match(pattern) { best = (pattern, binding, verb) }
                }
            }
            // A dictionary verb the parse reads as a noun after a determiner ("raised its voice") is a verb only
            // where one of its patterns says so.
            if best == nil, isDeterminedNoun(token, in: sentence) { continue }
            let plain = candidates.first { ($0.0.code ?? rules.blocks[$0.0.block].code)?.isNull == false }?.0 ?? candidates[0].0
            let verb = best?.verb ?? plain
            // Codes with a "?" are the dictionaries' doubtful ones (REPORT [025?]): not coded.
            guard let code = best?.pattern.code ?? verb.code ?? rules.blocks[verb.block].code,
                  !code.text.utf8.contains(0x3F) else { continue }
            if code.isDiscard { return .discarded }
            let rule = best.map { "\(verb.text) \($0.pattern.description)" } ?? "\(verb.text) \(code)"
            var (sources, targets) = arguments(of: governor, clause: clause, in: sentence)
            var compound = false
            if let binding = best?.binding {
                if let range = binding.source { sources = sentence.codes(ofArgument: sentence.phraseHead(of: range)) }
                if let range = binding.target { targets = sentence.codes(ofArgument: sentence.phraseHead(of: range)) }
                if let before = sourceBeforePattern(binding, in: sentence) { sources = before }
                if let range = binding.compound {
                    let members = sentence.codes(ofArgument: sentence.phraseHead(of: range))
                    if binding.compoundIsSource { sources = members } else { targets = members }
                    compound = true
                }
            }
            if sources.isEmpty, let antecedent, hasPronounSubject(before: token, in: sentence) { sources = [antecedent] }
            (sources, targets) = withDefaults(sources: sources, targets: targets)
            let found = pairs(of: code, sources: sources, targets: targets, compound: compound)
            events += found.map {
                Event(source: converted($0.source), target: converted($0.target), code: $0.code, sentence: index, rule: rule)
            }
            if !found.isEmpty {
                coded.insert(token)
                // The verb a coded modal helps is part of its event.
                if governor != token { coded.insert(governor); used.insert(governor) }
            }
        }
        var unique: [Event] = []
        for event in events where !unique.contains(event) { unique.append(event) }
        return .events(unique)
    }

    /// The tokens tried as verbs, governing verbs first (so that their complements can be left to them). TABARI
    /// finds verbs by its dictionary, not by part of speech ("was in on accord with"), except after a determiner
    /// or as a proper noun ("the restore"), where the word is a noun, and it reads a capitalized word inside the
    /// sentence as a noun ("To Restore").
    func verbTokens(in sentence: PeerSentence) -> [Int] {
        (0..<sentence.count).filter { token in
            // TABARI reads a capitalized word inside the sentence as a name ("is about To Restore ties").
            if rules.dialect == .tabari, token > 0, sentence.words.capitalized[token] { return false }
            // TABARI reads a word with a possessive ending as a noun ("donate's cash").
            if rules.dialect == .tabari, token + 1 < sentence.count, sentence.xpos[token + 1] == "POS" { return false }
            if sentence.xpos[token].startsWithUTF8("VB") || isDictionaryModal(token, in: sentence) { return true }
            guard rules.stemVerbs, token > 0, !sentence.xpos[token].startsWithUTF8("NNP"),
                  mayReadAsVerb(after: token - 1, in: sentence) else { return false }
            return !verbEntries(at: token, in: sentence).isEmpty
        }.sorted {
            // TABARI (read with its options) reads verbs left to right.
            if options.codeBy != nil { return $0 < $1 }
            // A modal goes with the verb it helps, just before it.
            let first = modalHead(of: $0, in: sentence) ?? $0, second = modalHead(of: $1, in: sentence) ?? $1
            return (sentence.depth(of: first), $0) < (sentence.depth(of: second), $1)
        }
    }

    /// The (source, target, code) triples a code gives: each source with each other target; `[A:B]` also codes B
    /// from the target back to the source; a compound source with no target acts on its own members ("Gondor and
    /// Osgiliath agree"); without a target, `---` when `requireDyad` is off.
    func pairs(of code: PeerVerbCode, sources: [String], targets: [String], compound: Bool)
        -> [(source: String, target: String, code: String)] {
        let forward = code.active.map(\.text).flatMap { $0 == "---" ? nil : $0 }
        let backward = code.passive.map(\.text).flatMap { $0 == "---" ? nil : $0 }
        var targets = targets
        if targets.isEmpty, sources.count > 1, compound || (forward != nil && forward == backward) { targets = sources }
        var found: [(source: String, target: String, code: String)] = []
        for source in sources {
            let others = targets.filter { $0 != source }
            if targets.isEmpty, !requireDyad, let forward { found.append((source, "---", forward)) }
            for target in others {
                if let forward { found.append((source, target, forward)) }
                if let backward, !(compound && forward == backward) { found.append((target, source, backward)) }
            }
        }
        return found
    }

    /// Whether `verb` sits in an open complement, adverbial clause or noun modifier under one of `verbs`.
    func governed(_ verb: Int, byOneOf verbs: Set<Int>, in sentence: PeerSentence) -> Bool {
        var current = verb
        for _ in 0..<6 {
            guard ["xcomp", "advcl", "pcomp", "pobj", "acl", "prep", "dobj", "auxpass", "aux"].contains(sentence.deprels[current]),
                  sentence.heads[current] >= 0 else { return false }
            current = sentence.heads[current]
            if verbs.contains(current) { return true }
        }
        return false
    }

    /// The verb lines for the verb at `token` and the words they cover, longest first: multi-word verbs
    /// (`WIRE_+TAP`, `+CORDON_OFF`) win over single words.
    func verbEntries(at token: Int, in sentence: PeerSentence) -> [(PeerRules.Verb, Range<Int>)] {
        let form = sentence.words.words[token]
        var candidates = rules.verbs[form] ?? []
        if sentence.lemmas[token] != form { candidates += rules.verbs[sentence.lemmas[token]] ?? [] }
        if rules.stemVerbs, form.count > 3 {
            for length in 3..<form.count {
                candidates += (rules.verbs[String(form.prefix(length))] ?? []).filter { !$0.text.hasSuffix("_") }
            }
        }
        var found: [(PeerRules.Verb, Range<Int>)] = []
        for verb in candidates {
            let start = token - verb.before.count, end = token + 1 + verb.after.count
            guard start >= 0, end <= sentence.count else { continue }
            let fits = verb.before.enumerated().allSatisfy { sentence.words.words[start + $0.offset] == $0.element }
                && verb.after.enumerated().allSatisfy { sentence.words.words[token + 1 + $0.offset].startsWithUTF8($0.element) }
            if fits, !found.contains(where: { $0.0.text == verb.text && $0.0.block == verb.block }) { found.append((verb, start..<end)) }
        }
        guard let longest = found.map(\.1.count).max() else { return [] }
        return found.filter { $0.1.count == longest }
    }

    /// Source and target codes of a verb from the parse: the subject (or the passive's `by` agent) and the object,
    /// or else a prepositional object; a verb without a subject of its own takes that of the verb it depends on.
    /// `clause` is the verb's (``PeerSentence/clause(of:)``), where a target is looked for last.
    func arguments(of verb: Int, clause: Set<Int>, in sentence: PeerSentence) -> (sources: [String], targets: [String]) {
        // A passive is read as one when it has its "by" agent ("was criticized by Eriador"); without one, the peers
        // code the subject as source ("The Philippines was criticized over its dispute with Eriador").
        let passiveSubject = sentence.kids(verb, ["nsubjpass"]).first
        let byAgent = !sentence.kids(verb, ["agent"]).isEmpty
            && (!sentence.kids(verb, ["auxpass"]).isEmpty || sentence.xpos[verb] == "VBN")
        var sources: [String] = []
        var targets: [String] = []
        if byAgent {
            targets = passiveSubject.map { sentence.codes(ofArgument: $0) } ?? []
            for agent in sentence.kids(verb, ["agent"]) {
                for object in sentence.kids(agent, ["pobj"]) where sources.isEmpty { sources = sentence.codes(ofArgument: object) }
            }
            return (sources, targets)
        }
        var current = verb
        // A subject that names no actor stops the search, unless it is a pronoun ("Ethiopia indicated it would act").
        var nounSubject = false
        for _ in 0..<5 {
            for subject in sentence.kids(current, ["nsubj", "nsubjpass", "csubj", "expl"]) where sources.isEmpty {
                sources = sentence.codes(ofArgument: subject)
                if !sentence.xpos[subject].startsWithUTF8("PRP") && sentence.deprels[subject] != "expl" { nounSubject = true }
            }
            if nounSubject { break }
            if !sources.isEmpty { break }
            let relation = sentence.deprels[current]
            guard sentence.heads[current] >= 0 else { break }
            if relation == "relcl" || relation == "acl" {
                sources = sentence.codes(ofArgument: sentence.heads[current])
                break
            }
            guard ["xcomp", "acomp", "conj", "advcl", "pcomp", "prep"].contains(relation) else { break }
            current = sentence.heads[current]
        }
        if sources.isEmpty, let shared = sharedSource(of: verb, in: sentence) { sources = shared }
        // TABARI's source is the first actor of the clause before the verb, whatever the parse says.
        if let first = firstActorInSegment(before: verb, in: sentence),
           !first.allSatisfy({ actor in sources.contains { $0.startsWithUTF8(actor) } }) { sources = first }
        if sources.isEmpty, !nounSubject || rules.dialect == .tabari, let nearest = (sentence.actors + sentence.agents).filter({ $0.range.upperBound <= verb })
            .max(by: { $0.range.upperBound < $1.range.upperBound }) {
            // No subject in the parse: the nearest actor or agent before the verb.
            sources = sentence.codes(ofArgument: sentence.phraseHead(of: nearest.range))
        }
        for object in sentence.kids(verb, ["dobj", "dative", "attr", "oprd"]) where targets.isEmpty {
            targets = sentence.codes(ofArgument: object)
            if targets.isEmpty { targets = prepositionalTargets(of: object, in: sentence) }
        }
        if targets.isEmpty { targets = prepositionalTargets(of: verb, in: sentence) }
        if targets.isEmpty {
            for complement in sentence.kids(verb, ["xcomp", "prt"]) where targets.isEmpty {
                for object in sentence.kids(complement, ["dobj"]) where targets.isEmpty { targets = sentence.codes(ofArgument: object) }
                if targets.isEmpty { targets = prepositionalTargets(of: complement, in: sentence) }
            }
        }
        if targets.isEmpty {
            // "believes Dagolath and Osgiliath can cope": the subject of the verb's clausal complement.
            // (Not a complement before the verb: "..., officials said" does not target the report's subject.)
            for complement in sentence.kids(verb, ["ccomp"]) where targets.isEmpty && complement > verb {
                for subject in sentence.kids(complement, ["nsubj", "nsubjpass"]) where targets.isEmpty {
                    targets = sentence.codes(ofArgument: subject)
                }
            }
        }
        if targets.isEmpty, let next = nextActorInSegment(after: verb, in: sentence) { targets = next }
        if targets.isEmpty {
            // The next actor in the verb's clause (with its complements), up to the first comma.
            let comma = (verb..<sentence.count).first { sentence.words.words[$0] == "," } ?? sentence.count
            if let next = sentence.actors.first(where: {
                $0.range.lowerBound > verb && $0.range.lowerBound < comma
                    && (clause.contains($0.range.lowerBound) || readsAsNoun(verb, in: sentence))
            }) {
                targets = sentence.codes(ofArgument: sentence.phraseHead(of: next.range))
            }
        }
        return (sources, targets.filter { !sources.contains($0) || sources.count > 1 })
    }

    /// Codes of the first prepositional object under `head` that names an actor.
    private func prepositionalTargets(of head: Int, in sentence: PeerSentence) -> [String] {
        for preposition in sentence.kids(head, ["prep", "agent"]) {
            for object in sentence.kids(preposition, ["pobj", "pcomp"]) {
                let codes = sentence.codes(ofArgument: object)
                if !codes.isEmpty { return codes }
                let inner = prepositionalTargets(of: object, in: sentence)
                if !inner.isEmpty { return inner }
            }
        }
        return []
    }
}
