import DyadCore

/// Rule-based English tokenizer following the conventions of spaCy's English tokenizer (possessive `'s`, `n't`,
/// punctuation split off, hyphens between letters as their own tokens, numbers, URLs and e-mail addresses whole).
///
/// Whitespace separates chunks and is never a token. Each chunk is split by special cases, then prefixes and suffixes
/// peeled off its ends, then infixes. Offsets are Unicode scalars from the start of the text.
public struct Tokenizer: Sendable {
    /// Why a token was cut where it was: the answer of `explain`.
    public enum Rule: String, Sendable, Hashable {
        /// What remains of a chunk once affixes, infixes and special cases are taken out; a plain chunk is one token.
        case token = "TOKEN"
        /// Split off the front of a chunk by the prefix rules (opening quotes and brackets, currency signs, …).
        case prefix = "PREFIX"
        /// Split off the end of a chunk by the suffix rules (final punctuation, closing quotes, `'s`, units, …).
        case suffix = "SUFFIX"
        /// Split inside a chunk by the infix rules (a hyphen between letters, `...`, …).
        case infix = "INFIX"
        /// A piece of a special case, kept as written or split at fixed places ("Mr.", "do" "n't").
        case special = "SPECIAL"
        /// A URL or e-mail address, kept whole.
        case url = "URL_MATCH"
    }

    private let specials: SpecialCaseTable
    private let affixes: AffixRules
    private let urls: URLMatcher

