import DyadCore
import DyadLexicon

/// One sentence as the peer coder reads it: upper-cased words, the dependency tree in sentence-local indices, and
/// the actor and agent phrases of the peer dictionaries found in it.
struct PeerSentence {
    /// An actor or agent phrase found in the sentence.
    struct Mention {
        let range: Range<Int>
        /// The actor's code on the sentence's date, or the agent's code.
        let code: String
        /// For agents: where the code goes.
        let placement: PeerAgentDictionary.Placement?
    }

    let words: PeerWords
    let heads: [Int]
    let deprels: [String]
    let xpos: [String]
    let lemmas: [String]
    let children: [[Int]]
    let actors: [Mention]
    let agents: [Mention]
    /// See ``PeerRules/agentsOnFirstActorOnly``.
    let agentsOnFirstOnly: Bool

    init(document: AnnotatedDocument, sentence: Sentence, rules: PeerRules, date: CalendarDate) {
        let offset = sentence.tokens.lowerBound
        let range = sentence.tokens
        words = PeerWords(document: document, sentence: sentence)
        agentsOnFirstOnly = rules.agentsOnFirstActorOnly
        let hasParse = document.heads.count == document.tokens.count
        // Heads outside the sentence (a damaged parse) are read as none.
        heads = range.map { index in
            guard hasParse, document.heads[index] >= 0 else { return -1 }
            let head = document.heads[index] - offset
            return head >= 0 && head < range.count && head != index - offset ? head : -1
        }
        deprels = range.map { hasParse ? document.deprels[$0] : "dep" }
        xpos = range.map { document.xpos.count == document.tokens.count ? document.xpos[$0] : "" }
        lemmas = range.map { document.lemmas.count == document.tokens.count ? document.lemmas[$0].uppercased() : "" }
        var children = [[Int]](repeating: [], count: range.count)
        for (index, head) in heads.enumerated() where head >= 0 && head < range.count { children[head].append(index) }
        self.children = children
        let actorMatches = rules.actors.matches(in: words)
        actors = actorMatches.compactMap { match in
            match.value.code(on: date).map { Mention(range: match.range, code: $0, placement: nil) }
        }
        let taken = Set(actorMatches.flatMap { Array($0.range) })
        agents = (rules.nestedAgents ? rules.agents.allMatches(in: words) : rules.agents.matches(in: words)).filter { !$0.range.contains(where: taken.contains) }.map {
            Mention(range: $0.range, code: $0.value.code, placement: $0.value.placement)
        }
    }

    var count: Int { words.count }

    /// Steps from `token` up to the root.
    func depth(of token: Int) -> Int {
        var depth = 0, current = token
        while heads[current] >= 0, depth < count { current = heads[current]; depth += 1 }
        return depth
    }

    func kids(_ token: Int, _ relations: [String]) -> [Int] { children[token].filter { relations.contains(deprels[$0]) } }

    /// Relations that leave a noun phrase's core: what hangs there is another phrase or clause.
    static let phraseBoundaries: Set<String> = [
        "prep", "relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "ccomp", "parataxis", "preconj", "mark",
    ]

    /// The tokens of the noun phrase headed by `head`, without its prepositional phrases, clauses, appositions and
    /// conjuncts.
    func core(of head: Int) -> Set<Int> {
        var found: Set<Int> = [head]
        var stack = [head]
        while let token = stack.popLast() {
            for child in children[token] where !Self.phraseBoundaries.contains(deprels[child]) && found.insert(child).inserted {
                stack.append(child)
            }
        }
        return found
    }

    /// The conjuncts of `head` ("Arnor, Osgiliath and Gondor"), `head` first.
    func conjuncts(of head: Int) -> [Int] {
        var result = [head]
        var index = 0
        while index < result.count, result.count < 20 {
            // Comma lists often parse as appositions: "Mordor, Rohan, Fornost and Bree".
            let appositions = kids(result[index], ["appos"]).filter { apposition in
                actors.contains { core(of: apposition).contains($0.range.lowerBound) }
            }
            result += (kids(result[index], ["conj"]) + appositions).filter { !result.contains($0) }
            index += 1
        }
        return result
    }

    /// The peer codes of the phrase headed by `head` and its conjuncts: each actor with the agents around it
    /// ("Gondor's government" → GONGOV, "MSF Arnor" → NGOARN), an agent alone as `---GOV`.
    func codes(ofArgument head: Int) -> [String] {
        let conjuncts = conjuncts(of: head)
        let first = conjuncts.map { codes(ofPhrase: $0, inherited: []) }
        // A conjunct without an actor of its own shares those of the others ("lawmakers and officials in Fornost").
        var shared: [String] = []
        for found in first { for actor in found.1 where !shared.contains(actor) { shared.append(actor) } }
        var result: [String] = []
        for (conjunct, found) in zip(conjuncts, first) {
            let codes = found.1.isEmpty && !found.0.isEmpty ? codes(ofPhrase: conjunct, inherited: shared).0 : found.0
            for code in codes where !result.contains(code) { result.append(code) }
        }
        return result
    }

