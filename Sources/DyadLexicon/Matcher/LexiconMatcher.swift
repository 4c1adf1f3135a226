/// Finds the phrases of a ``Lexicon`` in tokenized text and says which entries and fields each one belongs to.
public struct LexiconMatcher: Sendable {
    /// One entry a matched phrase belongs to.
    public struct Hit: Sendable, Hashable {
        /// The index of the entry in ``LexiconMatcher/lexicon``'s `entries`.
        public let entry: Int
        /// The field the phrase was written in.
        public let field: LexiconPhrase.Field
        /// The line of the phrase.
        public let line: Int
    }

    /// A phrase found in text with every entry it belongs to.
    public struct Match: Sendable, Hashable {
        /// The tokens it covers (indices into the token array given to ``LexiconMatcher/matches(in:)``).
        public let tokens: Range<Int>
        /// The entries and fields of the phrase.
        public let hits: [Hit]
    }

    /// The lexicon matched against.
    public let lexicon: Lexicon
    private let matcher: PhraseMatcher
    private let hits: [Hit]

    /// Compiles every phrase of `lexicon`.
    public init(lexicon: Lexicon) {
        var builder = PhraseMatcher.Builder()
        var hits: [Hit] = []
        for (index, entry) in lexicon.entries.enumerated() {
            for phrase in entry.phrases {
                let added: Bool
                switch phrase.matching {
                case .standard:
                    added = builder.add(phrase.text, payload: Int32(hits.count))
                case .peer(let stem):
                    added = builder.add(words: WordKey.words(ofPhrase: phrase.text), payload: Int32(hits.count),
                                        stem: stem)
                }
                if added {
                    hits.append(Hit(entry: index, field: phrase.field, line: phrase.line))
                }
            }
        }
        self.lexicon = lexicon
        self.matcher = builder.build()
        self.hits = hits
    }

    /// The number of phrases compiled.
    public var phraseCount: Int { matcher.phraseCount }

    /// The longest phrases in `tokens`, left to right, not overlapping.
    public func matches(in tokens: [Substring]) -> [Match] {
        matcher.matches(in: tokens).map { match in
            Match(tokens: match.tokens, hits: match.payloads.map { hits[Int($0)] })
        }
    }
}
