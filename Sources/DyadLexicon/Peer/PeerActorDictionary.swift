import DyadCore

/// A TABARI/PETRARCH `.actors` dictionary: phrases naming actors, their `+` synonyms, and their (dated) codes.
///
/// ```
/// GOLLUM  # pas 27 Apr 03
/// +SMEAGOL
///     [HOB < 950601]
///     [HOBGOV 950601 - 990815]
/// ALBRIGHT  [USAGOV 991201-010114] [---]
/// ```
/// Comments start with `#` or `;` (outside brackets) or are `<!-- ... -->`. TABARI's `<NOUN>` … `</NOUN>` and
/// `<ADJECTIVE>` … `</ADJECTIVE>` word lists are kept as ``wordClasses``. See ``PeerDate`` for the century pivot.
public struct PeerActorDictionary: PeerDictionaryReadable, Sendable, Hashable {
    /// One actor: its phrase, synonyms and codes.
    public struct Entry: Sendable, Hashable {
        /// The phrase that starts the entry.
        public let phrase: PeerPhrase
        /// The `+` lines: other phrases for the same actor.
        public let synonyms: [Synonym]
        /// The codes, dated or not, in file order; never empty.
        public let codes: [PeerDatedCode]
        /// Where the entry's phrase is.
        public let location: SourceLocation

        /// Creates an entry.
        public init(phrase: PeerPhrase, synonyms: [Synonym], codes: [PeerDatedCode], location: SourceLocation) {
            self.phrase = phrase
            self.synonyms = synonyms
            self.codes = codes
            self.location = location
        }

        /// The phrase and its synonyms.
        public var phrases: [PeerPhrase] { [phrase] + synonyms.map(\.phrase) }

        /// The codes that apply on `day`: the dated ones covering it, or else the undated ones (TABARI's rule).
        public func codes(on day: CalendarDate) -> [PeerDatedCode] {
            let dated = codes.filter { $0.restriction?.covers(day) == true }
            return dated.isEmpty ? codes.filter { $0.restriction == nil } : dated
        }
    }

    /// A `+` synonym line.
    public struct Synonym: Sendable, Hashable {
        /// The phrase after the `+`.
        public let phrase: PeerPhrase
        /// Where the `+` is.
        public let location: SourceLocation

        /// Creates a synonym.
        public init(phrase: PeerPhrase, location: SourceLocation) {
            self.phrase = phrase
            self.location = location
        }
    }

    /// A TABARI word list such as `<NOUN>` … `</NOUN>`.
    public struct WordClass: Sendable, Hashable {
        /// The tag name, e.g. `NOUN`.
        public let name: String
        /// The words or phrases, each with where it is.
        public let members: [Synonym]
        /// Where the opening tag is.
        public let location: SourceLocation
    }

    /// The actors, in file order.
    public var entries: [Entry]
    /// The TABARI word lists, in file order.
    public var wordClasses: [WordClass]

    /// Creates a dictionary.
    public init(entries: [Entry] = [], wordClasses: [WordClass] = []) {
        self.entries = entries
        self.wordClasses = wordClasses
    }

    /// Number of phrases: entries plus synonyms.
    public var phraseCount: Int { entries.reduce(0) { $0 + 1 + $1.synonyms.count } }

    /// Number of codes over all entries.
    public var codeCount: Int { entries.reduce(0) { $0 + $1.codes.count } }

    /// Reads an `.actors` file; see ``PeerDictionaryReadable``.
    public static func parse(bytes: [UInt8], file: String) -> PeerLoadResult<PeerActorDictionary> {
        var reader = PeerActorReader(context: PeerReadContext(bytes: bytes, file: file))
        return reader.read()
    }
}
