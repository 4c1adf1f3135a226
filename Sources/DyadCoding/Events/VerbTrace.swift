/// What the coder saw and decided for one verb of a sentence (`dyad explain`).
public struct VerbTrace: Sendable {
    /// The verb's token.
    public let token: Int
    /// The verb as written.
    public let verb: String
    /// Its lemma.
    public let lemma: String
    /// The verb entries whose patterns apply to it.
    public let entries: [String]
    /// Why the verb gave no event, when it gave none.
    public var skipped: String?
    /// What the coder read around the verb: voice, source, object, prepositions, particle, governed verb.
    public var slots: [String: String] = [:]
    /// The patterns whose cues held, in the order they were tried.
    public var held: [String] = []
    /// The pattern that gave the events.
    public var chosen: String?
    /// The events.
    public var events: [CodedEvent] = []

    init(token: Int, verb: String, lemma: String, entries: [String]) {
        self.token = token
        self.verb = verb
        self.lemma = lemma
        self.entries = entries
    }
}
