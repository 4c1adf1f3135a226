/// Finds dictionary phrases in tokenized text: longest match first, whole tokens only, left to right.
///
/// Words are compared in ``WordKey`` form (case, diacritics and dots ignored; hyphens and spaces alike). A phrase
/// written as an acronym ("UN", "WHO") matches only in capitals. A phrase's last word may be a stem (TABARI's
/// unterminated words), which matches any word beginning with it. Build one with ``PhraseMatcher/Builder``.
public struct PhraseMatcher: Sendable {
    /// A phrase found in text.
    public struct Match: Sendable, Hashable {
        /// The tokens the phrase covers.
        public let tokens: Range<Int>
        /// The payloads of every phrase with these words (one phrase may belong to several entries).
        public let payloads: [Int32]
    }

    /// One phrase's end: its payload and whether it must be written in capitals.
    struct Terminal: Sendable {
        let payload: Int32
        let capitalsOnly: Bool
    }

    /// Trie edges: (node << 32 | word id) → child node.
    var edges = FlatTable()
    /// Word key → word id, for every word of every phrase.
    var vocabulary = FlatTable()
    /// Terminals of each node (empty for most).
    var terminals: [[Terminal]] = [[]]
    /// Stem edges: (node, stem key) → terminal node, and the stem lengths in use.
    var stemEdges = FlatTable()
    var stemLengths: [Int] = []
    /// Whether each node has at least one stem edge.
    var hasStems: [Bool] = [false]
    /// The first two folded bytes of every stem at the root, as a 65,536-bit set: most words start with a pair no
    /// root stem starts with and skip the stem search.
    var rootStemStarts = [UInt64](repeating: 0, count: 1024)
    /// Whether some root stem is a single letter, which turns that filter off.
    var shortRootStem = false
    /// The number of phrases added.
    public private(set) var phraseCount = 0

    /// The key of a stem edge: the stem's hash mixed with its node.
    @inline(__always)
    static func stemKey(node: Int32, key: UInt64) -> UInt64 {
        key ^ (UInt64(UInt32(node)) &* 0xC2B2_AE3D_27D4_EB4F)
    }

    /// Collects phrases, then ``build()``s the matcher.
    public struct Builder: Sendable {
        var matcher = PhraseMatcher()

        /// Creates an empty builder.
        public init() {}

        /// Adds a phrase written as in a dictionary ("North Korean", "Kim Jong-un", "U.N."), returning `false` when
        /// it has no words. An all-capital phrase of at most 5 letters matches only in capitals; `stem` makes the last
        /// word match any word that begins with it.
        @discardableResult
        public mutating func add(_ phrase: String, payload: Int32, stem: Bool = false) -> Bool {
            if !stem, let added = addSimple(phrase, payload: payload) { return added }
            let words = WordKey.words(ofPhrase: phrase)
            let letters = Self.letterCount(of: phrase, upTo: 6)
            let acronym = letters > 0 && letters <= 5 && WordKey.isCapitalised(phrase)
            return add(words: words, payload: payload, stem: stem, capitalsOnly: acronym)
        }

        /// The number of letters (alphabetic scalars) in `phrase`, counted up to `limit`: ASCII is told apart without
        /// the Unicode property tables, which building the matcher otherwise consulted for every scalar of every
        /// phrase.
        static func letterCount(of phrase: String, upTo limit: Int) -> Int {
            var count = 0
            for scalar in phrase.unicodeScalars {
                if count == limit { break }
                let isLetter = scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
                    : scalar.properties.isAlphabetic
                if isLetter { count += 1 }
            }
            return count
        }