    /// Creates the English tokenizer.
    public init() {
        specials = SpecialCaseTable(TokenizerExceptions())
        affixes = AffixRules()
        urls = URLMatcher()
    }

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        var sink = TokenArraySink(tokens: [])
        sink.tokens.reserveCapacity(text.utf8.count / 5)
        var scratch = Scratch()
        text.withUTF8Buffer { bytes in run(bytes, scratch: &scratch, &sink) }
        return sink.tokens
    }

    /// Each token of `text` with the rule that cut it, as spaCy's `tokenizer.explain` does.
    public func explain(_ text: String) -> [(text: String, rule: Rule)] {
        var sink = RuleSink()
        var scratch = Scratch()
        text.withUTF8Buffer { bytes in run(bytes, scratch: &scratch, &sink) }
        return sink.pieces.map { (String(text.utf8Slice($0.bytes)), $0.rule) }
    }

    // MARK: Chunking

    /// Reusable buffers for one chunk.
    struct Scratch {
        /// The chunk's scalars.
        var scalars: [UInt32] = []
        /// Byte offset (in the text) of each scalar, plus one past the end.
        var offsets: [Int] = []
        var prefixes: [(Int, Int)] = []
        var suffixes: [(Int, Int)] = []
        var pieces: [(Int, Int, Rule)] = []
    }


    /// Receives each token as it is cut; generic so that the hot loop is specialised for each receiver.
    protocol TokenSink {
        mutating func emit(_ start: Int, _ end: Int, _ byteStart: Int, _ byteEnd: Int, _ spaceAfter: Bool, _ rule: Rule)
    }

    /// Collects tokens into an array.
    struct TokenArraySink: TokenSink {
        var tokens: [Token]

        @inline(__always)
        mutating func emit(_ start: Int, _ end: Int, _ byteStart: Int, _ byteEnd: Int, _ spaceAfter: Bool, _ rule: Rule) {
            tokens.append(Token(span: Span(start: start, end: end), utf8Start: byteStart, utf8End: byteEnd,
                                spaceAfter: spaceAfter))
        }
    }

    /// Records each token's bytes and rule, for `explain`.
    struct RuleSink: TokenSink {
        var pieces: [(bytes: Range<Int>, rule: Rule)] = []

        mutating func emit(_ start: Int, _ end: Int, _ byteStart: Int, _ byteEnd: Int, _ spaceAfter: Bool, _ rule: Rule) {
            pieces.append((byteStart..<byteEnd, rule))
        }
    }

    private func run<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout Scratch, _ sink: inout Sink) {
        var i = 0
        var scalarIndex = 0
        let count = bytes.count
        let classes = ByteClass.table
        while i < count {
            // Skip whitespace.
            let lead = classes[Int(bytes[i])]
            if lead & ByteClass.space != 0 {
                i += 1
                scalarIndex += 1
                continue
            }
            if lead & ByteClass.nonASCII != 0 {
                let (first, firstLength) = decode(bytes, i)
                if CharacterClass.isSpace(first) {
                    i += firstLength
                    scalarIndex += 1
                    continue
                }
            }
            // ASCII fast path: a chunk of plain letters and digits that is no special case and carries no unit.
            let chunkStartScalar = scalarIndex
            var j = i
            var plain = true
            var lastIsDigit = false, hasDigit = false
            while j < count {
                let kind = classes[Int(bytes[j])]
                if kind & ByteClass.alphanumeric == 0 {
                    if kind & ByteClass.space == 0 { plain = false }
                    break
                }
                lastIsDigit = kind & ByteClass.digit != 0
                hasDigit = hasDigit || lastIsDigit
                j += 1
            }
            if plain && (!hasDigit || lastIsDigit) && specials.pieces(bytes, i, j) == nil {
                sink.emit(chunkStartScalar, chunkStartScalar + (j - i), i, j, j < count, .token)
                scalarIndex += j - i
                i = j
                continue
            }
            // Second fast path: a plain word followed by one punctuation mark that ends the chunk ("said.", "pct,").
            if !plain && j > i && j + 1 <= count && (j + 1 == count || isASCIISpace(bytes[j + 1]))
                && (!hasDigit || lastIsDigit) && splitsOffFinal(bytes, i, j)
                && specials.pieces(bytes, i, j + 1) == nil && specials.pieces(bytes, i, j) == nil {
                sink.emit(chunkStartScalar, chunkStartScalar + (j - i), i, j, false, .token)
                sink.emit(chunkStartScalar + (j - i), chunkStartScalar + (j - i) + 1, j, j + 1, j + 1 < count, .suffix)
                scalarIndex += j + 1 - i
                i = j + 1
                continue
            }
            // Third fast path: a possessive after a plain word ("company's", "1990's").
            if !plain && j > i && bytes[j] == 0x27 && j + 1 < count && bytes[j + 1] | 0x20 == 0x73
                && (j + 2 == count || isASCIISpace(bytes[j + 2])) && (!hasDigit || lastIsDigit)
                && specials.pieces(bytes, i, j + 2) == nil && specials.pieces(bytes, i, j) == nil {
                sink.emit(chunkStartScalar, chunkStartScalar + (j - i), i, j, false, .token)
                sink.emit(chunkStartScalar + (j - i), chunkStartScalar + (j - i) + 2, j, j + 2, j + 2 < count, .suffix)
                scalarIndex += j + 2 - i
                i = j + 2
                continue
            }
            // Fourth fast path: a number with decimal points or thousands commas ("1.5", "172,500"), alone or followed
            // by one mark that the suffix rules split off ("12.5%", "1,000,").
            if !plain, let numberEnd = numberEnd(bytes, from: i, chunkEnd: j, count: count) {
                let markEnd = numberEnd < count && !isASCIISpace(bytes[numberEnd]) ? numberEnd + 1 : numberEnd
                sink.emit(chunkStartScalar, chunkStartScalar + (numberEnd - i), i, numberEnd, markEnd == numberEnd
                          && numberEnd < count, .token)
                if markEnd > numberEnd {
                    sink.emit(chunkStartScalar + (numberEnd - i), chunkStartScalar + (markEnd - i), numberEnd, markEnd,
                              markEnd < count, .suffix)
                }
                scalarIndex += markEnd - i
                i = markEnd
                continue
            }
            // General path: collect the chunk's scalars and their byte offsets.
            scratch.scalars.removeAll(keepingCapacity: true)
            scratch.offsets.removeAll(keepingCapacity: true)
            j = i
            while j < count {
                let (c, length) = decode(bytes, j)
                if CharacterClass.isSpace(c) { break }
                scratch.scalars.append(c)
                scratch.offsets.append(j)
                j += length
            }
            scratch.offsets.append(j)
            let spaceAfter = j < count
            let n = scratch.scalars.count
            splitChunk(bytes, chunkStartScalar, spaceAfter, &scratch, &sink)
            scalarIndex += n
            i = j
        }
    }

    /// Classes of single bytes for the ASCII fast paths.
    enum ByteClass {
        static let space: UInt8 = 1, letter: UInt8 = 2, digit: UInt8 = 4, nonASCII: UInt8 = 8
        static let alphanumeric: UInt8 = letter | digit
        /// One entry per byte value; whitespace is what `CharacterClass.isSpace` calls whitespace in ASCII.
        static let table: [UInt8] = (0..<256).map { byte in
            if byte >= 0x80 { return nonASCII }
            if CharacterClass.isSpace(UInt32(byte)) { return space }
            if byte >= 0x30 && byte <= 0x39 { return digit }
            if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { return letter }
            return 0
        }
    }

    @inline(__always)
    private func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) }

    /// The end of a chunk that is a number with inner "." or "," between digits, when the chunk ends there or one
    /// split-off mark later; `nil` for any other chunk (which takes the general path).
    @inline(__always)
    private func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, chunkEnd plainEnd: Int, count: Int) -> Int? {
        // The plain run must be digits only, stopped by "." or ",".
        guard plainEnd > start, plainEnd + 1 < count else { return nil }
        for k in start..<plainEnd where !(bytes[k] >= 0x30 && bytes[k] <= 0x39) { return nil }
        var k = plainEnd
        while k + 1 < count && (bytes[k] == 0x2E || bytes[k] == 0x2C) && bytes[k + 1] >= 0x30 && bytes[k + 1] <= 0x39 {
            k += 2
            while k < count && bytes[k] >= 0x30 && bytes[k] <= 0x39 { k += 1 }
        }
        guard k > plainEnd else { return nil }
        if k == count || isASCIISpace(bytes[k]) { return k }
        switch bytes[k] {
        case 0x2C, 0x2E, 0x3B, 0x3A, 0x29, 0x25, 0x21, 0x3F, 0x22:  // , . ; : ) % ! ? "
            return k + 1 == count || isASCIISpace(bytes[k + 1]) ? k : nil
        default:
            return nil
        }
    }

    /// Whether the ASCII mark at `end` is split off the plain word `bytes[start..<end]` by the suffix rules.
    @inline(__always)
    private func splitsOffFinal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        switch bytes[end] {
        case 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x22:  // , ; : ! ? ) "
            return true
        case 0x2E:  // "." after a lower-case letter or digit, or after two capitals
            let before = bytes[end - 1]
            if (before >= 0x61 && before <= 0x7A) || (before >= 0x30 && before <= 0x39) { return true }
            return end - start >= 2 && before >= 0x41 && before <= 0x5A && bytes[end - 2] >= 0x41 && bytes[end - 2] <= 0x5A
        default:
            return false
        }
    }

    @inline(__always)
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let count = bytes.count
        if b0 < 0xE0, i + 1 < count { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < count {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        if i + 3 < count {
            return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                    | (UInt32(bytes[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)  // truncated sequence: only reachable with invalid UTF-8, which readers reject
    }

    // MARK: Affixes

    private func splitChunk<Sink: TokenSink>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ base: Int, _ spaceAfter: Bool, _ scratch: inout Scratch,
        _ sink: inout Sink
    ) {
        // Work on locals (taking the buffers out of `scratch` keeps their capacity and avoids overlapping access).
        var prefixes = scratch.prefixes, suffixes = scratch.suffixes, pieces = scratch.pieces
        prefixes.removeAll(keepingCapacity: true)
        suffixes.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
        defer { (scratch.prefixes, scratch.suffixes, scratch.pieces) = (prefixes, suffixes, pieces) }
        let offsets = scratch.offsets
        let scalars = scratch.scalars
        var lo = 0
        var hi = scalars.count
        scalars.withUnsafeBufferPointer { s in
            func isSpecial(_ a: Int, _ b: Int) -> Bool { specials.pieces(bytes, offsets[a], offsets[b]) != nil }
            var lastSize = -1
            while hi > lo && hi - lo != lastSize {
                if isSpecial(lo, hi) { break }
                lastSize = hi - lo
                let pre = affixes.prefixLength(s, lo, hi)
                if pre > 0 && lo + pre < hi && isSpecial(lo + pre, hi) {
                    prefixes.append((lo, lo + pre))
                    lo += pre
                    break
                }
                let suf = lo + pre < hi ? affixes.suffixLength(s, lo + pre, hi) : 0
                if suf > 0 && hi - suf > lo && isSpecial(lo, hi - suf) {
                    suffixes.append((hi - suf, hi))
                    hi -= suf
                    break
                }
                if pre > 0 && suf > 0 && pre + suf <= hi - lo {
                    prefixes.append((lo, lo + pre))
                    suffixes.append((hi - suf, hi))
                    lo += pre
                    hi -= suf
                } else if pre > 0 {
                    prefixes.append((lo, lo + pre))
                    lo += pre
                } else if suf > 0 {
                    suffixes.append((hi - suf, hi))
                    hi -= suf
                }
            }
        }
        // Collect prefixes, the middle, then suffixes innermost first; then re-join runs that spell a special case.
        func piece(_ a: Int, _ b: Int, _ rule: Rule) { pieces.append((a, b, rule)) }
        for (a, b) in prefixes { piece(a, b, .prefix) }
        if hi > lo {
            if let pieces = specials.pieces(bytes, offsets[lo], offsets[hi]) {
                var start = lo
                for length in pieces {
                    piece(start, start + length, .special)
                    start += length
                }
            } else {
                scalars.withUnsafeBufferPointer { s in
                    if urls.matches(s, lo, hi) {
                        piece(lo, hi, .url)
                        return
                    }
                    var start = lo
                    affixes.forEachInfix(s, lo, hi) { infixStart, infixEnd in
                        if infixStart != start { piece(start, infixStart, .token) }
                        piece(infixStart, infixEnd, .infix)
                        start = infixEnd
                    }
                    if start < hi { piece(start, hi, .token) }
                }
            }
        }
        for (a, b) in suffixes.reversed() { piece(a, b, .suffix) }
        let total = scalars.count
        func emitPiece(_ a: Int, _ b: Int, _ rule: Rule) {
            sink.emit(base + a, base + b, offsets[a], offsets[b], b == total && spaceAfter, rule)
        }
        var k = 0
        while k < pieces.count {
            // The longest run of two or more pieces starting here that spells a special case ("y" "." → "y.").
            var merged = false
            if k + 1 < pieces.count {
                // Only runs no longer than the longest special case can match: search upward from k, so that a
                // chunk of thousands of one-character pieces ("*****") stays linear.
                var last = k + 1
                while last + 1 < pieces.count && offsets[pieces[last + 1].1] - offsets[pieces[k].0] <= specials.maxBytes {
                    last += 1
                }
                while last > k {
                    if let parts = specials.pieces(bytes, offsets[pieces[k].0], offsets[pieces[last].1]) {
                        var start = pieces[k].0
                        for length in parts {
                            emitPiece(start, start + length, .special)
                            start += length
                        }
                        k = last + 1
                        merged = true
                        break
                    }
                    last -= 1
                }
            }
            if !merged {
                emitPiece(pieces[k].0, pieces[k].1, pieces[k].2)
                k += 1
            }
        }
    }
}
