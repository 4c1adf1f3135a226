import DyadCore

/// A verb of the event coder's lexicon with its patterns, most specific first, and the example sentences that
/// must code to its codes (docs/lexicon-format.md, "Verb patterns").
public struct VerbEntry: Sendable, Hashable {
    /// The entry's id ("sign").
    public let key: String
    /// The verb lemmas the patterns apply to ("sign", "ink").
    public let lemmas: [String]
    /// The patterns, in file order.
    public let patterns: [VerbPattern]
    /// Example sentences with the code each must yield.
    public let examples: [Example]
    /// The file and line of the header.
    public let location: SourceLocation

    /// A sentence of ours that must code to `code`.
    public struct Example: Sendable, Hashable {
        /// The expected CAMEO code.
        public let code: EventCode
        /// The sentence.
        public let text: String
        /// The line it was written on.
        public let line: Int
    }

    /// Creates an entry.
    public init(key: String, lemmas: [String], patterns: [VerbPattern], examples: [Example], location: SourceLocation) {
        self.key = key
        self.lemmas = lemmas
        self.patterns = patterns
        self.examples = examples
        self.location = location
    }

    /// The full id, `verb/key`.
    public var id: String { "verb/\(key)" }
}

/// One pattern line: a CAMEO code and the cues that must hold for it.
public struct VerbPattern: Sendable, Hashable {
    /// Where the target comes from.
    public enum Target: String, Sendable, Hashable {
        /// The direct object.
        case object = "obj"
        /// The object of the pattern's preposition.
        case preposition = "prep"
        /// No target.
        case none
    }

    /// Which voice the pattern applies to.
    public enum Voice: String, Sendable, Hashable {
        case active, passive
    }

    /// The event code.
    public let code: EventCode
    /// Words the object's head must be (`obj=`), if constrained.
    public var object: WordSet?
    /// Words the object's head must not be (`!obj=`).
    public var notObject: WordSet?
    /// Prepositions whose object is the target or must be present (`prep=`).
    public var prepositions: [String] = []
    /// The particles (`prt=`, alternatives joined by `|`), one of which the verb must have.
    public var particles: [String] = []
    /// Lemmas of a governed verb (`comp=`).
    public var complement: WordSet?
    /// Where the target comes from.
    public var target: Target = .object
    /// The voice the pattern is limited to, if any.
    public var voice: Voice?
    /// Whether the subject must name two actors or more, who act on each other (`subj=pair`: "Thai and Cambodian
    /// troops clashed").
    public var pairedSubject = false
    /// Words the subject's head must be (`subj=missile|rocket`): what does the act, when it is a thing, says how
    /// ("a Russian missile struck a train" is force, "the storm struck the coast" is not).
    public var subject: WordSet?
    /// The pattern as written, for explanations.
    public let text: String
    /// The line it was written on.
    public let line: Int

    /// Creates a pattern with no cues.
    public init(code: EventCode, text: String, line: Int) {
        self.code = code
        self.text = text
        self.line = line
    }
}

/// A set of lemmas written in a cue: words, `&SYNSET` references (expanded when the lexicon is assembled), or `*`.
public struct WordSet: Sendable, Hashable {
    /// The lemmas, lower case, synsets expanded once the lexicon is assembled.
    public var words: Set<String>
    /// The synsets referred to, by name.
    public var synsets: [String]
    /// `*`: any word.
    public var any: Bool

    /// Whether `lemma` is in the set.
    public func contains(_ lemma: String) -> Bool {
        if any { return true }
        // The coder's lemmas come lower-cased already: only one with a capital or a non-ASCII byte is lowered again.
        let lowered = lemma.utf8.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) } ? lemma.lowercased() : lemma
        return words.contains(lowered)
    }
}

/// A named set of words patterns share (`[synset AGREEMENT]`).
public struct Synset: Sendable, Hashable {
    /// The name, e.g. "AGREEMENT".
    public let name: String
    /// The words, lower case.
    public let words: [String]
    /// The file and line of the header.
    public let location: SourceLocation
}

/// Phrases that mark a sentence as outside political events (`[discard sports]`): sports, markets and weather
/// written with conflict words ("the Blue Jays rallied past the Yankees", "shares plunged"). A sentence with one of them
/// codes no event; `dyad explain` names the phrase and the entry.
public struct Discard: Sendable, Hashable {
    /// The entry's name, e.g. "sports".
    public let name: String
    /// The phrases, lower case, as words separated by single spaces.
    public let phrases: [String]
    /// The file and line of the header.
    public let location: SourceLocation
}
