/// Lemmatizer: exception lists (irregular forms, learned or written) plus suffix-rewrite rules chosen by part of
/// speech and the longest known word ending ("-ies" → "-y" for nouns, "-ied" → "-y" for past verbs).
///
/// Proper nouns keep their form; other words are lower-cased first. Every answer can say which rule gave it.
public struct Lemmatizer: Sendable {
    /// A suffix rewrite: strip `strip` from the end of the word and append `add`.
    public struct Rule: Sendable, Hashable, CustomStringConvertible {
        /// The ending removed.
        public var strip: String
        /// The ending added.
        public var add: String

        /// Creates the rule.
        public init(strip: String, add: String) {
            self.strip = strip
            self.add = add
        }

        /// The rule as `-strip+add`, for explanations.
        public var description: String { "-\(strip)+\(add)" }

        /// The rule applied to `word`, or `nil` when `word` does not end in `strip`.
        func apply(to word: String) -> String? {
            guard word.hasSuffix(strip), word.count > strip.count || strip.isEmpty else { return nil }
            return String(word.dropLast(strip.count)) + add
        }
    }

    /// How a lemma was found.
    public enum Source: Sendable, Hashable {
        /// An exception list entry.
        case exception
        /// A suffix rule, chosen by this word ending.
        case rule(Rule, ending: String)
        /// No rule applied: the (lower-cased) form.
        case unchanged
    }

    /// Exceptions, keyed by "UPOS form".
    let exceptions: [String: String]
    /// Rules, keyed by "UPOS ending" (endings of 1 to `maxEnding` characters, and "" for the default of a UPOS).
    let rules: [String: Rule]
    /// Longest ending consulted.
    let maxEnding: Int

    /// The same exceptions and rules hashed by part of speech and bytes, for printable ASCII words (nearly all of
    /// news text); values in index order. Other words go through the tables above.
    private let exceptionIndex: TextIndex, exceptionValues: [String]
    private let ruleIndex: TextIndex, ruleValues: [(ending: String, rule: Rule)]
    private let groups: [(upos: String, exceptions: Int?, rules: Int?, kept: Bool)]

    init(exceptions: [String: String], rules: [String: Rule], maxEnding: Int) {
        self.exceptions = exceptions
        self.rules = rules
        self.maxEnding = maxEnding
        let exceptionList = Array(exceptions), ruleList = Array(rules)
        exceptionIndex = TextIndex(keys: exceptionList.map(\.key))
        exceptionValues = exceptionList.map(\.value)
        ruleIndex = TextIndex(keys: ruleList.map(\.key))
        ruleValues = ruleList.map { (String($0.key[$0.key.index(after: $0.key.firstIndex(of: " ")!)...]), $0.value) }
        let names = Set((exceptionList.map(\.key) + ruleList.map(\.key)).map { String($0.prefix { $0 != " " }) })
            .union(Self.keptAsWritten).sorted()
        groups = names.map { [exceptionIndex, ruleIndex] in
            ($0, exceptionIndex.number(of: $0), ruleIndex.number(of: $0), Self.keptAsWritten.contains($0))
        }
    }

    /// Number of suffix rules.
    public var ruleCount: Int { rules.count }
    /// Number of exceptions.
    public var exceptionCount: Int { exceptions.count }

    /// Parts of speech whose lemma is the form as written.
    static let keptAsWritten: Set<String> = ["PROPN", "PUNCT", "SYM", "X", "NUM", "SPACE"]

    /// The lemma of `form` tagged `upos`, with the reason.
    public func lemma(of form: String, upos: String) -> (lemma: String, source: Source) {
        var copy = form
        if let answer = copy.withUTF8({ lemma(ascii: $0, form: form, upos: upos) }) { return answer }
        return lemmaByStrings(of: form, upos: upos)
    }

    /// `lemma(of:upos:)` through the string-keyed tables ("UPOS word"): any form (the ASCII path must agree with it,
    /// a test checks).
    func lemmaByStrings(of form: String, upos: String) -> (lemma: String, source: Source) {
        if Self.keptAsWritten.contains(upos) {
            if let exception = exceptions[upos + " " + form] { return (exception, .exception) }
            return (form, .unchanged)
        }
        let word = form.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? form.lowercased() : form
        if let exception = exceptions[upos + " " + word] { return (exception, .exception) }
        var length = min(maxEnding, word.count)
        while length >= 0 {
            let ending = String(word.suffix(length))
            if let rule = rules[upos + " " + ending], let lemma = rule.apply(to: word) {
                return (lemma, .rule(rule, ending: ending))
            }
            length -= 1
        }
        return (word, .unchanged)
    }

    /// `lemma(of:upos:)` for a form of printable ASCII (`bytes`), through the hashed indexes; nil for other forms.
    private func lemma(ascii bytes: UnsafeBufferPointer<UInt8>, form: String, upos: String) -> (lemma: String, source: Source)? {
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let group = group(of: upos)
        if group.kept {
            if let number = group.exceptions, let value = exceptionIndex.find(group: number, bytes[...]) {
                return (exceptionValues[value], .exception)
            }
            return (form, .unchanged)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { lower in
            var changed = false
            for (index, byte) in bytes.enumerated() {
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                changed = changed || lowered != byte
                lower[index] = lowered
            }
            let word = UnsafeBufferPointer(rebasing: lower[0..<bytes.count])
            if let number = group.exceptions, let value = exceptionIndex.find(group: number, word[...]) {
                return (exceptionValues[value], .exception)
            }
            if let number = group.rules {
                var length = min(maxEnding, word.count)
                while length >= 0 {
                    if let value = ruleIndex.find(group: number, word[(word.count - length)...]) {
                        let entry = ruleValues[value]
                        let strip = entry.rule.strip.utf8
                        // `Rule.apply` on bytes: the word ends in `strip` and is longer than it (or `strip` is empty).
                        if word.count > strip.count || strip.isEmpty, word.suffix(strip.count).elementsEqual(strip) {
                            let stem = String(decoding: UnsafeBufferPointer(rebasing: word[..<(word.count - strip.count)]), as: UTF8.self)
                            return (stem + entry.rule.add, .rule(entry.rule, ending: entry.ending))
                        }
                    }
                    length -= 1
                }
            }
            return (changed ? String(decoding: word, as: UTF8.self) : form, .unchanged)
        }
    }

    /// What the hashed path needs to know of a part of speech: its group numbers in the two indexes, and whether
    /// its words are kept as written. A short linear search: there are about twenty, and comparing short strings
    /// is cheaper than hashing them.
    @inline(__always)
    private func group(of upos: String) -> (exceptions: Int?, rules: Int?, kept: Bool) {
        for group in groups where group.upos == upos { return (group.exceptions, group.rules, group.kept) }
        return (exceptionIndex.number(of: upos), ruleIndex.number(of: upos), Self.keptAsWritten.contains(upos))
    }
}
