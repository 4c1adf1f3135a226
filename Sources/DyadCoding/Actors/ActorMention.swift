import DyadCore

/// An actor found in a sentence: where it is, the code it resolved to, and why.
public struct ActorMention: Sendable, Hashable, Codable {
    /// The sentence's index in the document (0-based).
    public let sentence: Int
    /// The first and one-past-last token of the mention (document token indices).
    public let tokens: Range<Int>
    /// Character offsets of the mention in the document text.
    public let span: Span
    /// The mention's text as it appears in the document.
    public let text: String
    /// The resolved actor code.
    public let code: ActorCode
    /// A readable name for the actor ("Vladimir Putin", "Russia" + "government").
    public let name: String
    /// The dictionary entry that gave the code: a lexicon id ("person/vladimir-putin") or a peer file:line.
    public let entry: String
    /// Why this code: "dated role", "agent composition", "coreference", ...
    public let rule: String
    /// The token that heads the mention's noun phrase.
    public let head: Int

    /// Creates a mention.
    public init(sentence: Int, tokens: Range<Int>, span: Span, text: String, code: ActorCode, name: String,
                entry: String, rule: String, head: Int) {
        self.sentence = sentence
        self.tokens = tokens
        self.span = span
        self.text = text
        self.code = code
        self.name = name
        self.entry = entry
        self.rule = rule
        self.head = head
    }

    /// The same words read as another actor or for another reason: `code`, `name` and `entry` when given, and `rule`.
    public func reread(code: ActorCode? = nil, name: String? = nil, entry: String? = nil, rule: String) -> ActorMention {
        ActorMention(sentence: sentence, tokens: tokens, span: span, text: text, code: code ?? self.code,
                     name: name ?? self.name, entry: entry ?? self.entry, rule: rule, head: head)
    }
}

extension ActorMention {
    /// The rule of a city or other place read as its country ("Karachi" → PAK).
    static let placeRule = "place in the country"
    /// The rule of a capital read as its state ("Quito" → ECU).
    static let capitalRule = "capital for the state"

    /// Whether the mention is a city, place or capital read as its country: where an act happens more than whom.
    var namesPlace: Bool { rule == Self.placeRule || rule == Self.capitalRule }

    /// How the rules of an agent whose country is only a guess begin ("agent, country of the document", "… of the
    /// sentence", "… of the phrase it is coordinated with").
    static let guessedCountryRule = "agent, country of"
    /// Whether the mention's country is such a guess.
    var hasGuessedCountry: Bool { rule.hasPrefix(Self.guessedCountryRule) }
    /// The rule of a pronoun ("it", "them") read as the last actor named.
    static let pronounRule = "coreference: it"
    /// Whether the mention is a person: one the lexicon knows, or one the text names that it does not.
    var isPerson: Bool { entry.hasPrefix("person/") || rule.hasPrefix("unknown person") }
}

extension ActorRole {
    /// Armed groups that are no state's forces.
    static let irregularForces: Set<ActorRole> = [.rebels, .insurgents, .separatists, .unalignedArmedForces]
}

extension ActorCode {
    /// A transnational militant group's (`IMG…`) branch in `country`: Islamic State in Pakistan is PAKREBISI.
    func branch(in country: String) -> ActorCode? {
        guard code.hasPrefix("IMG"), let suffix = components.last?.code else { return nil }
        return try? ActorCode(country + "REB" + suffix)
    }
}