        /// `add(_:payload:)` for an ASCII phrase (nearly all of the lexicon's): the keys are hashed straight from the
        /// phrase's bytes (`WordKey.asciiWordRanges(_:)`), with no string made for each word; `nil` for other phrases.
        private mutating func addSimple(_ phrase: String, payload: Int32) -> Bool? {
            var text = phrase
            let read = text.withUTF8 { bytes -> (keys: [UInt64], complete: Bool, acronym: Bool)? in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                let ranges = WordKey.asciiWordRanges(bytes)
                var keys: [UInt64] = []
                keys.reserveCapacity(ranges.count)
                for range in ranges {
                    let (hash, count, _) = WordKey.asciiHash(bytes[range])
                    if count == 0 { return ([], false, false) }
                    keys.append(hash)
                }
                // Letters and capitals as `letterCount(of:upTo:)` and `WordKey.isCapitalised(_:)` count them.
                let letters = bytes.reduce(0) { $0 + (($1 | 0x20) >= 0x61 && ($1 | 0x20) <= 0x7A ? 1 : 0) }
                let capitalised = !bytes.contains { $0 >= 0x61 && $0 <= 0x7A }
                return (keys, true, letters > 0 && letters <= 5 && capitalised)
            }
            guard let read else { return nil }
            guard read.complete, !read.keys.isEmpty else { return false }
            return add(keys: read.keys, payload: payload, capitalsOnly: read.acronym)
        }

        /// Adds a phrase of whole words given by their keys.
        private mutating func add(keys: [UInt64], payload: Int32, capitalsOnly: Bool) -> Bool {
            let node = wholeWords(keys[...])
            matcher.terminals[Int(node)].append(Terminal(payload: payload, capitalsOnly: capitalsOnly))
            matcher.phraseCount += 1
            return true
        }

