import DyadCore

/// A TABARI/PETRARCH `.agents` dictionary: phrases for roles ("MINISTER", "NGO") and the code they add to an actor.
///
/// ```
/// !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
/// CONGRESS!PERSON! [~LEG]                       # ~ first: the code goes after the actor's (USA → USALEG)
/// ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   # {…}: the plural, when it is not regular
/// POLICE {} [~COP]                              # {}: no plural
/// HUMAN_RIGHTS_BODY [NGO~]                      # ~ last: the code goes before the actor's
/// ```
/// Substitution markers `!NAME!` stand for each member of their set, with no plural formed (PETRARCH's rules).
public struct PeerAgentDictionary: PeerDictionaryReadable, Sendable, Hashable {
    /// A `!NAME! = A, B, C` line.
    public struct SubstitutionSet: Sendable, Hashable {
        /// The name between the `!`s.
        public let name: String
        /// The members, blanks around them removed.
        public let members: [String]
        /// Where the line is.
        public let location: SourceLocation
    }

    /// An agent's plural, as the `{...}` after the phrase says.
    public enum Plural: Sendable, Hashable {
        /// No braces: the regular plural is formed (`-IES` after `Y`, `-ES` after `S`, else `-S`).
        case regular
        /// `{}`: the phrase has no separate plural.
        case none
        /// `{PHRASE}`: this plural.
        case irregular(PeerPhrase)
    }

    /// Where an agent's code goes relative to the actor's code.
    public enum Placement: Sendable, Hashable {
        /// `[~GOV]`: after it (USA + GOV → USAGOV).
        case suffix
        /// `[NGO~]`: before it (NGO + USA → NGOUSA).
        case prefix
    }

    /// One agent line.
    public struct Entry: Sendable, Hashable {
        /// The phrase as written, substitution markers included.
        public let phrase: PeerPhrase
        /// Its plural.
        public let plural: Plural
        /// The code without its `~`, as written.
        public let code: PeerCode
        /// Whether the code is added after or before the actor's.
        public let placement: Placement
        /// The code read as CAMEO actor code chunks; `nil` when Dyad cannot read it.
        public let actorCode: ActorCode?
        /// Where the phrase is.
        public let location: SourceLocation

        /// The `!NAME!` markers in the phrase, by name, in order.
        public var substitutionMarkers: [String] { PeerAgentDictionary.markers(in: phrase.text).map(\.name) }

        /// The code as written in the file: `~GOV` or `NGO~`.
        public var writtenCode: String { placement == .suffix ? "~\(code)" : "\(code)~" }
    }

    /// The agents, in file order.
    public var entries: [Entry]
    /// The substitution sets, in file order.
    public var substitutionSets: [SubstitutionSet]

    /// Creates a dictionary.
    public init(entries: [Entry] = [], substitutionSets: [SubstitutionSet] = []) {
        self.entries = entries
        self.substitutionSets = substitutionSets
    }

    /// Every phrase text `entry` stands for, as PETRARCH expands it: markers replaced by each member (no plural),
    /// otherwise the phrase and its plural. Words are joined by single blanks and upper-cased.
    public func expandedPhrases(of entry: Entry) -> [String] {
        let sets = Dictionary(substitutionSets.map { ($0.name, $0.members) }, uniquingKeysWith: { first, _ in first })
        var texts = [entry.phrase.text]
        while let index = texts.firstIndex(where: { !PeerAgentDictionary.markers(in: $0).isEmpty }) {
            let text = texts.remove(at: index)
            let marker = PeerAgentDictionary.markers(in: text)[0]
            let members = sets[marker.name] ?? []
            let before = String(text.unicodeScalars.prefix(marker.range.lowerBound))
            let after = String(text.unicodeScalars.dropFirst(marker.range.upperBound))
            texts.insert(contentsOf: members.map { before + $0 + after }, at: index)
        }
        var phrases = texts.compactMap { PeerPhrase($0)?.normalized }
        if entry.substitutionMarkers.isEmpty {
            switch entry.plural {
            case .none: break
            case .irregular(let plural): phrases.append(plural.normalized)
            case .regular:
                let singular = entry.phrase.normalized
                if singular.hasSuffix("Y") {
                    phrases.append(singular.dropLast() + "IES")
                } else {
                    phrases.append(singular + (singular.hasSuffix("S") ? "ES" : "S"))
                }
            }
        }
        return phrases
    }

    /// The `!NAME!` markers in `text`: names and scalar offsets of the whole marker, `!`s included.
    static func markers(in text: String) -> [(name: String, range: Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        var open: Int?
        var name = ""
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "!" {
                if let start = open {
                    found.append((name, start..<offset + 1))
                    open = nil
                } else {
                    open = offset
                    name = ""
                }
            } else if open != nil {
                name.unicodeScalars.append(scalar)
            }
        }
        return found
    }

    /// Reads an `.agents` file; see ``PeerDictionaryReadable``.
    public static func parse(bytes: [UInt8], file: String) -> PeerLoadResult<PeerAgentDictionary> {
        var reader = PeerAgentReader(context: PeerReadContext(bytes: bytes, file: file))
        return reader.read()
    }
}
