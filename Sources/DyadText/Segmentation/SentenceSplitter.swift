import DyadCore

/// Rule-based sentence splitter over the tokenizer's tokens.
///
/// A sentence ends at terminal punctuation (`.` `!` `?` `…`, with closing quotes and brackets kept on its side) when
/// the next token can start a sentence; at a paragraph break (a blank line); and at a line break, unless the text is
/// hard-wrapped, in which case only a short line (a headline, the last line of a paragraph) ends one. Abbreviations
/// ("Gen.", "Mr.", "U.S.", "Jan."), initials and decimal numbers do not end sentences unless the next word is one
/// that typically opens a sentence ("The", "He", "But"...). A sentence longer than `maxTokens` is cut.
public struct SentenceSplitter: Sendable {
    /// Tunable limits.
    public struct Configuration: Sendable, Hashable {
        /// Longest sentence, in tokens, before it is cut.
        public var maxTokens: Int
        /// `maxTokens` below 1 is read as 1.
        public init(maxTokens: Int = 1000) { self.maxTokens = max(1, maxTokens) }
    }

    /// Why a sentence starts where it does: the splitter's explanation of each boundary.
    public enum BoundaryReason: String, Sendable, Hashable {
        /// The first sentence of the text.
        case textStart = "text start"
        /// A blank line (paragraph break) came before it.
        case paragraphBreak = "paragraph break"
        /// A line break came before it, in text that is not hard-wrapped, after a short line or before a list item.
        case lineBreak = "line break"
        /// Final punctuation (`.` `!` `?` `…`, or an abbreviation's period) before an opening word.
        case punctuation
        /// A closed quotation without final punctuation (a quoted post ending in an emoji) before an opening word.
        case closingQuote = "closing quote"
        /// The previous sentence ran past the token limit and was cut here: not a real boundary.
        case cut
        /// A wire dateline came before it ("BAGHDAD (Reuters) -"), which is a sentence of its own: parsed as part of
        /// the lead, its place became the subject of the lead's verb and the agency an actor.
        case dateline
    }

    /// The sentences and how many of them had to be cut.
    public struct Result: Sendable {
        /// The sentences in text order, together covering every token; each piece of a cut sentence is a sentence.
        public var sentences: [Sentence]
        /// Why each sentence starts where it does, one per sentence.
        public var reasons: [BoundaryReason] = []
        /// Number of cuts made in over-long sentences.
        public var cuts: Int
    }

    /// The limits this splitter applies.
    public let configuration: Configuration
    private let vocabulary = SentenceVocabulary()

    /// Creates a splitter with `configuration` (sentences cut after 1000 tokens by default).
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Splits `text`, already tokenized into `tokens`, into sentences.
    public func split(_ text: String, tokens: [Token]) -> Result {
        text.withUTF8Buffer { split(utf8: $0, tokens: tokens) }
    }

    /// Splits the UTF-8 text `bytes`, already tokenized into `tokens`, into sentences.
    public func split(utf8 bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> Result {
        guard !tokens.isEmpty else { return Result(sentences: [], cuts: 0) }
        let layout = LineLayout(bytes)
        var starts: [Int] = [0]
        var startReasons: [BoundaryReason] = [.textStart]
        var i = 0
        let n = tokens.count
        while i < n - 1 {
            let next = i + 1
            let end = tokens[i].utf8End
            let nextStart = tokens[next].utf8Start
            // Fast path: one space or nothing between the tokens, and a token that cannot end a sentence.
            if nextStart - end <= 1 && (nextStart == end || bytes[end] == 0x20) {
                let last = bytes[end - 1]
                let first = bytes[tokens[i].utf8Start]
                let mayEnd = last == 0x2E || last == 0x21 || last == 0x3F || last == 0xA6 || last == 0x5D
                    || (last >= 0x30 && last <= 0x39) || first == 0x22 || first == 0xE2 || first == 0xC2
                if !mayEnd {
                    i = next
                    continue
                }
            }
            let newlines = newlineCount(bytes, end, nextStart)
            if newlines >= 2 || (newlines == 1 && lineBreakEndsSentence(after: i, bytes, tokens, layout)) {
                starts.append(next)
                startReasons.append(newlines >= 2 ? .paragraphBreak : .lineBreak)
                i = next
                continue
            }
            if let boundary = boundaryAfterPunctuation(at: i, bytes, tokens) {
                let kind = vocabulary.terminalKind(bytes, tokens[i].utf8Start, tokens[i].utf8End)
                // An acronym that opens a sentence does not end it too: "U.S. Marines landed in Haiti" (a "No." that
                // answers a question still may: "Will Iran retaliate? No. The talks …").
                if case .abbreviation(.acronym) = kind, starts.last == i {
                    i = next
                    continue
                }
                starts.append(boundary)
                startReasons.append(kind == .none ? .closingQuote : .punctuation)
                i = boundary
                continue
            }
            i = next
        }
        // A dateline at the start of a paragraph is a sentence of its own.
        var k = 0
        while k < starts.count {
            if [.textStart, .paragraphBreak, .lineBreak, .dateline].contains(startReasons[k]) {
                let limit = k + 1 < starts.count ? starts[k + 1] : n
                if let after = datelineEnd(from: starts[k], limit: limit, bytes, tokens) {
                    starts.insert(after, at: k + 1)
                    startReasons.insert(.dateline, at: k + 1)
                }
            }
            k += 1
        }
        // Build sentences, cutting over-long ones.
        var sentences: [Sentence] = []
        sentences.reserveCapacity(starts.count)
        var reasons: [BoundaryReason] = []
        reasons.reserveCapacity(starts.count)
        var cuts = 0
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : n
            var piece = start
            while piece < end {
                let pieceEnd = min(end, piece + configuration.maxTokens)
                let first = tokens[piece], last = tokens[pieceEnd - 1]
                let wasCut = pieceEnd < end
                if wasCut { cuts += 1 }
                sentences.append(Sentence(tokens: piece..<pieceEnd, span: Span(start: first.start, end: last.end),
                                          utf8Range: first.utf8Start..<last.utf8End, wasCut: wasCut))
                reasons.append(piece == start ? startReasons[k] : .cut)
                piece = pieceEnd
            }
        }
        return Result(sentences: sentences, reasons: reasons, cuts: cuts)
    }

