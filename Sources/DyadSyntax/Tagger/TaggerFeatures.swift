/// The features of the part-of-speech tagger: hashed templates over the word, its neighbours, their suffixes,
/// prefixes and shapes, and the two previous tags. Per-word hashes are computed once per sentence straight from
/// the UTF-8 bytes (no strings are built for ASCII words), so each feature is a cheap mix of precomputed hashes.
struct TaggerFeatures {
    /// Per padded position (two padding words on each side): hashes of the normalised word, its suffixes of 2, 3
    /// and 4 characters, its first character, and its shape.
    private var word: [UInt64], suffix2: [UInt64], suffix3: [UInt64], suffix4: [UInt64], prefix1: [UInt64]
    private var shape: [UInt64]

    init(forms: [String]) {
        let count = forms.count + 4
        // Six arrays of their own: copies of one would each be copied again at their first write.
        word = Array(repeating: 0, count: count)
        suffix2 = Array(repeating: 0, count: count)
        suffix3 = Array(repeating: 0, count: count)
        suffix4 = Array(repeating: 0, count: count)
        prefix1 = Array(repeating: 0, count: count)
        shape = Array(repeating: 0, count: count)
        for (index, padding) in ["-START2-", "-START-"].enumerated() { fill(index, padding) }
        for (index, form) in forms.enumerated() { fill(index + 2, form) }
        for (index, padding) in ["-END-", "-END2-"].enumerated() { fill(forms.count + 2 + index, padding) }
        for index in [0, 1, count - 2, count - 1] { shape[index] = FeatureHash.string("") }
    }

    /// Fills the hashes of one position.
    private mutating func fill(_ position: Int, _ form: String) {
        let hashes = WordHashes(form)
        word[position] = hashes.word
        suffix2[position] = hashes.suffix2
        suffix3[position] = hashes.suffix3
        suffix4[position] = hashes.suffix4
        prefix1[position] = hashes.prefix1
        shape[position] = hashes.shape
    }

    /// Number of features per token.
    static let count = 20

    /// The template numbers (each mixed into its hashes) that do not read earlier decisions, and those that do.
    static let staticTemplates = [0, 1, 2, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    static let dynamicTemplates = [3, 4, 5, 7, 19]

    /// Writes the hashes of `staticTemplates` for token `i` to `out`, in that order.
    @inline(__always)
    func writeStatic(_ i: Int, to out: UnsafeMutablePointer<UInt64>) {
        let w = i + 2
        out[0] = 0x5151
        out[1] = FeatureHash.combine(1, suffix3[w])
        out[2] = FeatureHash.combine(2, prefix1[w])
        out[3] = FeatureHash.combine(6, word[w])
        out[4] = FeatureHash.combine(8, word[w - 1])
        out[5] = FeatureHash.combine(9, suffix3[w - 1])
        out[6] = FeatureHash.combine(10, word[w - 2])
        out[7] = FeatureHash.combine(11, word[w + 1])
        out[8] = FeatureHash.combine(12, suffix3[w + 1])
        out[9] = FeatureHash.combine(13, word[w + 2])
        out[10] = FeatureHash.combine(14, shape[w])
        out[11] = FeatureHash.combine(15, suffix2[w])
        out[12] = FeatureHash.combine(16, suffix4[w])
        out[13] = FeatureHash.combine(17, shape[w], i == 0 ? 1 : 0)
        out[14] = FeatureHash.combine(18, shape[w + 1])
    }

    /// Writes the hashes of `dynamicTemplates` for token `i` given the two previous tags, in that order.
    @inline(__always)
    func writeDynamic(_ i: Int, previous: Int, beforePrevious: Int, to out: UnsafeMutablePointer<UInt64>) {
        let w = i + 2
        let p1 = UInt64(bitPattern: Int64(previous) &+ 3), p2 = UInt64(bitPattern: Int64(beforePrevious) &+ 3)
        out[0] = FeatureHash.combine(3, p1)
        out[1] = FeatureHash.combine(4, p2)
        out[2] = FeatureHash.combine(5, p1, p2)
        out[3] = FeatureHash.combine(7, word[w], p1)
        out[4] = FeatureHash.combine(19, shape[w - 1], p1)
    }

    /// Writes all the feature hashes of token `i` (0-based), given the two previous predicted tags, to `out` (room
    /// for `count`): the static ones, then the dynamic ones. (A feature's hash carries its template number, so the
    /// order only sets the order of a sum.)
    @inline(__always)
    func write(_ i: Int, previous: Int, beforePrevious: Int, to out: UnsafeMutablePointer<UInt64>) {
        writeStatic(i, to: out)
        writeDynamic(i, previous: previous, beforePrevious: beforePrevious, to: out + Self.staticTemplates.count)
    }
}

/// The hashes of one word the tagger and the entity recognizer use: the normalised word (`FeatureHash.normalised`),
/// its last 2, 3 and 4 and first character, and its shape (character classes with runs collapsed, at most five:
/// "Xx", "X.X.", "dd-x"). ASCII words are hashed from their bytes; others go through `String`.
struct WordHashes {
    var word: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0, prefix1: UInt64 = 0
    var shape: UInt64 = 0

