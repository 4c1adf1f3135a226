import DyadCore
import DyadLexicon

extension StringProtocol {
    /// `hasPrefix` on the UTF-8 bytes: Foundation's `hasPrefix` goes through `NSString` on Linux, which made the peer
    /// coder spend a third of its time there.
    @inline(__always)
    func startsWithUTF8(_ prefix: some StringProtocol) -> Bool { utf8.starts(with: prefix.utf8) }
}

/// One word of a peer phrase or pattern as the peer coder matches it: upper-cased text, matched whole (`exact`) or
/// as a stem (TABARI's rule: a word not followed by `_` matches any word that starts with it), and whether it must
/// directly follow the word before it (`joined`).
struct PeerWord: Sendable, Hashable {
    var text: String
    var exact: Bool
    var joined: Bool

    /// Whether `candidate` (upper case) is this word: the same, or for a stem, starting with it.
    @inline(__always)
    func matches(_ candidate: some StringProtocol) -> Bool {
        candidate == text || (!exact && candidate.startsWithUTF8(text))
    }
}

/// The words of a peer sentence, upper-cased, with where each token touches the next: TABARI and PETRARCH match
/// phrases word by word, and a phrase word such as `AL-QAEDA` may span several of Dyad's tokens.
struct PeerWords: Sendable {
    /// Upper-cased token forms of the sentence.
    let words: [String]
    /// Whether token `k` is followed by the next with no blank between.
    let touches: [Bool]
    /// Whether token `k` is written with a capital and then a small letter ("Restore").
    let capitalized: [Bool]

    init(document: AnnotatedDocument, sentence: Sentence) {
        let tokens = sentence.tokens
        let texts = tokens.map { document.text(of: document.tokens[$0]) }
        words = texts.map { $0.uppercased() }
        capitalized = texts.map { text in
            let letters = text.prefix(2)
            return letters.count == 2 && letters.first!.isUppercase && letters.last!.isLowercase
        }
        touches = tokens.map { index in
            index + 1 < tokens.upperBound && document.tokens[index].end == document.tokens[index + 1].start
        }
    }

    var count: Int { words.count }

    /// Where a match of `word` starting at token `start` ends (exclusive), or nil. A word matches one token, or
    /// several touching tokens whose text together is the word (or starts with it, for a stem).
    func match(_ word: PeerWord, at start: Int) -> Int? {
        guard start < words.count else { return nil }
        let first = words[start]
        if word.matches(first) { return start + 1 }
        guard word.text.startsWithUTF8(first), touches[start] else { return nil }
        var joined = first
        var end = start + 1
        while end < words.count, joined.count < word.text.count {
            joined += words[end]
            end += 1
            if word.matches(joined) { return end }
            guard word.text.startsWithUTF8(joined), touches[end - 1] else { return nil }
        }
        return nil
    }

    /// Where `phrase` matches from `start`, or nil: its words in order, each directly after the one before unless
    /// not `joined` (then up to three words may come between). A token written with underscores ("Dol_Amroth")
    /// stands for the words it joins.
    func match(_ phrase: [PeerWord], at start: Int) -> Int? {
        var position = start
        var pending: ArraySlice<Substring> = []
        for word in phrase {
            if let part = pending.first {
                guard word.matches(part) else { return nil }
                pending = pending.dropFirst()
                continue
            }
            if position < words.count, words[position].utf8.contains(0x5F) {
                let parts = words[position].split(separator: "_")
                if let first = parts.first, parts.count > 1, word.matches(first) {
                    pending = parts.dropFirst()
                    position += 1
                    continue
                }
            }
            if let end = match(word, at: position) {
                position = end
                continue
            }
            // A word that need not follow directly: up to three words of the same stretch (no punctuation) between.
            guard !word.joined, position > start else { return nil }
            var found: Int?
            for skip in 1...3 where position + skip < words.count {
                let between = words[position + skip - 1]
                if between == "," || between == "." || between == ";" { break }
                if let end = match(word, at: position + skip) { found = end; break }
            }
            guard let found else { return nil }
            position = found
        }
        return pending.isEmpty ? position : nil
    }
}

