import DyadCore

/// Matches a compiled TABARI/PETRARCH verb pattern against a sentence around one verb: words before `*` in order
/// before the verb, words after it in order in the verb's clause, other words allowed between them unless `_` joins
/// two; `$`, `+` and `%` take the next actor phrase as source, target or compound actor; `^` skips a noun phrase.
struct PeerPatternMatcher {
    /// What a successful match bound.
    struct Binding {
        var source: Range<Int>?
        var target: Range<Int>?
        var compound: Range<Int>?
        /// Whether `%` came before the verb (a compound source) rather than after it (a compound target).
        var compoundIsSource = false
        /// The first sentence token a word or synset before `*` matched, if any (TABARI looks for the source
        /// before it: "Arnor suggested Gondor should apply …").
        var firstWordBefore: Int?

        /// This binding with a word matched at `token`, before the verb when `afterVerb` is false.
        func noting(_ token: Int, afterVerb: Bool) -> Binding {
            guard !afterVerb else { return self }
            var noted = self
            noted.firstWordBefore = min(firstWordBefore ?? token, token)
            return noted
        }
    }

    let sentence: PeerSentence
    let rules: PeerRules
    /// The verb's words (more than one for `WIRE_+TAP`).
    let verb: Range<Int>
    /// Tokens after the verb that belong to its clause.
    let clause: Set<Int>
    /// A bound on backtracking steps: a pathological pattern gives up rather than hangs.
    private var budget = 5_000

    init(sentence: PeerSentence, rules: PeerRules, verb: Range<Int>, clause: Set<Int>) {
        self.sentence = sentence
        self.rules = rules
        self.verb = verb
        self.clause = clause
    }

    /// The binding of `pattern`, or nil when it does not match.
    mutating func match(_ pattern: PeerRules.Pattern) -> Binding? {
        budget = 5_000
        return step(pattern.elements[...], from: 0, previousEnd: nil, binding: Binding())
    }

    /// Whether a token may be matched: before the verb anywhere, after it only in the verb's clause.
    private func allowed(_ token: Int, afterVerb: Bool) -> Bool { afterVerb ? clause.contains(token) : token < verb.lowerBound }

    private mutating func step(_ elements: ArraySlice<PeerRules.Element>, from position: Int, previousEnd: Int?,
                               binding: Binding) -> Binding? {
        guard let element = elements.first else { return binding }
        budget -= 1
        guard budget > 0 else { return nil }
        let rest = elements.dropFirst()
        let afterVerb = position >= verb.upperBound
        let limit = afterVerb ? sentence.count : verb.lowerBound
        func candidates(_ joined: Bool) -> Range<Int> {
            if joined, let end = previousEnd { return end < limit ? end..<end + 1 : end..<end }
            return position < limit ? position..<limit : position..<position
        }
        switch element {
        case .verb(let joined):
            if let end = previousEnd, joined ? end != verb.lowerBound : end > verb.lowerBound { return nil }
            if previousEnd == nil, position > verb.lowerBound { return nil }
            return step(rest, from: verb.upperBound, previousEnd: verb.upperBound, binding: binding)
        case .word(let word):
            for start in candidates(word.joined) where allowed(start, afterVerb: afterVerb) {
                guard let end = sentence.words.match(word, at: start), end <= limit || afterVerb else { continue }
                let noted = binding.noting(start, afterVerb: afterVerb)
                if let found = step(rest, from: end, previousEnd: end, binding: noted) { return found }
            }
            return nil
        case .synset(let name, let joined):
            let members = rules.synsets[name] ?? []
            for start in candidates(joined) where allowed(start, afterVerb: afterVerb) {
                for member in members {
                    guard let end = sentence.words.match(member, at: start), end <= limit || afterVerb else { continue }
                    let noted = binding.noting(start, afterVerb: afterVerb)
                    if let found = step(rest, from: end, previousEnd: end, binding: noted) { return found }
                }
            }
            return nil
        case .source(let joined), .target(let joined), .compound(let joined):
            for start in candidates(joined) where allowed(start, afterVerb: afterVerb) {
                guard let mention = sentence.actors.first(where: { $0.range.lowerBound == start }) else { continue }
                var bound = binding
                switch element {
                case .source: bound.source = mention.range
                case .target: bound.target = mention.range
                default:
                    bound.compound = mention.range
                    bound.compoundIsSource = !afterVerb
                }
                let end = mention.range.upperBound
                if let found = step(rest, from: end, previousEnd: end, binding: bound) { return found }
            }
            return nil
        case .skip(let joined):
            // A noun phrase: up to and including its first noun or pronoun.
            for start in candidates(joined) where allowed(start, afterVerb: afterVerb) {
                var end = start
                while end < limit, !(sentence.xpos[end].startsWithUTF8("NN") || sentence.xpos[end].startsWithUTF8("PRP")) { end += 1 }
                guard end < limit else { break }
                if let found = step(rest, from: end + 1, previousEnd: end + 1, binding: binding) { return found }
            }
            return nil
        }
    }
}