    /// Only the hash of the normalised word (the others stay 0): what the parser needs.
    init(normalisedWordOf form: String) {
        var form = form
        let done = form.withUTF8 { bytes -> Bool in
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 && ($0 < 0x30 || $0 > 0x39) }) else { return false }
            var hash = Self.offset
            for byte in bytes { hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* Self.prime }
            word = hash
            return true
        }
        if !done { word = FeatureHash.string(FeatureHash.normalised(form)) }
    }

    init(_ form: String) {
        var form = form
        let ascii = form.withUTF8 { bytes -> Bool in
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            hashASCII(bytes)
            return true
        }
        if !ascii { hashUnicode(form) }
    }

    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    private mutating func hashASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
        var digits = 0, numberish = 0, upper = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 { digits += 1; numberish += 1 }
            else if byte == 0x2C || byte == 0x2E { numberish += 1 }
            else if byte >= 0x41 && byte <= 0x5A { upper += 1 }
        }
        let lower = { (byte: UInt8) -> UInt8 in byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        let normalised: String?
        if digits == bytes.count { normalised = bytes.count == 4 ? "!YEAR" : "!DIGITS" }
        else if numberish == bytes.count && bytes[0] >= 0x30 && bytes[0] <= 0x39 { normalised = "!NUMBER" }
        else { normalised = nil }
        if let normalised {
            var copy = normalised
            copy.withUTF8 { fillAffixes($0, lower: { $0 }) }
        } else {
            fillAffixes(bytes, lower: lower)
        }
        // Shape.
        var shape = Self.offset
        var last: UInt8 = 0, length = 0
        for byte in bytes {
            let mapped: UInt8 = byte >= 0x41 && byte <= 0x5A ? 0x58 : byte >= 0x61 && byte <= 0x7A ? 0x78
                : byte >= 0x30 && byte <= 0x39 ? 0x64 : byte
            if mapped != last { shape = (shape ^ UInt64(mapped)) &* Self.prime; last = mapped; length += 1 }
            if length >= 5 { break }
        }
        self.shape = shape
    }

    private mutating func fillAffixes(_ bytes: UnsafeBufferPointer<UInt8>, lower: (UInt8) -> UInt8) {
        let count = bytes.count
        var word = Self.offset, s2 = Self.offset, s3 = Self.offset, s4 = Self.offset
        for index in 0..<count {
            let byte = UInt64(lower(bytes[index]))
            word = (word ^ byte) &* Self.prime
            if index >= count - 4 { s4 = (s4 ^ byte) &* Self.prime }
            if index >= count - 3 { s3 = (s3 ^ byte) &* Self.prime }
            if index >= count - 2 { s2 = (s2 ^ byte) &* Self.prime }
        }
        self.word = word
        suffix2 = s2
        suffix3 = s3
        suffix4 = s4
        prefix1 = count > 0 ? (Self.offset ^ UInt64(lower(bytes[0]))) &* Self.prime : Self.offset
    }

    private mutating func hashUnicode(_ form: String) {
        let normalised = FeatureHash.normalised(form)
        word = FeatureHash.string(normalised)
        suffix2 = FeatureHash.string(String(normalised.suffix(2)))
        suffix3 = FeatureHash.string(String(normalised.suffix(3)))
        suffix4 = FeatureHash.string(String(normalised.suffix(4)))
        prefix1 = FeatureHash.string(String(normalised.prefix(1)))
        var result = ""
        var last: Character = " "
        for character in form {
            let mapped: Character = character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d" : character
            if mapped != last { result.append(mapped); last = mapped }
            if result.count >= 5 { break }
        }
        shape = FeatureHash.string(result)
    }
}
