import Foundation
import DyadCore
import DyadLexicon

/// TABARI or PETRARCH dictionaries compiled for coding: actor, agent and discard phrases indexed for matching, verbs
/// indexed by the word that inflects, and their patterns compiled into sequences the matcher walks.
public struct PeerRules: Sendable {
    /// An actor phrase's codes, by date.
    struct Actor: Sendable {
        let entry: PeerActorDictionary.Entry
        /// The code in force on `day` (`---` for a null actor).
        func code(on day: CalendarDate) -> String? { entry.codes(on: day).first?.code.text }
    }

    /// An agent: its code and which side of the actor's code it goes.
    struct Agent: Sendable {
        let code: String
        let placement: PeerAgentDictionary.Placement
    }

    /// One element of a compiled pattern.
    enum Element: Sendable {
        case word(PeerWord)
        case synset(String, joined: Bool)
        case verb(joined: Bool)
        case source(joined: Bool)
        case target(joined: Bool)
        case compound(joined: Bool)
        case skip(joined: Bool)
    }

    /// A compiled pattern line.
    struct Pattern: Sendable {
        let elements: [Element]
        let code: PeerVerbCode
        let text: String
        let location: SourceLocation
        /// Words and synsets in the pattern: a pattern that asks more of the sentence wins over one that asks less.
        let weight: Int

        /// The line as written, with where it is: `- * TIES [064] (verbs.txt:994)`.
        var description: String { "- \(text) \(code) (\(location.file.split(separator: "/").last.map(String.init) ?? location.file):\(location.line.map(String.init) ?? "?"))" }
    }

    /// A verb block: its code and patterns.
    struct Block: Sendable {
        let code: PeerVerbCode?
        let patterns: [Pattern]
    }

    /// One verb line, indexed under the word that inflects.
    struct Verb: Sendable {
        /// Words that must come directly before and after the inflected word (`WIRE_+TAP`, `+CORDON_OFF`).
        let before: [String]
        let after: [String]
        let code: PeerVerbCode?
        let block: Int
        let text: String
    }

    let actors: PeerPhraseIndex<Actor>
    let agents: PeerPhraseIndex<Agent>
    let discards: PeerPhraseIndex<PeerDiscards.Scope>
    let blocks: [Block]
    /// How the dictionaries match; the flags below follow from it.
    let dialect: Dialect
    /// Whether agent phrases nested in longer ones count too (PETRARCH 1).
    var nestedAgents: Bool { dialect == .petrarch1 }
    /// Whether verb words are stems (TABARI's `RESTOR [064]` takes "restored"), unless written with a final `_`;
    /// TABARI also finds verbs by its dictionary whatever their tag.
    var stemVerbs: Bool { dialect == .tabari }
    /// Whether an agent goes with the first actor of a list only (TABARI: "the ambassadors of Arnor, Osgiliath and
    /// Gondor" are ARNGOV, OSG, GON).
    var agentsOnFirstActorOnly: Bool { dialect == .tabari }
    /// Verbs by upper-cased inflecting word and by each irregular form.
    let verbs: [String: [Verb]]
    /// Synset members as word sequences, by name.
    let synsets: [String: [[PeerWord]]]

    /// How a dictionary's pattern words match the sentence.
    public enum Dialect: Sendable {
        /// PETRARCH 2: whole words (`* EFFORT` does not take "efforts"; a `~` after a word makes it a stem); the
        /// longest agent phrase at a place wins.
        case petrarch
        /// PETRARCH 1: as PETRARCH 2, but every agent phrase found adds its code, also inside a longer one
        /// ("main opposition group" is MAIN_OPPOSITION_GROUP [~MOP] and OPPOSITION_GROUP [~OPP]: MOPOPP).
        case petrarch1
        /// TABARI: stems, unless the word is followed by `_`.
        case tabari
    }

