import DyadCore

/// A verb dictionary: TABARI `.verbs` (CAMEO.091003.master.verbs) or PETRARCH's (CAMEO.2.0.txt).
///
/// PETRARCH groups synonymous verbs in blocks headed `--- NAME [CODE] ---`; TABARI starts a block at every verb
/// line (`ABANDON [---]`). Both follow a verb with its patterns (``PeerVerbPattern``). Synsets `&NAME` list `+`
/// members and may be used in patterns; `&NAME_` (trailing `_`) forms no plurals. PETRARCH adds transformations
/// (`~ a (a b ATTACK) SAY = a b 015`); TABARI adds `<SYNSETS>` and `<TIME>` sections. Irregular verb forms follow
/// the verb in `{...}` (or on the next line in TABARI); a multi-word verb marks its verb word with `+`
/// (`+CORDON_OFF`, `WIRE_+TAP`).
public struct PeerVerbDictionary: PeerDictionaryReadable, Sendable, Hashable {
    /// A synset: `&NAME` and its `+` members.
    public struct Synset: Sendable, Hashable {
        /// The name without `&` or trailing `_`.
        public let name: String
        /// False when the name was written with a trailing `_`: no plurals are formed for the members.
        public let formsPlurals: Bool
        /// The members, in order.
        public let members: [Member]
        /// The enclosing section (`####### NAME #######` heading or `<TAG>`), if any.
        public let section: String?
        /// Where `&NAME` is.
        public let location: SourceLocation
    }

    /// A `+` member of a synset.
    public struct Member: Sendable, Hashable {
        /// The member after `+`, as written.
        public let text: String
        /// Its tokens: words, and synsets when one synset contains another.
        public let tokens: [PeerVerbPattern.Token]
        /// Where the `+` is.
        public let location: SourceLocation

        /// True when written with a trailing `_`: no plural is formed.
        public var isStopped: Bool { tokens.last?.isStopped == true }
    }

    /// A verb line.
    public struct Verb: Sendable, Hashable {
        /// The verb as written, without forms or code: `HURRY`, `+CORDON_OFF`, `WIRE_+TAP`, `ARREST AND_CHARGE`.
        public let text: String
        /// Its words, `_`/blank-separated, without `+`.
        public let words: [String]
        /// For a multi-word verb, the index in ``words`` of the word marked `+` (the one that inflects).
        public let inflectedWord: Int?
        /// The forms in `{...}`, split at blanks; `nil` when none were given (regular forms are made); empty for `{}`.
        public let forms: [String]?
        /// The verb's own code; `nil` when it takes its block's.
        public let code: PeerVerbCode?
        /// Where the verb is.
        public let location: SourceLocation
    }

    /// A block of synonymous verbs and their patterns.
    public struct Block: Sendable, Hashable {
        /// The `--- NAME ---` name; in TABARI files, the verb that starts the block.
        public let name: String
        /// The block's code, used by verbs without their own; `nil` when none was written.
        public let code: PeerVerbCode?
        /// The verbs, in order.
        public let verbs: [Verb]
        /// The patterns, in order.
        public let patterns: [PeerVerbPattern]
        /// The enclosing section (`####### NAME #######` heading or `<TAG>` such as `TIME`), if any.
        public let section: String?
        /// Where the block starts.
        public let location: SourceLocation
    }

    /// A PETRARCH transformation: `~ PATTERN = RESULT`.
    public struct Transformation: Sendable, Hashable {
        /// What is matched, as written.
        public let pattern: String
        /// What it becomes, as written.
        public let result: String
        /// Where the `~` is.
        public let location: SourceLocation
    }

    /// The synsets, in file order.
    public var synsets: [Synset]
    /// The verb blocks, in file order.
    public var blocks: [Block]
    /// The transformations, in file order.
    public var transformations: [Transformation]
    /// True when the file is PETRARCH's (it has `--- NAME ---` block headings), false for TABARI's.
    public var isPetrarch: Bool

    /// Creates a dictionary.
    public init(synsets: [Synset] = [], blocks: [Block] = [], transformations: [Transformation] = [],
                isPetrarch: Bool = false) {
        self.synsets = synsets
        self.blocks = blocks
        self.transformations = transformations
        self.isPetrarch = isPetrarch
    }

    /// The synset called `name` (without `&`), if the file defines it.
    public func synset(named name: String) -> Synset? { synsets.first { $0.name == name } }

    /// Number of verb lines over all blocks.
    public var verbCount: Int { blocks.reduce(0) { $0 + $1.verbs.count } }

    /// Number of patterns over all blocks.
    public var patternCount: Int { blocks.reduce(0) { $0 + $1.patterns.count } }

    /// Reads a verb dictionary; see ``PeerDictionaryReadable``. The dialect (TABARI or PETRARCH) is seen from the
    /// file: PETRARCH files have `--- NAME ---` block headings.
    public static func parse(bytes: [UInt8], file: String) -> PeerLoadResult<PeerVerbDictionary> {
        var reader = PeerVerbReader(context: PeerReadContext(bytes: bytes, file: file))
        return reader.read()
    }
}