    /// Each sentence of `text` with the reason it starts where it does, as `Tokenizer.explain` does for tokens.
    public func explain(_ text: String, tokens: [Token]) -> [(sentence: Substring, reason: BoundaryReason)] {
        let result = split(text, tokens: tokens)
        return zip(result.sentences, result.reasons).map { (text.utf8Slice($0.utf8Range), $1) }
    }

    /// A single line break ends a sentence before a list item, never before a lower-case word, and otherwise
    /// unless the text is hard-wrapped and the line is a full one.
    private func lineBreakEndsSentence(
        after i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ layout: LineLayout
    ) -> Bool {
        let next = tokens[i + 1]
        if vocabulary.isListMarker(bytes, next.utf8Start, next.utf8End) { return true }
        if vocabulary.opener(bytes, next.utf8Start, next.utf8End) == .lowercase { return false }
        return layout.breaksSentence(lineEndingAt: tokens[i].utf8End)
    }

    private func newlineCount(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        var count = 0
        var i = lo
        while i < hi {
            let b = bytes[i]
            if b == 0x0A { count += 1 } else if b == 0x0D && !(i + 1 < hi && bytes[i + 1] == 0x0A) { count += 1 }
            else if b == 0xE2 && i + 2 < hi && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                count += bytes[i + 2] == 0xA9 ? 2 : 1  // U+2028 line separator, U+2029 paragraph separator
            }
            i += 1
        }
        return count
    }

    /// A quotation closed without final punctuation (a quoted post ending in an emoji or hashtag) ends the sentence
    /// when a word that typically opens sentences follows.
    private func boundaryAfterClosingQuote(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> Int? {
        let token = tokens[i]
        guard token.utf8End - token.utf8Start <= 3, i > 0, i + 1 < tokens.count, token.spaceAfter,
              !tokens[i - 1].spaceAfter, vocabulary.isClosingQuote(bytes, tokens[i].utf8Start, tokens[i].utf8End),
              vocabulary.endsQuotedPost(bytes, tokens[i - 1].utf8Start, tokens[i - 1].utf8End) else { return nil }
        let next = tokens[i + 1]
        return vocabulary.opener(bytes, next.utf8Start, next.utf8End) == .starter ? i + 1 : nil
    }

    /// The index of the token that starts a new sentence after token `i`, when `i` ends one.
    private func boundaryAfterPunctuation(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> Int? {
        let token = tokens[i]
        let kind = vocabulary.terminalKind(bytes, token.utf8Start, token.utf8End)
        if kind == .none {
            return boundaryAfterClosingQuote(at: i, bytes, tokens)
        }
        // Closing quotes and brackets attached to the punctuation stay in this sentence.
        var j = i + 1
        while j < tokens.count, !tokens[j - 1].spaceAfter, vocabulary.isClosing(bytes, tokens[j], after: tokens[j - 1]) {
            j += 1
        }
        guard j < tokens.count, tokens[j - 1].spaceAfter else { return nil }
        let next = tokens[j]
        let opener = vocabulary.opener(bytes, next.utf8Start, next.utf8End)
        guard opener != .lowercase else { return nil }
        switch kind {
        case .none:
            return nil
        case .strong, .ellipsis, .footnote:
            return j
        case .period:
            // "Gen. Smith", "No. 5", "Lt. Col.": the word before the period is an abbreviation.
            guard i > 0, !tokens[i - 1].spaceAfter else { return j }
            let previous = tokens[i - 1]
            switch vocabulary.abbreviation(bytes, previous.utf8Start, previous.utf8End) {
            case .title, .never: return nil
            case .numbering: return opener == .digit ? nil : j
            case .sentenceFinal, .acronym: return opener != .digit || j > i + 1 ? j : nil
            case .weak: return opener == .starter ? j : nil
            case .none: return j
            }
        case .abbreviation(let abbreviation):
            switch abbreviation {
            case .title, .never: return nil
            case .numbering: return opener == .digit ? nil : j
            case .weak, .none: return opener == .starter ? j : nil
            case .sentenceFinal: return j
            case .acronym:
                if opener == .starter || j > i + 1 { return j }
                return opener == .other && vocabulary.opensAfterAcronym(bytes, next.utf8Start, next.utf8End) ? j : nil
            }
        }
    }
}