    /// Compiles the dictionaries; `dialect` says how their pattern words match.
    public init(verbs: PeerVerbDictionary, actors: PeerActorDictionary, agents: PeerAgentDictionary,
                discards: PeerDiscards = PeerDiscards(), dialect: Dialect = .petrarch) {
        var actorIndex = PeerPhraseIndex<Actor>()
        for entry in actors.entries {
            for phrase in entry.phrases { actorIndex.add(phrase, value: Actor(entry: entry), gaps: dialect != .tabari) }
        }
        self.actors = actorIndex
        var agentIndex = PeerPhraseIndex<Agent>()
        for entry in agents.entries {
            let agent = Agent(code: entry.code.text, placement: entry.placement)
            for text in agents.expandedPhrases(of: entry) { agentIndex.add(normalized: text, value: agent) }
        }
        self.agents = agentIndex
        self.dialect = dialect
        var discardIndex = PeerPhraseIndex<PeerDiscards.Scope>()
        for entry in discards.entries { discardIndex.add(entry.phrase, value: entry.scope) }
        self.discards = discardIndex

        var synsets: [String: [[PeerWord]]] = [:]
        let byName = Dictionary(verbs.synsets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func expand(_ name: String, depth: Int) -> [[PeerWord]] {
            guard depth < 5, let synset = byName[name] else { return [] }
            return synset.members.flatMap { member -> [[PeerWord]] in
                var sequences: [[PeerWord]] = [[]]
                for token in member.tokens {
                    switch token.kind {
                    case .word(let text):
                        let word = PeerWord(text: text.uppercased(), exact: token.isStopped && !token.isStem, joined: true)
                        sequences = sequences.map { $0 + [word] }
                    case .synset(let inner, _):
                        let options = expand(inner, depth: depth + 1)
                        sequences = sequences.flatMap { prefix in options.map { prefix + $0 } }
                    default: break
                    }
                }
                return sequences.filter { !$0.isEmpty }
            }
        }
        for synset in verbs.synsets { synsets[synset.name] = expand(synset.name, depth: 0) }
        self.synsets = synsets
        let synsetNames = Set(synsets.keys)

        var blocks: [Block] = []
        var index: [String: [Verb]] = [:]
        for block in verbs.blocks {
            let number = blocks.count
            blocks.append(Block(code: block.code,
                                patterns: block.patterns.flatMap { Self.compile($0, synsets: synsetNames, dialect: dialect) }))
            for verb in block.verbs where !verb.words.isEmpty {
                let words = verb.words.map { $0.uppercased() }
                let inflected = verb.inflectedWord ?? 0
                let entry = Verb(before: Array(words[..<inflected]), after: Array(words[(inflected + 1)...]),
                                 code: verb.code, block: number, text: verb.text)
                var keys = Self.regularForms(of: words[inflected])
                // Irregular forms, written like the verb ("{+CORDONED_OFF +CORDONS_OFF}"): the word that inflects.
                for form in verb.forms ?? [] {
                    let parts = form.uppercased().split(separator: "_").map(String.init)
                    // ("{__}", a form of underscores only, has no word and is passed over.)
                    let marked = parts.firstIndex { $0.startsWithUTF8("+") } ?? min(inflected, parts.count - 1)
                    if parts.indices.contains(marked) { keys.append(parts[marked].replacingOccurrences(of: "+", with: "")) }
                }
                for key in Set(keys) { index[key, default: []].append(entry) }
            }
        }
        self.blocks = blocks
        self.verbs = index
    }

    /// A verb and its regular inflections, as TABARI forms them when no `{...}` forms are given: -S/-ES/-IES,
    /// -ED/-D/-IED, -ING (with a final E dropped), and a doubled final consonant (STOPPED, STOPPING).
    static func regularForms(of verb: String) -> [String] {
        var forms = [verb, verb + "S", verb + "ED", verb + "ING"]
        let last = verb.last
        if last == "E" { forms += [verb + "D", verb.dropLast() + "ING"] }
        if last == "S" || last == "H" || last == "X" || last == "Z" { forms.append(verb + "ES") }
        if last == "Y" { forms += [verb.dropLast() + "IES", verb.dropLast() + "IED"] }
        if let last, verb.count >= 3, !"AEIOUWXY".contains(last), "AEIOU".contains(verb[verb.index(verb.endIndex, offsetBy: -2)]) {
            forms += [verb + String(last) + "ED", verb + String(last) + "ING"]
        }
        return forms
    }

    /// A pattern token with whether it must directly follow the one before.
    typealias Placed = (token: PeerVerbPattern.Token, joined: Bool)

    /// The token sequences a pattern stands for: one per choice in each TABARI `{ A | B }` group (PETRARCH's
    /// `( … )` and `{ … }` phrases, without `|`, are transparent).
    static func variants(_ tokens: [Placed]) -> [[Placed]] {
        guard let open = tokens.firstIndex(where: { $0.token.kind == .openGroup }),
              let close = tokens[open...].firstIndex(where: { $0.token.kind == .closeGroup }),
              tokens[open..<close].contains(where: { $0.token.kind == .alternative }) else { return [tokens] }
        var choices: [[Placed]] = [[]]
        for placed in tokens[(open + 1)..<close] {
            if placed.token.kind == .alternative { choices.append([]) } else { choices[choices.count - 1].append(placed) }
        }
        let before = Array(tokens[..<open]), after = Array(tokens[(close + 1)...])
        return choices.filter { !$0.isEmpty }.flatMap { choice -> [[Placed]] in
            var choice = choice
            // The group's own joining ("DEMAND_{ GENEVA_ | … }") passes to the first word of each choice.
            choice[0].joined = choice[0].joined || tokens[open].joined
            return variants(before + choice + after)
        }
    }

    /// Compiles a pattern line into one matcher sequence per variant (see ``variants(_:)``). A synset name the
    /// file does not define is read as a shorter one that it does, followed by words (`&TIETYPES_MEMOS` as
    /// `&TIETYPES` then `MEMOS`, as TABARI and PETRARCH 1 read it).
    static func compile(_ pattern: PeerVerbPattern, synsets: Set<String>, dialect: Dialect) -> [Pattern] {
        variants(pattern.tokens.map { ($0, $0.joinedToPrevious) }).map {
            compile(pattern, tokens: $0, synsets: synsets, dialect: dialect)
        }
    }

    private static func compile(_ pattern: PeerVerbPattern, tokens: [Placed], synsets: Set<String>,
                                dialect: Dialect) -> Pattern {
        var elements: [Element] = []
        var weight = 0
        for (token, joined) in tokens {
            switch token.kind {
            case .word(let text):
                let exact = dialect != .tabari ? !token.isStem : token.isStopped && !token.isStem
                elements.append(.word(PeerWord(text: text.uppercased(), exact: exact, joined: joined)))
                weight += 1
            case .synset(let name, let isDefined):
                let parts = name.split(separator: "_").map(String.init)
                let cut = isDefined ? parts.count : (1...parts.count).reversed().first {
                    synsets.contains(parts[..<$0].joined(separator: "_"))
                } ?? parts.count
                elements.append(.synset(parts[..<cut].joined(separator: "_"), joined: joined))
                weight += 1
                for word in parts[cut...] {
                    elements.append(.word(PeerWord(text: word.uppercased(), exact: dialect != .tabari, joined: true)))
                    weight += 1
                }
            case .verb: elements.append(.verb(joined: joined))
            case .source: elements.append(.source(joined: joined))
            case .target: elements.append(.target(joined: joined))
            case .compound: elements.append(.compound(joined: joined))
            case .skip: elements.append(.skip(joined: joined))
            case .openPrepositionalPhrase, .closePrepositionalPhrase, .openGroup, .closeGroup, .alternative: break
            }
        }
        return Pattern(elements: elements, code: pattern.code, text: pattern.text, location: pattern.location, weight: weight)
    }
}