/// Phrases of one peer dictionary, indexed by the first letters of their first word, each with a value (an actor's
/// codes, an agent's code, a discard's scope).
struct PeerPhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let words: [PeerWord]
        let value: Value
        /// Characters matched, to prefer the longer of two phrases.
        let length: Int
    }

    /// Phrases whose first word is matched whole, by that word; phrases whose first word is a stem, by its first
    /// three characters.
    private var exact: [String: [Entry]] = [:]
    private var stems: [String: [Entry]] = [:]

    /// The index key of a stem: its first three characters.
    private static func key(_ text: String) -> String { String(text.prefix(3)) }

    /// Adds a phrase as written in a peer dictionary (words joined by `_` or blanks follow each other directly in the
    /// sentence; the last word is a stem unless the phrase ends with `_`, the others too unless followed by `_`).
    /// With `gaps` (PETRARCH), words joined by a blank may have up to three other words between them in the
    /// sentence ("ITHILEN TELEVISION" takes "Ithilen state-run television"); `_` always joins directly.
    mutating func add(_ phrase: PeerPhrase, value: Value, gaps: Bool = false) {
        // Only a one-word phrase is a stem ("ARGENTIN" for Argentina); in a longer one every word is matched whole,
        // so that THE_KU does not take "the Kuwait" (PETRARCH's unit test ACTOR-05).
        let single = phrase.words.count == 1
        let words = phrase.words.enumerated().map { index, word in
            PeerWord(text: word.text.uppercased(), exact: !single || word.separator == .underscore,
                     joined: !gaps || index == 0 || phrase.words[index - 1].separator == .underscore)
        }
        add(words, value: value)
    }

    /// Adds a phrase given as upper-cased words separated by blanks, each matched whole.
    mutating func add(normalized text: String, value: Value) {
        let words = text.split(separator: " ").map { PeerWord(text: String($0), exact: true, joined: true) }
        add(words, value: value)
    }

    private mutating func add(_ words: [PeerWord], value: Value) {
        guard let first = words.first, !first.text.isEmpty else { return }
        let entry = Entry(words: words, value: value, length: words.reduce(0) { $0 + $1.text.count })
        if first.exact { exact[first.text, default: []].append(entry) } else { stems[Self.key(first.text), default: []].append(entry) }
    }

    /// The longest phrase that matches at token `start`: its end (exclusive) and value.
    func longestMatch(in words: PeerWords, at start: Int) -> (end: Int, value: Value)? {
        guard start < words.count else { return nil }
        let word = words.words[start]
        var best: (end: Int, value: Value, length: Int)?
        func consider(_ candidates: [Entry]?) {
            guard let candidates else { return }
            for index in candidates.indices {
                guard let end = words.match(candidates[index].words, at: start) else { continue }
                let length = candidates[index].length
                if best == nil || length > best!.length || (length == best!.length && end > best!.end) {
                    best = (end, candidates[index].value, length)
                }
            }
        }
        // Whole first words: the token, the token run it touches ("AL" "-" "QAEDA"), the part before an underscore.
        consider(exact[word])
        var joined = word
        var next = start
        while next + 1 < words.count, words.touches[next], next - start < 4 {
            next += 1
            joined += words.words[next]
            consider(exact[joined])
        }
        if word.utf8.contains(0x5F), let part = word.split(separator: "_").first { consider(exact[String(part)]) }
        // Stems, by their first three characters.
        var keys: [String] = []
        for length in 1...3 where length <= word.count { keys.append(String(word.prefix(length))) }
        if word.count < 3, start + 1 < words.count, words.touches[start] {
            let joined = Self.key(word + words.words[start + 1])
            if !keys.contains(joined) { keys.append(joined) }
        }
        for key in keys { consider(stems[key]) }
        return best.map { ($0.end, $0.value) }
    }

    /// The longest match at every token, overlapping ones included, left to right.
    func allMatches(in words: PeerWords) -> [(range: Range<Int>, value: Value)] {
        (0..<words.count).compactMap { start in longestMatch(in: words, at: start).map { (start..<$0.end, $0.value) } }
    }

    /// Every non-overlapping longest match in the sentence, left to right.
    func matches(in words: PeerWords) -> [(range: Range<Int>, value: Value)] {
        var found: [(Range<Int>, Value)] = []
        var start = 0
        while start < words.count {
            if let match = longestMatch(in: words, at: start) {
                found.append((start..<match.end, match.value))
                start = match.end
            } else {
                start += 1
            }
        }
        return found
    }
}