        /// The node the whole words with these keys lead to from the root, the missing ones made.
        private mutating func wholeWords(_ keys: ArraySlice<UInt64>) -> Int32 {
            var node: Int32 = 0
            for key in keys {
                let id = matcher.wordID(key)
                let edge = UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))
                if let child = matcher.edges[edge] {
                    node = child
                } else {
                    node = Int32(matcher.terminals.count)
                    matcher.terminals.append([])
                    matcher.hasStems.append(false)
                    matcher.edges.set(edge, node)
                }
            }
            return node
        }

        /// Adds a phrase already split into words.
        @discardableResult
        public mutating func add(words: [String], payload: Int32, stem: Bool = false, capitalsOnly: Bool = false)
            -> Bool {
            let keys = words.compactMap { WordKey.key($0) }
            guard !keys.isEmpty, keys.count == words.count else { return false }
            let whole = stem ? keys.count - 1 : keys.count
            var node = wholeWords(keys[0..<whole])
            if stem {
                let folded = WordKey.folded(words[words.count - 1])
                guard let key = WordKey.prefixKey(folded, length: folded.count), !folded.isEmpty else { return false }
                let stemKey = PhraseMatcher.stemKey(node: node, key: key)
                if let child = matcher.stemEdges[stemKey] {
                    node = child
                } else {
                    let child = Int32(matcher.terminals.count)
                    matcher.terminals.append([])
                    matcher.hasStems.append(false)
                    matcher.stemEdges.set(stemKey, child)
                    matcher.hasStems[Int(node)] = true
                    if node == 0, folded.count < 2 { matcher.shortRootStem = true }
                    if node == 0, folded.count >= 2 {
                        let pair = Int(folded[0]) << 8 | Int(folded[1])
                        matcher.rootStemStarts[pair >> 6] |= 1 << UInt64(pair & 63)
                    }
                    node = child
                }
                if !matcher.stemLengths.contains(folded.count) { matcher.stemLengths.append(folded.count) }
            }
            matcher.terminals[Int(node)].append(Terminal(payload: payload, capitalsOnly: capitalsOnly))
            matcher.phraseCount += 1
            return true
        }

        /// The finished matcher.
        public func build() -> PhraseMatcher {
            var matcher = matcher
            matcher.stemLengths.sort()
            return matcher
        }
    }

    mutating func wordID(_ key: UInt64) -> Int32 {
        if let id = vocabulary[key] { return id }
        let id = Int32(vocabulary.count)
        vocabulary.set(key, id)
        return id
    }

    /// The longest phrases in `tokens`, left to right, not overlapping; hyphen tokens are passed over inside a phrase.
    public func matches(in tokens: [Substring]) -> [Match] {
        var words: [(id: Int32, token: Int, first: Bool, last: Bool, text: Substring)] = []
        words.reserveCapacity(tokens.count)
        var rootStems: [Int32] = []
        let rootHasStems = hasStems[0]
        // Every word's key first, then their ids looked up together (`FlatTable.values(of:)`).
        var keys: [UInt64?] = []
        keys.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            if !WordKey.hasHyphen(token) {
                keys.append(WordKey.key(token))
                words.append((-1, index, true, true, token))
                if rootHasStems { rootStems.append(stemMatch(node: 0, word: token) ?? -1) }
                continue
            }
            let parts = WordKey.words(ofToken: token)
            for (part, word) in parts.enumerated() {
                keys.append(WordKey.key(word))
                words.append((-1, index, part == 0, part == parts.count - 1, word))
                if rootHasStems { rootStems.append(stemMatch(node: 0, word: word) ?? -1) }
            }
        }
        for (index, id) in vocabulary.values(of: keys).enumerated() { words[index].id = id ?? -1 }
        var found: [Match] = []
        var start = 0
        while start < words.count {
            guard words[start].first, words[start].id >= 0 || (rootHasStems && rootStems[start] >= 0) else {
                start += 1
                continue
            }
            var node: Int32 = 0
            var best: (end: Int, payloads: [Int32])?
            var position = start
            while position < words.count {
                // The word's fields read one by one: a copy of the whole word would retain its text.
                let id = words[position].id, last = words[position].last
                let stemEnd = node == 0 ? (rootHasStems && rootStems[position] >= 0 ? rootStems[position] : nil)
                    : stemMatch(node: node, word: words[position].text)
                if let stemEnd, last {
                    if let payloads = accepted(stemEnd, words: words, start...position) {
                        best = (position, payloads)
                    }
                }
                guard id >= 0, let child = edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))] else { break }
                node = child
                if last, let payloads = accepted(node, words: words, start...position) {
                    best = (position, payloads)
                }
                position += 1
            }
            if let best {
                found.append(Match(tokens: words[start].token..<(words[best.end].token + 1), payloads: best.payloads))
                start = best.end + 1
            } else {
                start += 1
            }
        }
        return found
    }

    /// The payloads ending at `node` that the matched words (`range` of `words`) satisfy (capitals for acronyms), or
    /// `nil`. Nodes without terminals, most of them, answer before the words are touched.
    private func accepted(_ node: Int32, words: [(id: Int32, token: Int, first: Bool, last: Bool, text: Substring)],
                          _ range: ClosedRange<Int>) -> [Int32]? {
        guard !terminals[Int(node)].isEmpty else { return nil }
        let ends = terminals[Int(node)]
        var capitals: Bool?
        var payloads: [Int32] = []
        for end in ends {
            if end.capitalsOnly {
                if capitals == nil { capitals = range.allSatisfy { WordKey.isCapitalised(words[$0].text) } }
                if capitals == false { continue }
            }
            payloads.append(end.payload)
        }
        return payloads.isEmpty ? nil : payloads
    }

    /// The node a stem edge from `node` leads to for `word`, the longest stem first, if any stem is a prefix of it.
    private func stemMatch(node: Int32, word: Substring) -> Int32? {
        guard hasStems[Int(node)] else { return nil }
        if node == 0, !shortRootStem {
            var bytes = word.utf8.makeIterator()
            guard let a = bytes.next(), let b = bytes.next() else { return nil }
            if a < 0x80 && b < 0x80 && a != UInt8(ascii: ".") && b != UInt8(ascii: ".") {
                let pair = Int(a >= 0x41 && a <= 0x5A ? a | 0x20 : a) << 8 | Int(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                guard rootStemStarts[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return nil }
            }
        }
        var hash = WordKey.offset
        var length = 0
        var next = 0
        var found: Int32?
        func visit(_ byte: UInt8) -> Bool {
            hash = (hash ^ UInt64(byte)) &* WordKey.prime
            length += 1
            while next < stemLengths.count, stemLengths[next] < length { next += 1 }
            if next < stemLengths.count, stemLengths[next] == length,
               let child = stemEdges[Self.stemKey(node: node, key: hash)] {
                found = child
            }
            return next < stemLengths.count
        }
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in word.utf8 where byte != UInt8(ascii: ".") {
                if !visit(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) { break }
            }
        } else {
            for byte in WordKey.folded(word) where !visit(byte) { break }
        }
        return found
    }
}
