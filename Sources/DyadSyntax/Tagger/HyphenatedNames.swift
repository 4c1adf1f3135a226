/// Finds the syllables of East Asian given names that tokenization split at their hyphen, so that the tagger reads
/// them as part of the name.
///
/// News writes many Korean, Taiwanese and Hong Kong names with a hyphenated given name: "Tsai Ing-wen", "Moon Jae-in",
/// "Lai Ching-te", "Park Geun-hye". Tokenization splits them into `Ching - te`, and the tagger, which has rarely seen
/// "te" or "wen" after a hyphen, reads the lower-case syllable as a verb or a preposition; the parser then builds a
/// clause out of the name ("Lai Ching" as the subject of "te") and the words after it are misread too. A word is such
/// a syllable when:
/// - it follows a hyphen, which follows a capitalized word of at most five letters, which itself follows a
///   capitalized word (the family name, or a title);
/// - it is one to five lower-case ASCII letters;
/// - it is not a word English attaches to a proper name ("Hong Kong-based", "North Korea-made", "Islamic State-run",
///   "New York-style"): no "-ed" or "-ing" form and none of `englishSecondParts`.
enum HyphenatedNames {
    /// English words that follow a proper name and a hyphen in compounds, which keep the tagger's own reading.
    static let englishSecondParts: Set<String> = [
        "run", "born", "made", "held", "built", "bound", "led", "style", "era", "like", "wide", "free", "type",
        "area", "only", "size", "owned", "up", "out", "off", "over", "down", "bred", "grown", "won", "lost", "new",
    ]

    /// The indices of the split given-name syllables of a sentence's words.
    static func syllables(in forms: [String]) -> [Int] {
        guard forms.count >= 4 else { return [] }
        return (3..<forms.count).filter { isSplitSyllable(at: $0, forms: forms) }
    }

    static func isSplitSyllable(at k: Int, forms: [String]) -> Bool {
        let syllable = forms[k].utf8
        guard forms[k - 1] == "-", (1...5).contains(syllable.count), syllable.allSatisfy({ (0x61...0x7A).contains($0) }),
              isCapitalized(forms[k - 2], maximumLength: 5),
              isCapitalized(forms[k - 3], maximumLength: 40) else { return false }
        let word = forms[k]
        return !word.hasSuffix("ed") && !word.hasSuffix("ing") && !englishSecondParts.contains(word)
    }

    /// An ASCII capital followed by lower-case ASCII letters only.
    private static func isCapitalized(_ form: String, maximumLength: Int) -> Bool {
        let bytes = form.utf8
        guard let first = bytes.first, (0x41...0x5A).contains(first), (2...maximumLength).contains(bytes.count)
        else { return false }
        return bytes.dropFirst().allSatisfy { (0x61...0x7A).contains($0) }
    }
}
