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
    private let tokens: [Token]
    /// The sentence's case: 0 ordinary, 1 all capitals, 2 title case.
    private let casing: UInt64

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
        for (i, text) in forms.enumerated() {
            let hashes = TokenHashes(text)
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

    /// Writes the feature hashes of token `i` to `out` (room for `count`), given the two previous labels (-1 before
    /// the sentence) and how many tokens the entity being built already has (0 when none is open).
    @inline(__always)
    func write(_ i: Int, previous: Int, beforePrevious: Int, length: Int, to out: UnsafeMutablePointer<UInt64>) {
        tokens.withUnsafeBufferPointer { tokens in
            let w = i + 2
            let p1 = UInt64(bitPattern: Int64(previous &+ 2)), p2 = UInt64(bitPattern: Int64(beforePrevious &+ 2))
            let token = tokens[w], left = tokens[w - 1], right = tokens[w + 1]
            let w0 = token.word, s0 = token.shape, t0 = token.tag
            var k = 0
            @inline(__always) func f(_ a: UInt64) { out[k] = FeatureHash.combine(UInt64(k) &+ 0x4E52, a); k += 1 }
            @inline(__always) func f(_ a: UInt64, _ b: UInt64) {
                out[k] = FeatureHash.combine(UInt64(k) &+ 0x4E52, a, b); k += 1
            }
            @inline(__always) func f(_ a: UInt64, _ b: UInt64, _ c: UInt64) {
                out[k] = FeatureHash.combine(FeatureHash.combine(UInt64(k) &+ 0x4E52, a), b, c); k += 1
            }
            // The word itself.
            f(0); f(w0); f(token.form); f(token.suffix3); f(token.suffix4); f(s0); f(t0)
            // Neighbours.
            f(left.word); f(right.word); f(tokens[w - 2].word); f(tokens[w + 2].word)
            f(left.shape); f(right.shape); f(left.shape, s0, right.shape)
            f(left.tag); f(right.tag); f(t0, right.tag)
            // Previous decisions.
            f(p1); f(p1, p2); f(p1, w0); f(p1, s0); f(p1, t0); f(p1, UInt64(min(length, 6)))
            // The sentence's case, and the first word.
            f(casing, s0); f(casing &+ (i == 0 ? 8 : 0), w0)
            assert(k == Self.count, "EntityFeatures.count is out of date")
        }
    }
}
