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

    /// The same exceptions and rules grouped by UPOS, for lookups without building "UPOS word" keys.
    private let exceptionsByUPOS: [String: [String: String]]
    private let rulesByUPOS: [String: [String: Rule]]

    init(exceptions: [String: String], rules: [String: Rule], maxEnding: Int) {
        self.exceptions = exceptions
        self.rules = rules
        self.maxEnding = maxEnding
        func grouped<Value>(_ table: [String: Value]) -> [String: [String: Value]] {
            var result: [String: [String: Value]] = [:]
            for (key, value) in table {
                let space = key.firstIndex(of: " ")!
                result[String(key[..<space]), default: [:]][String(key[key.index(after: space)...])] = value
            }
            return result
        }
        exceptionsByUPOS = grouped(exceptions)
        rulesByUPOS = grouped(rules)
    }

    /// Number of suffix rules.
    public var ruleCount: Int { rules.count }
    /// Number of exceptions.
    public var exceptionCount: Int { exceptions.count }

    /// Parts of speech whose lemma is the form as written.
    static let keptAsWritten: Set<String> = ["PROPN", "PUNCT", "SYM", "X", "NUM", "SPACE"]

    /// The lemma of `form` tagged `upos`, with the reason.
    public func lemma(of form: String, upos: String) -> (lemma: String, source: Source) {
        let exceptions = exceptionsByUPOS[upos]
        if Self.keptAsWritten.contains(upos) {
            if let exception = exceptions?[form] { return (exception, .exception) }
            return (form, .unchanged)
        }
        let word = form.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? form.lowercased() : form
        if let exception = exceptions?[word] { return (exception, .exception) }
        guard let rules = rulesByUPOS[upos] else { return (word, .unchanged) }
        var length = min(maxEnding, word.count)
        while length >= 0 {
            let ending = String(word.suffix(length))
            if let rule = rules[ending], let lemma = rule.apply(to: word) {
                return (lemma, .rule(rule, ending: ending))
            }
            length -= 1
        }
        return (word, .unchanged)
    }
}
