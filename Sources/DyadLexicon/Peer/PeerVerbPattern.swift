import DyadCore

/// A verb pattern line: `- SAID + MUST * POLICY [100]` in TABARI, `- * (TO {BANNED PARTIES}) $ [1722]` in PETRARCH 2.
///
/// The pattern is kept as written and as tokens. Markers: `*` the verb, `$` the source actor, `+` the target actor,
/// `%` a compound actor (source and target), `^` skip one noun phrase; `&NAME` a synset; `( … )` a prepositional
/// phrase and `{ … }` a noun phrase (PETRARCH 2); `{ A | B }` alternatives (TABARI). A word directly followed by
/// `_` must be followed directly by the next token (and in TABARI is matched whole, not as a stem); TABARI's `~`
/// after a word (`REAL~_PLEASANT`) matches it as a stem all the same.
public struct PeerVerbPattern: Sendable, Hashable, CustomStringConvertible {
    /// One element of a pattern.
    public struct Token: Sendable, Hashable {
        /// What the token is.
        public enum Kind: Sendable, Hashable {
            /// A word, as written.
            case word(String)
            /// `&NAME`: a synset, by name without `&`; `isDefined` is false when the file never defines it.
            case synset(String, isDefined: Bool)
            /// `*`: where the verb is.
            case verb
            /// `$`: the source actor.
            case source
            /// `+`: the target actor.
            case target
            /// `%`: a compound actor, both source and target.
            case compound
            /// `^`: skip a noun phrase.
            case skip
            /// `(`: a prepositional phrase starts.
            case openPrepositionalPhrase
            /// `)`: it ends.
            case closePrepositionalPhrase
            /// `{`: a noun phrase (PETRARCH 2) or a set of alternatives (TABARI) starts.
            case openGroup
            /// `}`: it ends.
            case closeGroup
            /// `|`: separates alternatives inside `{ … }`.
            case alternative
        }

        /// What the token is.
        public let kind: Kind
        /// The 1-based column where it starts in its line.
        public let column: Int
        /// True when written directly after `_` (`WAS_*`, `IN_AND_*_OUT`): nothing may come between.
        public let joinedToPrevious: Bool
        /// True when written directly before `_`: TABARI matches the word whole (no stemming).
        public let isStopped: Bool
        /// True when written with `~` after it: TABARI matches the word as a stem even though `_` follows.
        public let isStem: Bool
    }

    /// The pattern as written: the text between the leading `-` and the code, trimmed.
    public let text: String
    /// The pattern's tokens, in order.
    public let tokens: [Token]
    /// The code the pattern gives.
    public let code: PeerVerbCode
    /// Where the leading `-` is.
    public let location: SourceLocation

    /// Creates a pattern.
    public init(text: String, tokens: [Token], code: PeerVerbCode, location: SourceLocation) {
        self.text = text
        self.tokens = tokens
        self.code = code
        self.location = location
    }

    /// The tokens before the verb marker `*`.
    public var beforeVerb: ArraySlice<Token> {
        tokens[..<(tokens.firstIndex { $0.kind == .verb } ?? tokens.endIndex)]
    }

    /// The tokens after the verb marker `*`.
    public var afterVerb: ArraySlice<Token> {
        guard let verb = tokens.firstIndex(where: { $0.kind == .verb }) else { return [] }
        return tokens[(verb + 1)...]
    }

    /// The names of the synsets the pattern uses, in order.
    public var synsetNames: [String] {
        tokens.compactMap { if case .synset(let name, _) = $0.kind { name } else { nil } }
    }

    /// The pattern line as written: `- TEXT [CODE]`.
    public var description: String { "- \(text) \(code)" }
}

extension PeerVerbPattern.Token {
    /// The same token, marked as written before `_`.
    func with(stopped: Bool) -> Self {
        .init(kind: kind, column: column, joinedToPrevious: joinedToPrevious, isStopped: stopped, isStem: isStem)
    }

    /// The same token, marked as written before `~`.
    func with(stem: Bool) -> Self {
        .init(kind: kind, column: column, joinedToPrevious: joinedToPrevious, isStopped: isStopped, isStem: stem)
    }
}
