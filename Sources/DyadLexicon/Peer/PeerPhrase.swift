/// A phrase as TABARI and PETRARCH write it: words joined by `_` (consecutive) or blanks (words may come between).
///
/// `SAMOA,_AMERICAN_`, `GROUP OF 77`, `!MINIST!_OF_SILLY_WALKS`: the text is kept exactly as written; ``words`` splits
/// it. A trailing `_` stops the phrase: TABARI matches its last word whole instead of as a stem.
public struct PeerPhrase: Sendable, Hashable, CustomStringConvertible {
    /// What follows a word in the written phrase.
    public enum Separator: Sendable, Hashable {
        /// `_`: the next word must follow directly; after the last word, "stop" (no stemming).
        case underscore
        /// One or more blanks: other words may come between (PETRARCH), or a plain word break (TABARI).
        case blank
        /// Nothing: the last word, written without a trailing `_`.
        case end
    }

    /// One word of the phrase.
    public struct Word: Sendable, Hashable {
        /// The word as written, in its original case.
        public let text: String
        /// What follows it.
        public let separator: Separator
    }

    /// The phrase exactly as written (without surrounding blanks).
    public let text: String
    /// The words, in order; never empty.
    public let words: [Word]

    /// Splits `text` into words; `nil` when it has no word at all (only separators).
    public init?(_ text: String) {
        var words: [Word] = []
        let utf8 = text.utf8
        var wordStart: String.Index?
        var pending: Separator?
        func flush(_ end: String.Index) {
            guard let start = wordStart else { return }
            if let separator = pending, let last = words.popLast() {
                words.append(Word(text: last.text, separator: separator))
            }
            words.append(Word(text: String(text[start..<end]), separator: .end))
            wordStart = nil
            pending = nil
        }
        var index = utf8.startIndex
        while index != utf8.endIndex {
            switch utf8[index] {
            case 0x5F:
                flush(index)
                pending = .underscore
            case 0x20, 0x09:
                flush(index)
                if pending == nil { pending = .blank }
            default:
                if wordStart == nil { wordStart = index }
            }
            index = utf8.index(after: index)
        }
        flush(utf8.endIndex)
        guard !words.isEmpty else { return nil }
        if pending == .underscore, let last = words.popLast() {
            words.append(Word(text: last.text, separator: .underscore))
        }
        self.text = text
        self.words = words
    }

    /// True when the phrase ends with `_`: its last word is matched whole, not as a stem.
    public var isStopped: Bool { words.last?.separator == .underscore }

    /// The words joined by single blanks, upper-cased: the form PETRARCH matches against.
    public var normalized: String { words.map { $0.text.uppercased() }.joined(separator: " ") }

    /// The phrase as written.
    public var description: String { text }
}
