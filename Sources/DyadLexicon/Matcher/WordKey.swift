import Foundation

/// The matcher's normal form of a word: lower case, without diacritics or dots, typographic apostrophes made plain,
/// hashed to 64 bits (FNV-1a). "U.S." and "us", "Erdoğan" and "erdogan" get the same key.
enum WordKey {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of `word`, or `nil` when nothing is left (a lone dot or hyphen).
    static func key(_ word: some StringProtocol) -> UInt64? {
        let (hash, count, ascii) = asciiHash(word.utf8)
        if ascii { return count == 0 ? nil : hash }
        return key(ofFolded: folded(String(word)))
    }

    /// The key of ASCII bytes as `key(_:)` reads them (lower case, dots left out): the hash, how many bytes went into
    /// it, and whether every byte was ASCII (when not, it stops at the first other byte and the hash means nothing).
    @inline(__always)
    static func asciiHash(_ bytes: some Sequence<UInt8>) -> (hash: UInt64, count: Int, ascii: Bool) {
        var hash = offset
        var count = 0
        for byte in bytes {
            if byte >= 0x80 { return (hash, count, false) }
            if byte == UInt8(ascii: ".") { continue }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lower)) &* prime
            count += 1
        }
        return (hash, count, true)
    }

    /// The first `length` bytes of the folded word's key (for stems), or `nil` when the word is shorter.
    static func prefixKey(_ folded: [UInt8], length: Int) -> UInt64? {
        guard folded.count >= length else { return nil }
        var hash = offset
        for byte in folded[0..<length] { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// The folded bytes of a word: lower case, no diacritics, no dots, plain apostrophes.
    static func folded(_ word: some StringProtocol) -> [UInt8] {
        var text = String(word)
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            text = text.replacingOccurrences(of: "\u{2019}", with: "'")
                .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        }
        return text.utf8.compactMap { byte in
            byte == UInt8(ascii: ".") ? nil : (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
    }

    private static func key(ofFolded bytes: [UInt8]) -> UInt64? {
        guard !bytes.isEmpty else { return nil }
        var hash = offset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// Whether every letter of the word is a capital (for acronym phrases such as "UN", which match only so).
    static func isCapitalised(_ word: some StringProtocol) -> Bool {
        !word.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// Splits a dictionary phrase into words the way the tokenizer splits text: at spaces and hyphens, with a
    /// possessive "'s" as a word of its own. A leading "the" is dropped.
    static func words(ofPhrase phrase: some StringProtocol) -> [String] {
        // Fast path: plain ASCII words separated by single spaces, no possessive, hyphen or trailing punctuation.
        if phrase.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 || $0 == 0x2E }) {
            // Cut at space bytes: for these bytes the same cut as at space characters, without grapheme breaking.
            let words = phrase.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            if words.count > 1, words[0].lowercased() == "the" { return Array(words.dropFirst()) }
            return words
        }
        var words: [String] = []
        for piece in phrase.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" }) {
            var piece = Substring(piece)
            var possessive = false
            for suffix in ["'s", "\u{2019}s"] where piece.count > suffix.count && piece.hasSuffix(suffix) {
                piece = piece.dropLast(suffix.count)
                possessive = true
            }
            while let last = piece.last, ",;:".contains(last) { piece = piece.dropLast() }
            for part in piece.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" }) { words.append(String(part)) }
            if possessive { words.append("'s") }
        }
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        return words
    }

    /// The byte ranges of the words `words(ofPhrase:)` gives for an ASCII phrase, read without building a string
    /// for each piece and word: pieces cut at spaces, tabs and underscores; a possessive "'s" ending a longer piece
    /// made a word of its own, after the piece's words; trailing commas, semicolons and colons dropped; pieces cut
    /// at hyphens; a leading "the" dropped when more words follow. (For ASCII text the characters `words(ofPhrase:)`
    /// compares are single bytes.)
    static func asciiWordRanges(_ phrase: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0...phrase.count {
            guard index == phrase.count || phrase[index] == UInt8(ascii: " ") || phrase[index] == UInt8(ascii: "\t")
                || phrase[index] == UInt8(ascii: "_") else { continue }
            defer { start = index + 1 }
            guard index > start else { continue }
            var end = index
            var possessive: Range<Int>?
            if end - start > 2, phrase[end - 2] == UInt8(ascii: "'"), phrase[end - 1] == UInt8(ascii: "s") {
                possessive = end - 2..<end
                end -= 2
            }
            while end > start, phrase[end - 1] == UInt8(ascii: ",") || phrase[end - 1] == UInt8(ascii: ";")
                    || phrase[end - 1] == UInt8(ascii: ":") {
                end -= 1
            }
            var wordStart = start
            for position in start...end where position == end || phrase[position] == UInt8(ascii: "-") {
                if position > wordStart { ranges.append(wordStart..<position) }
                wordStart = position + 1
            }
            if let possessive { ranges.append(possessive) }
        }
        if ranges.count > 1, ranges[0].count == 3,
           zip(phrase[ranges[0]], "the".utf8).allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }) {
            ranges.removeFirst()
        }
        return ranges
    }

    /// The words of a phrase in folded form (`folded(_:)`) joined by single spaces: the same text as
    /// `words(ofPhrase:).map(folded).joined(separator: " ")`, built straight from the bytes for ASCII phrases.
    static func foldedPhrase(_ phrase: String) -> String {
        var text = phrase
        let simple = text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for (number, range) in asciiWordRanges(bytes).enumerated() {
                if number > 0 { out.append(UInt8(ascii: " ")) }
                for byte in bytes[range] where byte != UInt8(ascii: ".") {
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return simple ?? words(ofPhrase: phrase).map { String(decoding: folded($0), as: UTF8.self) }.joined(separator: " ")
    }

    /// Whether a token holds a hyphen or an en dash (and so splits into several words).
    @inline(__always)
    static func hasHyphen(_ token: Substring) -> Bool {
        token.utf8.contains { $0 == 0x2D || $0 == 0xE2 } && token.contains { $0 == "-" || $0 == "\u{2013}" }
    }

    /// Splits a text token into the words the matcher compares: hyphenated tokens give their parts, a lone hyphen
    /// or dash gives none.
    static func words(ofToken token: Substring) -> [Substring] {
        guard token.contains(where: { $0 == "-" || $0 == "\u{2013}" }) else { return [token] }
        return token.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" })
    }
}
