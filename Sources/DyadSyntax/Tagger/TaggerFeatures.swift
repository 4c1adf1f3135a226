/// The features of the part-of-speech tagger: hashed (FNV-1a) templates over the word, its neighbours, their
/// suffixes and shapes, and the two previous tags. Hashing keeps the model a fixed size and needs no feature
/// dictionary at run time.
struct TaggerFeatures {
    /// Per padded position (two padding words on each side): hashes of the normalised word, its suffixes of 2, 3
    /// and 4 characters, its first character, and its shape. Computed once per sentence, so each feature is a
    /// cheap mix of precomputed hashes.
    private let word: [UInt64], suffix2: [UInt64], suffix3: [UInt64], suffix4: [UInt64], prefix1: [UInt64]
    private let shape: [UInt64]

    static let padStart = ["-START2-", "-START-"]
    static let padEnd = ["-END-", "-END2-"]

    init(forms: [String]) {
        let words = Self.padStart + forms.map(Self.normalised) + Self.padEnd
        word = words.map { Self.fnv($0) }
        suffix2 = words.map { Self.fnv(String($0.suffix(2))) }
        suffix3 = words.map { Self.fnv(String($0.suffix(3))) }
        suffix4 = words.map { Self.fnv(String($0.suffix(4))) }
        prefix1 = words.map { Self.fnv(String($0.prefix(1))) }
        shape = ([""] + [""] + forms.map(Self.shape) + [""] + [""]).map { Self.fnv($0) }
    }

    /// Lower case; numbers collapsed to a few classes.
    static func normalised(_ form: String) -> String {
        let utf8 = form.utf8
        if utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return utf8.count == 4 ? "!YEAR" : "!DIGITS" }
        if let first = utf8.first, first >= 0x30 && first <= 0x39,
           utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }) { return "!NUMBER" }
        return form.lowercased()
    }

    /// A coarse shape: character classes with runs collapsed, at most 5 characters ("Xx", "X.X.", "dd-x").
    static func shape(_ form: String) -> String {
        var result = ""
        var last: Character = " "
        for character in form {
            let mapped: Character
            if character.isUppercase { mapped = "X" }
            else if character.isLowercase { mapped = "x" }
            else if character.isNumber { mapped = "d" }
            else { mapped = character }
            if mapped != last { result.append(mapped); last = mapped }
            if result.count >= 5 { break }
        }
        return result
    }

    /// Calls `body` with the hash of each feature of token `i` (0-based), given the two previous predicted tags.
    @inline(__always)
    func forEachFeature(of i: Int, previous: Int, beforePrevious: Int, _ body: (UInt64) -> Void) {
        let w = i + 2
        body(Self.mix(0, 0))
        body(Self.mix(1, suffix3[w]))
        body(Self.mix(2, prefix1[w]))
        body(Self.mix(3, 0, tag: previous))
        body(Self.mix(4, 0, tag: beforePrevious))
        body(Self.mix(5, 0, tag: previous &* 1000 &+ beforePrevious))
        body(Self.mix(6, word[w]))
        body(Self.mix(7, word[w], tag: previous))
        body(Self.mix(8, word[w - 1]))
        body(Self.mix(9, suffix3[w - 1]))
        body(Self.mix(10, word[w - 2]))
        body(Self.mix(11, word[w + 1]))
        body(Self.mix(12, suffix3[w + 1]))
        body(Self.mix(13, word[w + 2]))
        body(Self.mix(14, shape[w]))
        body(Self.mix(15, suffix2[w]))
        body(Self.mix(16, suffix4[w]))
        body(Self.mix(17, shape[w], tag: i == 0 ? 1 : 0))
        body(Self.mix(18, shape[w + 1]))
        body(Self.mix(19, shape[w - 1], tag: previous))
    }

    /// Number of features per token.
    static let count = 20

    /// FNV-1a of a string's UTF-8 bytes.
    static func fnv(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Combines a template number, a component hash and an optional tag into one well-mixed feature hash.
    @inline(__always)
    static func mix(_ template: UInt64, _ component: UInt64, tag: Int = -1) -> UInt64 {
        var hash = component &+ (template &+ 1) &* 0x9E37_79B9_7F4A_7C15
        hash ^= UInt64(bitPattern: Int64(tag) &+ 3) &* 0xC2B2_AE3D_27D4_EB4F
        hash = (hash ^ (hash >> 31)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }

}
