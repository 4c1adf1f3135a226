/// The features of the entity recognizer: hashed templates over the word (lower case and exact), its suffixes and
/// shape, the words, shapes and tags of its neighbours, the two previous decisions and the length of the entity
/// being built, and whether the sentence is set in capitals or title case (headlines). Per-token hashes are computed
/// once per sentence from the UTF-8 bytes, so the hot loop only mixes precomputed numbers and allocates nothing.
struct EntityFeatures {
    /// What the templates need of one token.
    struct Token {
        /// The lower-case word with numbers collapsed, and the exact form (both the shape for unknown words).
        var word: UInt64, form: UInt64
        /// The last three and four bytes of the lower-case word, and the shape.
        var suffix3: UInt64, suffix4: UInt64, shape: UInt64
        /// The part-of-speech tag.
        var tag: UInt64
        /// Whether the form never begins an entity, so that after `O` its label is `O` without scoring.
        var isPlain: Bool
    }

    /// Per padded position (two pads on each side).
    let tokens: [Token]
    /// The sentence's case: 0 ordinary, 1 all capitals, 2 title case.
    let casing: UInt64

    /// Number of hashes `write` produces.
    static let count = 25

    /// Hashes of the words and tags of a sentence (`tags` as long as `forms`); words outside `vocabulary` are
    /// replaced by their shape; forms in `plain` never begin an entity.
    init(forms: [String], tags: [String], vocabulary: WordSet, plain: WordSet) {
        func pad(_ value: UInt64) -> Token {
            Token(word: value, form: value, suffix3: value, suffix4: value, shape: value, tag: value, isPlain: false)
        }
        var tokens: [Token] = []
        tokens.reserveCapacity(forms.count + 4)
        tokens.append(pad(0x5EED_0002))
        tokens.append(pad(0x5EED_0003))
        var lettered = 0, lower = 0, capitalised = 0
        // Every word hashed and its two lookups requested first, so that their cache misses overlap.
        let words = forms.map(TokenHashes.init)
        for hashes in words {
            vocabulary.prefetch(hashes.word)
            plain.prefetch(hashes.form)
        }
        for (i, hashes) in words.enumerated() {
            let known = vocabulary.contains(hashes.word)
            tokens.append(Token(word: known ? hashes.word : hashes.shape &+ 0x0A1C_0F00,
                                form: known ? hashes.form : hashes.shape &+ 0x0A1C_0F01,
                                suffix3: hashes.suffix3, suffix4: hashes.suffix4, shape: hashes.shape,
                                tag: i < tags.count ? FeatureHash.string(tags[i]) : 0x7A6,
                                isPlain: plain.contains(hashes.form)))
            if hashes.hasLetter {
                lettered += 1
                if hashes.hasLower { lower += 1 }
                if hashes.startsUpper { capitalised += 1 }
            }
        }
        tokens.append(pad(0x5EED_0004))
        tokens.append(pad(0x5EED_0005))
        self.tokens = tokens
        if lettered >= 2 && lower == 0 { casing = 1 }
        else if lettered >= 4 && capitalised * 5 >= lettered * 4 { casing = 2 }
        else { casing = 0 }
    }

    /// Whether token `i`'s form never begins an entity.
    @inline(__always)
    func isPlain(_ i: Int) -> Bool { tokens[i + 2].isPlain }

    /// The templates that do not read earlier decisions, in the order `writeStatic` writes them, and those that do
    /// (`writeDynamic`): `write` gives all of them in template order, 0 to 24.
    static let staticTemplates = Array(0...16) + [23, 24]
    static let dynamicTemplates = Array(17...22)

    /// Puts a word's static slots (in `staticTemplates` order) where a decision in template order reads them:
    /// templates 0–16, then 23 and 24; 17–22 are left for the dynamic ones.
    @inline(__always)
    static func placeStatic(_ fixed: UnsafePointer<UInt64>, into decision: UnsafeMutablePointer<UInt64>) {
        for k in 0..<17 { decision[k] = fixed[k] }
        decision[23] = fixed[17]
        decision[24] = fixed[18]
    }

    /// The hash of template `k` over `parts`.
    @inline(__always)
    private static func f(_ k: UInt64, _ a: UInt64) -> UInt64 { FeatureHash.combine(k &+ 0x4E52, a) }
    @inline(__always)
    private static func f(_ k: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { FeatureHash.combine(k &+ 0x4E52, a, b) }
    @inline(__always)
    private static func f(_ k: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        FeatureHash.combine(FeatureHash.combine(k &+ 0x4E52, a), b, c)
    }

    /// Writes the hashes of `staticTemplates` for token `i` to `out`, in that order.
    @inline(__always)
    func writeStatic(_ i: Int, to out: UnsafeMutablePointer<UInt64>) {
        tokens.withUnsafeBufferPointer { tokens in
            let w = i + 2
            let token = tokens[w], left = tokens[w - 1], right = tokens[w + 1]
            let w0 = token.word, s0 = token.shape, t0 = token.tag
            // The word itself.
            out[0] = Self.f(0, 0); out[1] = Self.f(1, w0); out[2] = Self.f(2, token.form)
            out[3] = Self.f(3, token.suffix3); out[4] = Self.f(4, token.suffix4); out[5] = Self.f(5, s0)
            out[6] = Self.f(6, t0)
            // Neighbours.
            out[7] = Self.f(7, left.word); out[8] = Self.f(8, right.word); out[9] = Self.f(9, tokens[w - 2].word)
            out[10] = Self.f(10, tokens[w + 2].word); out[11] = Self.f(11, left.shape); out[12] = Self.f(12, right.shape)
            out[13] = Self.f(13, left.shape, s0, right.shape); out[14] = Self.f(14, left.tag)
            out[15] = Self.f(15, right.tag); out[16] = Self.f(16, t0, right.tag)
            // The sentence's case, and the first word.
            out[17] = Self.f(23, casing, s0); out[18] = Self.f(24, casing &+ (i == 0 ? 8 : 0), w0)
        }
    }

    /// Writes the hashes of `dynamicTemplates` for token `i` to `out`, in that order, given the two previous labels
    /// (-1 before the sentence) and how many tokens the entity being built already has (0 when none is open).
    @inline(__always)
    func writeDynamic(_ i: Int, previous: Int, beforePrevious: Int, length: Int, to out: UnsafeMutablePointer<UInt64>) {
        tokens.withUnsafeBufferPointer { tokens in
            let token = tokens[i + 2]
            let p1 = UInt64(bitPattern: Int64(previous &+ 2)), p2 = UInt64(bitPattern: Int64(beforePrevious &+ 2))
            out[0] = Self.f(17, p1); out[1] = Self.f(18, p1, p2); out[2] = Self.f(19, p1, token.word)
            out[3] = Self.f(20, p1, token.shape); out[4] = Self.f(21, p1, token.tag)
            out[5] = Self.f(22, p1, UInt64(min(length, 6)))
        }
    }

    /// Writes the feature hashes of token `i` to `out` (room for `count`), in template order, given the two previous
    /// labels (-1 before the sentence) and how many tokens the entity being built already has (0 when none is open).
    @inline(__always)
    func write(_ i: Int, previous: Int, beforePrevious: Int, length: Int, to out: UnsafeMutablePointer<UInt64>) {
        writeStatic(i, to: out)
        let last = (out[17], out[18])
        writeDynamic(i, previous: previous, beforePrevious: beforePrevious, length: length, to: out + 17)
        out[23] = last.0
        out[24] = last.1
    }
}