    /// The codes of one phrase (not its conjuncts), and the bare actor codes in it.
    private func codes(ofPhrase head: Int, inherited: [String], depth: Int = 0) -> ([String], [String]) {
        let core = core(of: head)
        // One phrase names one actor, its first ("Ithilen's minister Calimehtar" is Ithilen's).
        var actors: [String] = []
        if let first = self.actors.first(where: { core.contains($0.range.lowerBound) }) {
            // THE_SHIRE [FRO/BIL/SAM]: one phrase standing for several actors.
            actors += first.code.split(separator: "/").map(String.init)
            // "Old foes Gondor and Osgiliath": the actor's own conjuncts.
            let token = first.range.first { !first.range.contains(heads[$0]) } ?? first.range.lowerBound
            for conjunct in conjuncts(of: token).dropFirst() {
                if let other = self.actors.first(where: { $0.range.contains(conjunct) }) {
                    for code in other.code.split(separator: "/").map(String.init) where !actors.contains(code) { actors.append(code) }
                }
            }
        }
        let agents = self.agents.filter { core.contains($0.range.lowerBound) }
        var combined: [String] = []
        if actors.isEmpty, depth < 3 {
            // "activists in Arnor", "ambassadors of Arnor, Osgiliath and Gondor", "soldiers from Gondor".
            for preposition in kids(head, ["prep"]) where ["OF", "IN", "FROM", "FOR", "AT", "BY"].contains(words.words[preposition]) {
                for object in kids(preposition, ["pobj"]) {
                    for conjunct in conjuncts(of: object) {
                        let inner = codes(ofPhrase: conjunct, inherited: [], depth: depth + 1)
                        combined += inner.0
                        actors += inner.1
                    }
                }
                if !combined.isEmpty { break }
            }
        }
        if actors.isEmpty && combined.isEmpty { actors = inherited }
        if !combined.isEmpty {
            if agentsOnFirstOnly { return ([Self.combine(combined[0], agents)] + combined.dropFirst(), actors) }
            return (combined.map { Self.combine($0, agents) }, actors)
        }
        if actors.isEmpty {
            return agents.isEmpty ? ([], []) : ([Self.combine("---", agents)], [])
        }
        return (actors.map { Self.combine($0, agents) }, actors)
    }

    /// An actor's code with the agents' codes around it, each agent once and none the code already holds
    /// (WHITE_HOUSE [USAGOV] with "officials" [~GOV] stays USAGOV).
    static func combine(_ actor: String, _ agents: [Mention]) -> String {
        var code = actor
        var seen: Set<String> = []
        for agent in agents where seen.insert(agent.code).inserted && !holds(code, agent.code) {
            code = agent.placement == .prefix ? agent.code + code : code + agent.code
        }
        return code
    }

    /// Whether `code` holds `chunk` at a three-letter boundary.
    static func holds(_ code: String, _ chunk: String) -> Bool {
        let letters = Array(code), part = Array(chunk)
        guard !part.isEmpty else { return true }
        return stride(from: 0, through: letters.count - part.count, by: 3).contains { Array(letters[$0..<$0 + part.count]) == part }
    }

    /// The phrase head of the mention at `range`: its highest token, then up through compounds and modifiers.
    func phraseHead(of range: Range<Int>) -> Int {
        var head = range.first { !range.contains(heads[$0]) } ?? range.lowerBound
        var steps = 0
        while steps < 4, ["compound", "amod", "poss", "nmod", "nn"].contains(deprels[head]), heads[head] >= 0 {
            head = heads[head]
            steps += 1
        }
        return head
    }

    /// Tokens of the clause of `verb` as the verb patterns read it: its subtree without the clauses coordinated
    /// with it or subordinate to it. Participles and relative clauses that modify its nouns stay ("the roads
    /// leading into Mordor"), and so do clausal complements ("allowed that Mordor isn't a pleasant place"), as
    /// PETRARCH reads the whole verb phrase.
    func clause(of verb: Int) -> Set<Int> {
        let nested: Set<String> = ["advcl", "parataxis", "conj", "csubj", "punct"]
        var found: Set<Int> = [verb]
        var stack = [verb]
        while let token = stack.popLast() {
            for child in children[token] {
                var isNested = nested.contains(deprels[child]) && (xpos[child].startsWithUTF8("VB") || deprels[child] != "conj")
                // "signed an accord to supply Gondor": an infinitive of purpose is part of the act.
                if deprels[child] == "advcl", xpos[child] == "VB",
                   kids(child, ["aux"]).contains(where: { words.words[$0] == "TO" }) { isNested = false }
                if !isNested && found.insert(child).inserted { stack.append(child) }
            }
        }
        return found
    }
}
